import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plan.js';
import type { AwsSettings } from '../../src/targets/aws/definition.js';
import { stsError, StsServiceError } from '../../src/targets/aws/sts-errors.js';
import { TARGETS } from '../../src/targets/index.js';

const settings = parsePlan(
  (n) => ({ 'aws-role-arn': 'arn:aws:iam::123456789012:role/deploy', 'aws-region': 'eu-west-1' })[n] ?? '',
  TARGETS,
).targets[0]?.settings as AwsSettings;
const presented = {
  issuer: 'https://token.actions.githubusercontent.com',
  subject: 'repo:o/r:pull_request',
  audience: 'sts.amazonaws.com',
};
const sdkError = (code: string, message: string, status = 400) => new StsServiceError(code, message, status);

describe('stsError', () => {
  it('turns AccessDenied into the trust statement that would accept the token', () => {
    const error = stsError(
      sdkError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403),
      settings,
      presented,
    );
    expect(error.code).toBe('AWS_ACCESS_DENIED');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("subject 'repo:o/r:pull_request', audience 'sts.amazonaws.com'");
    const statement = JSON.parse(error.hint?.slice(error.hint.indexOf('{')) ?? '{}') as Record<
      string,
      unknown
    >;
    expect(statement).toEqual({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': 'repo:o/r:pull_request',
        },
      },
    });
  });

  it('treats an issuer STS could not reach as transient, whichever code STS used', () => {
    const unreachable = stsError(
      sdkError(
        'InvalidIdentityTokenException',
        "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      ),
      settings,
      presented,
    );
    expect([unreachable.code, unreachable.retryable]).toEqual(['AWS_IDP_UNREACHABLE', true]);
    const invalid = stsError(
      sdkError('InvalidIdentityToken', 'Incorrect token audience'),
      settings,
      presented,
    );
    expect([invalid.code, invalid.retryable]).toEqual(['AWS_INVALID_IDENTITY_TOKEN', false]);
  });

  it('retries throttling and server errors, never a permission error', () => {
    expect(stsError(sdkError('Throttling', 'Rate exceeded'), settings, presented).retryable).toBe(true);
    expect(stsError(sdkError('InternalFailure', 'x', 500), settings, presented).retryable).toBe(true);
    expect(stsError(sdkError('RegionDisabledException', 'x', 403), settings, presented).code).toBe(
      'AWS_REGION_DISABLED',
    );
    expect(stsError(sdkError('ExpiredTokenException', 'x'), settings, presented).code).toBe(
      'AWS_TOKEN_EXPIRED',
    );
    expect(stsError(sdkError('IDPCommunicationErrorException', 'x'), settings, presented).retryable).toBe(
      true,
    );
  });

  it.each([
    ['AccessDenied', 403, 'AWS_ACCESS_DENIED'],
    ['InvalidIdentityTokenException', 400, 'AWS_INVALID_IDENTITY_TOKEN'],
    ['IDPRejectedClaimException', 403, 'AWS_IDP_REJECTED_CLAIM'],
    ['ExpiredTokenException', 400, 'AWS_TOKEN_EXPIRED'],
    ['RegionDisabledException', 403, 'AWS_REGION_DISABLED'],
    ['MalformedPolicyDocumentException', 400, 'AWS_POLICY_INVALID'],
    ['PackedPolicyTooLargeException', 400, 'AWS_POLICY_TOO_LARGE'],
    ['ValidationError', 400, 'AWS_VALIDATION'],
  ])('%s is its own clear, final error naming what was presented', (name, status, code) => {
    const error = stsError(sdkError(name, 'upstream text', status), settings, presented);
    expect([error.code, error.retryable]).toEqual([code, false]);
    expect(error.message).toContain(`${name}: upstream text`);
    expect(error.message).toContain("subject 'repo:o/r:pull_request', audience 'sts.amazonaws.com'");
    expect(error.hint).toBeTruthy();
  });

  it('names the azp, not the aud, where a token has one: in the audience hint and the trust statement', () => {
    const entra = {
      issuer: 'https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0',
      subject: '55555555-5555-5555-5555-555555555555',
      audience: 'api://AzureADTokenExchange',
      authorizedParty: '44444444-4444-4444-4444-444444444444',
    };
    const audience = stsError(sdkError('InvalidIdentityToken', 'Incorrect token audience'), settings, entra);
    expect(audience.hint).toBe(
      `Account 123456789012 needs an IAM OIDC provider for ${entra.issuer} whose audiences (client IDs) include '44444444-4444-4444-4444-444444444444' (the token's azp, which STS matches instead of its aud).`,
    );
    expect(audience.message).toContain(
      "audience 'api://AzureADTokenExchange', azp '44444444-4444-4444-4444-444444444444'.",
    );
    const denied = stsError(sdkError('AccessDenied', 'Not authorized', 403), settings, entra);
    expect(denied.hint).toContain(
      '"login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0:aud":"44444444-4444-4444-4444-444444444444"',
    );
  });
});
