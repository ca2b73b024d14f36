import type { AssumeRoleWithWebIdentityCommandInput } from '@aws-sdk/client-sts';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { account, audience, mainSubject, refusal, roleArn, useStsFixture } from './sts-fixture.ts';
import type { TrustStatement } from './sts.ts';

const f = useStsFixture();
const { assume, callerIdentity, githubToken, lastIssued, trust } = f;

describe('AssumeRoleWithWebIdentity with @aws-sdk/client-sts', () => {
  it('issues credentials for a StringEquals trust, verifying the token with the issuer keys', async () => {
    const issuerBefore = f.cloud.issuer.requests.length;
    const before = f.cloud.sts.requests.length;
    const out = await assume();
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(out.Credentials?.SecretAccessKey).toHaveLength(40);
    expect(out.Credentials?.SessionToken).toMatch(/^IQoJb3JpZ2luX2Vj/);
    const lifetime = (out.Credentials?.Expiration?.getTime() ?? 0) - Date.now();
    expect(lifetime).toBeGreaterThan(3590_000);
    expect(lifetime).toBeLessThanOrEqual(3600_000);
    expect(out).toMatchObject({
      SubjectFromWebIdentityToken: mainSubject,
      AssumedRoleUser: { Arn: `arn:aws:sts::${account}:assumed-role/deploy/ci-run` },
      Provider: f.providerArn,
      Audience: audience,
    });
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:ci-run$/);
    expect(out.PackedPolicySize).toBeUndefined();
    expect(lastIssued()).toMatchObject({
      accessKeyId: out.Credentials?.AccessKeyId,
      roleArn,
      subject: mainSubject,
    });
    const [request] = f.cloud.sts.requests.slice(before);
    expect(request?.headers).not.toHaveProperty('authorization');
    expect(request?.form).toMatchObject({ Action: 'AssumeRoleWithWebIdentity', Version: '2011-06-15' });
    expect(f.cloud.issuer.requests.slice(issuerBefore).map((r) => r.path)).toEqual([
      '/.well-known/openid-configuration',
      '/.well-known/jwks',
    ]);
  });

  it('matches StringLike with * and ?', async () => {
    trust({
      StringEquals: { [`${f.host}:aud`]: audience },
      StringLike: { [`${f.host}:sub`]: 'repo:octo-org/ap?:*' },
    });
    f.cloud.github.job.environment = 'production';
    await expect(assume()).resolves.toHaveProperty('Credentials');
  });

  it('honours DurationSeconds and credentialLifetimeSeconds', async () => {
    const short = await assume({ DurationSeconds: 900 });
    expect((short.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(900_000);
    f.cloud.sts.credentialLifetimeSeconds = 60;
    const forced = await assume();
    expect((forced.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(60_000);
  });

  // Each arrangement returns the role ARN to ask for.
  it.each<[string, () => string]>([
    ['another subject', () => ((f.cloud.github.job.environment = 'production'), roleArn)],
    ['a subject differing in case', () => ((f.cloud.github.job.repository = 'Octo-Org/app'), roleArn)],
    [
      'a matching Deny statement',
      () => {
        const deny: TrustStatement = {
          Effect: 'Deny',
          Principal: { Federated: f.providerArn },
          Action: 'sts:*',
        };
        trust({ StringEquals: { [`${f.host}:sub`]: mainSubject } }, [deny]);
        return roleArn;
      },
    ],
    ['an unknown role', () => `arn:aws:iam::${account}:role/missing`],
  ])('refuses %s with AccessDenied', async (_, arrange) => {
    expect(await refusal(assume({ RoleArn: arrange() }))).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    });
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    [
      'a token for another audience',
      () => githubToken('api://AzureADTokenExchange'),
      /^Incorrect token audience$/,
    ],
    [
      'a token signed by a foreign key',
      async () => f.cloud.issuer.signWithForeignKey(decodeJwt(await githubToken())),
      /^Couldn't retrieve verification key/,
    ],
    [
      'a token with a tampered signature',
      async () => `${(await githubToken()).slice(0, -6)}AAAAAA`,
      /could not be validated by AWS/,
    ],
    ['something that is not a JWT', () => Promise.resolve('not-a-jwt'), /could not be validated by AWS/],
    [
      'a token from an issuer without provider',
      async () =>
        f.cloud.issuer.sign({
          ...decodeJwt(await githubToken()),
          iss: 'https://token.actions.githubusercontent.com',
        }),
      /^No OpenIDConnect provider found in your account for https:\/\/token\.actions\.githubusercontent\.com$/,
    ],
  ])('refuses %s with InvalidIdentityToken', async (_, token, message) => {
    const result = await refusal(assume({ WebIdentityToken: await token() }));
    expect(result).toMatchObject({ code: 'InvalidIdentityToken', status: 400 });
    expect(result.message).toMatch(message);
  });

  it('refuses an expired token with ExpiredTokenException', async () => {
    f.cloud.github.clockOffsetSeconds = -1000;
    const result = await refusal(assume());
    expect(result).toMatchObject({ code: 'ExpiredTokenException', status: 400 });
    expect(result.message).toMatch(
      /^Token expired: current date\/time \d+ must be before the expiration date\/time \d+$/,
    );
  });

  it.each<[Partial<AssumeRoleWithWebIdentityCommandInput>, string]>([
    [
      { DurationSeconds: 7200 },
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    ],
    [
      { RoleSessionName: 'dependabot[bot]' },
      "1 validation error detected: Value 'dependabot[bot]' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    ],
    [
      { RoleSessionName: 'x', DurationSeconds: 60 },
      "2 validation errors detected: Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2; Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    ],
    [{ RoleArn: 'arn:aws:iam::123:role/deploy' }, 'Request ARN is invalid'],
  ])('answers %o with ValidationError', async (input, message) => {
    expect(await refusal(assume(input))).toEqual({ code: 'ValidationError', status: 400, message });
  });

  it('checks session policies and reports their packed size', async () => {
    const malformed = await refusal(assume({ Policy: 'not json' }));
    expect(malformed).toMatchObject({ code: 'MalformedPolicyDocument', status: 400 });
    expect(malformed.message).toMatch(/^Unexpected character \('n' \(code 110\)\)/);
    const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' };
    const big = JSON.stringify({ Version: '2012-10-17', Statement: Array(40).fill(statement) });
    expect(await refusal(assume({ Policy: big }))).toMatchObject({
      code: 'PackedPolicyTooLarge',
      message: expect.stringMatching(/^Packed policy consumes \d{3}% of allotted space$/) as string,
    });
    const small = await assume({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }) });
    expect(small.PackedPolicySize).toBeGreaterThan(0);
  });
});

// docs/protocols.md §3.5: documented for Google, modelled for every issuer as reported.
describe('a token with an azp (authorised party)', () => {
  const withAzp = async (claims: { aud: string; azp: string }) =>
    f.cloud.issuer.sign({ ...decodeJwt(await githubToken()), ...claims });

  it('is matched to the provider client ids by its azp, not its aud', async () => {
    const listedAud = await withAzp({ aud: audience, azp: 'another-client' });
    expect(await refusal(assume({ WebIdentityToken: listedAud }))).toEqual({
      code: 'InvalidIdentityToken',
      status: 400,
      message: 'Incorrect token audience',
    });
    trust({ StringEquals: { [`${f.host}:sub`]: mainSubject } });
    const listedAzp = await withAzp({ aud: 'api://AzureADTokenExchange', azp: audience });
    await expect(assume({ WebIdentityToken: listedAzp })).resolves.toMatchObject({ Audience: audience });
  });

  it('shows the trust policy its azp as `aud` and its aud as `oaud`', async () => {
    const token = await withAzp({ aud: 'api://AzureADTokenExchange', azp: audience });
    trust({
      StringEquals: { [`${f.host}:oaud`]: 'api://AzureADTokenExchange', [`${f.host}:aud`]: audience },
    });
    await expect(assume({ WebIdentityToken: token })).resolves.toHaveProperty('Credentials');
    trust({ StringEquals: { [`${f.host}:aud`]: 'api://AzureADTokenExchange' } });
    expect(await refusal(assume({ WebIdentityToken: token }))).toMatchObject({ code: 'AccessDenied' });
    // Without an azp there is no `oaud`: a condition on it cannot match.
    trust({ StringEquals: { [`${f.host}:oaud`]: audience } });
    expect(await refusal(assume())).toMatchObject({ code: 'AccessDenied' });
  });
});

describe('GetCallerIdentity (SigV4) with the issued credentials', () => {
  it('answers for valid credentials and refuses tampered or unknown ones', async () => {
    await assume();
    const issued = lastIssued();
    await expect(callerIdentity(issued)).resolves.toMatchObject({
      Account: account,
      Arn: issued.assumedRoleArn,
      UserId: issued.assumedRoleId,
    });
    const signedBy = f.cloud.sts.requests.at(-1)?.headers['authorization'];
    expect(signedBy).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${issued.accessKeyId}/\\d{8}/eu-west-1/sts/aws4_request, `),
    );

    expect(
      await refusal(callerIdentity({ ...issued, secretAccessKey: `${issued.secretAccessKey}x` })),
    ).toMatchObject({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message: expect.stringMatching(/^The request signature we calculated does not match/) as string,
    });
    expect(await refusal(callerIdentity({ ...issued, accessKeyId: 'ASIAAAAAAAAAAAAAAAAA' }))).toEqual({
      code: 'InvalidClientTokenId',
      status: 403,
      message: 'The security token included in the request is invalid',
    });
    expect(await refusal(callerIdentity({ ...issued, sessionToken: 'other' }))).toMatchObject({
      code: 'InvalidClientTokenId',
    });
  });

  it('refuses expired credentials with ExpiredToken', async () => {
    f.cloud.sts.credentialLifetimeSeconds = 0;
    await assume();
    expect(await refusal(callerIdentity(lastIssued()))).toEqual({
      code: 'ExpiredToken',
      status: 403,
      message: 'The security token included in the request is expired',
    });
  });
});
