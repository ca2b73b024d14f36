import { describe, expect, it } from 'vitest';
import type { OidcExchangeErrors } from '../../src/core/errors.js';
import { parsePlan } from '../../src/core/plan.js';
import type { AwsSettings } from '../../src/targets/aws/definition.js';
import { TARGETS } from '../../src/targets/index.js';
import { githubInputReader } from '../../src/runtimes/github/inputs.js';

const base = { 'aws-role-arn': 'arn:aws:iam::123456789012:role/deploy', 'aws-region': 'eu-west-1' };

function aws(inputs: Record<string, string>, run = { runId: '9001', runAttempt: '2' }) {
  const plan = parsePlan((n) => inputs[n] ?? '', TARGETS, run);
  return { settings: plan.targets[0]?.settings as AwsSettings, audience: plan.targets[0]?.audience };
}

function problems(inputs: Record<string, string>): string[] {
  try {
    parsePlan((n) => inputs[n] ?? '', TARGETS);
  } catch (error) {
    return (error as OidcExchangeErrors).errors.map((e) => e.message);
  }
  throw new Error('expected the plan to fail');
}

describe('AWS inputs', () => {
  it('defaults: regional endpoint, session name from the run, one hour, sts.amazonaws.com', () => {
    const { settings, audience } = aws(base);
    expect(settings).toMatchObject({
      accountId: '123456789012',
      stsEndpoint: 'https://sts.eu-west-1.amazonaws.com',
      sessionName: 'oidc-exchange-9001-2',
      durationSeconds: 3600,
      maskAccountId: false,
    });
    expect(audience).toBe('sts.amazonaws.com');
  });

  it('follows the partition: China audience and endpoint, GovCloud regions', () => {
    const cn = aws({ 'aws-role-arn': 'arn:aws-cn:iam::123456789012:role/x', 'aws-region': 'cn-north-1' });
    expect(cn.audience).toBe('sts.amazonaws.com.cn');
    expect(cn.settings.stsEndpoint).toBe('https://sts.cn-north-1.amazonaws.com.cn');
    const gov = aws({
      'aws-role-arn': 'arn:aws-us-gov:iam::123456789012:role/x',
      'aws-region': 'us-gov-west-1',
    });
    expect(gov.settings.stsEndpoint).toBe('https://sts.us-gov-west-1.amazonaws.com');
  });

  it('reports every bad AWS input with its name, the expected form and the value', () => {
    expect(
      problems({
        'aws-role-arn': 'arn:aws:iam::123:role/x',
        'aws-region': 'Europe',
        'aws-session-name': 'has space',
        'aws-duration-seconds': '60',
        'aws-session-policy': '{not json',
        'aws-managed-policy-arns': 'arn:aws:iam::aws:policy/ReadOnlyAccess, nope',
        'aws-sts-endpoint': 'http://sts.example.com',
        'aws-mask-account-id': 'sometimes',
      }),
    ).toEqual([
      "Input `aws-role-arn` must be a role ARN like arn:aws:iam::123456789012:role/deploy, but it is 'arn:aws:iam::123:role/x'.",
      "Input `aws-region` must be a region of partition aws, like eu-west-1, but it is 'Europe'.",
      "Input `aws-session-name` must be 2 to 64 characters of letters, digits and _+=,.@-, but it is 'has space'.",
      "Input `aws-duration-seconds` must be a whole number from 900 to 43200, but it is '60'.",
      "Input `aws-session-policy` must be an IAM policy as a JSON object, but it is '{not json'.",
      "Input `aws-managed-policy-arns` must be policy ARNs like arn:aws:iam::aws:policy/ReadOnlyAccess, but it is 'nope'.",
      "Input `aws-sts-endpoint` must be an https URL with no query or fragment, like https://login.example.com, but it is 'http://sts.example.com'.",
      "Input `aws-mask-account-id` must be `true` or `false`, but it is 'sometimes'.",
    ]);
  });

  it('requires a region and refuses one from another partition', () => {
    expect(problems({ 'aws-role-arn': base['aws-role-arn'] })).toEqual([
      'Input `aws-region` is required for AWS (STS is called in that region, never globally), but it is empty.',
    ]);
    expect(problems({ ...base, 'aws-region': 'cn-north-1' })[0]).toMatch(/a region of partition aws/);
  });

  it('sanitises a derived session name to what STS accepts', () => {
    expect(aws(base, { runId: 'run id/with:odd', runAttempt: '1' }).settings.sessionName).toBe(
      'oidc-exchange-run_id_with_odd-1',
    );
  });

  it('asks for both targets at once when both are given', () => {
    const plan = parsePlan(
      (n) =>
        ({
          ...base,
          'azure-client-id': '00000000-0000-0000-0000-000000000000',
          'azure-tenant-id': '11111111-1111-1111-1111-111111111111',
        })[n] ?? '',
      TARGETS,
    );
    expect(plan.targets.map((t) => [t.definition.name, t.audience])).toEqual([
      ['azure', 'api://AzureADTokenExchange'],
      ['aws', 'sts.amazonaws.com'],
    ]);
  });
});

describe('per-target actions', () => {
  it('read unprefixed inputs for their own target only', () => {
    const read = githubInputReader({
      'INPUT_OIDC-EXCHANGE-TARGET': 'aws',
      'INPUT_ROLE-ARN': 'arn:aws:iam::123456789012:role/deploy',
      INPUT_REGION: 'eu-west-1',
      INPUT_SUBJECT: 'repo:o/r:*',
      'INPUT_AZURE-CLIENT-ID': 'ignored',
    });
    expect(read('aws-role-arn')).toBe('arn:aws:iam::123456789012:role/deploy');
    expect(read('aws-region')).toBe('eu-west-1');
    expect(read('subject')).toBe('repo:o/r:*');
    expect(read('azure-client-id')).toBe('');
  });
});
