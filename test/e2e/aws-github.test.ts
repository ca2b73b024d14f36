/**
 * The bundled action with an AWS target, run as the runner runs it, against the fake STS; then
 * the AWS CLI as a later step with the exported variables.
 */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { ensureAwsCli } from '../support/aws-cli.ts';
import { childEnv } from '../support/child-env.ts';
import { VERSION } from '../../src/core/version.ts';
import { firstAppearanceIsMask, newJob, runAction, type ActionRun } from '../support/run-action.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { roleArn, subject } from '../support/trust.ts';

let cloud: FakeCloud;
const account = '123456789012';

beforeAll(async () => {
  cloud = await startFakeCloud();
  cloud.sts.addOidcProvider({
    accountId: account,
    url: cloud.issuer.issuer,
    clientIds: ['sts.amazonaws.com'],
  });
});
afterAll(async () => {
  await cloud.close();
});
beforeEach(() => {
  cloud.github.job.environment = undefined;
  trustSubject(subject);
});

function trustSubject(sub: string, maxSessionDurationSeconds = 3600) {
  const host = cloud.issuer.issuer.replace('https://', '');
  cloud.sts.addRole({
    arn: roleArn,
    maxSessionDurationSeconds,
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${host}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { [`${host}:aud`]: 'sts.amazonaws.com' },
            StringLike: { [`${host}:sub`]: sub },
          },
        },
      ],
    },
  });
}

// These tests are about the static keys; `refresh` (test/e2e/refresh.test.ts) exports a profile instead.
function runAws(extra: Record<string, string> = {}, options: { job?: ReturnType<typeof newJob> } = {}) {
  return runAction({
    ...options,
    inputs: {
      refresh: 'false',
      ...inputsFor(cloud, 'aws'),
      issuer: cloud.issuer.issuer,
      subject,
      ...extra,
    },
    env: {
      ...tokenRequestEnv(cloud),
      GITHUB_RUN_ID: '777',
      GITHUB_RUN_ATTEMPT: '3',
    },
  });
}

function expectNoAws(run: ActionRun) {
  expect(run.exitCode).toBe(1);
  expect([...run.env.keys()].filter((k) => k.startsWith('AWS_'))).toEqual([]);
  expect(run.outputs.size).toBe(0);
}

/** Resolves true once `condition` holds, false after `timeoutMs`. */
function waitFor(condition: () => boolean, timeoutMs = 8_000): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (condition() || Date.now() - started > timeoutMs) {
        clearInterval(timer);
        resolve(condition());
      }
    }, 10);
  });
}

function awsCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(ensureAwsCli(), args, { env: childEnv(env), timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('GitHub Action → AWS', () => {
  it('exports credentials the AWS CLI uses unchanged in a later step', async () => {
    const run = await runAws();
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    // The build's version (package.json's) is the first thing the log says, after the one mask.
    expect(run.stdout.split('\n').find((line) => !line.startsWith('::'))).toBe(`oidc-exchange ${VERSION}`);
    expect(run.env.get('AWS_REGION')).toBe('eu-west-1');
    expect(run.env.get('AWS_DEFAULT_REGION')).toBe('eu-west-1');
    expect(run.env.get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
    expect(run.outputs.get('aws-account-id')).toBe(account);
    expect(run.outputs.get('aws-assumed-role-arn')).toBe(
      `arn:aws:sts::${account}:assumed-role/deploy/oidc-exchange-777-3`,
    );
    expect(Date.parse(run.outputs.get('aws-expiration') ?? '')).toBeGreaterThan(Date.now() + 3000_000);
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      const secret = run.env.get(name) ?? '';
      expect(firstAppearanceIsMask(run.stdout, secret)).toBe(true);
      expect(run.stdout).toContain(`::add-mask::${secret}`);
      expect(run.summary).not.toContain(secret);
    }
    expect(run.stdout).not.toContain(`::add-mask::${account}`);

    const cli = await awsCli(
      ['sts', 'get-caller-identity', '--output', 'json', '--endpoint-url', cloud.sts.endpoint],
      {
        PATH: process.env['PATH'] ?? '',
        HOME: newJob().dir,
        AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'] ?? '',
        ...Object.fromEntries(run.env),
      },
    );
    expect(cli.stderr).toBe('');
    expect(JSON.parse(cli.stdout)).toMatchObject({
      Account: account,
      Arn: run.outputs.get('aws-assumed-role-arn'),
    });
  });

  it('explains AccessDenied with the presented subject and the trust statement that would match', async () => {
    cloud.github.job.environment = 'production';
    const before = cloud.sts.requests.length;
    const run = await runAws({ subject: 'repo:octo-org/app:*' });
    expectNoAws(run);
    expect(run.stdout).toContain(
      '[AWS_ACCESS_DENIED] STS refused AssumeRoleWithWebIdentity for arn:aws:iam::123456789012:role/deploy',
    );
    expect(run.stdout).toContain(
      "subject 'repo:octo-org/app:environment:production', audience 'sts.amazonaws.com'",
    );
    expect(run.stdout).toContain(':sub\\":\\"repo:octo-org/app:environment:production\\"'.replace(/\\/g, ''));
    expect(cloud.sts.requests.length - before).toBe(1); // a refusal is never retried
  });

  it('retries throttling with a new OIDC token for every attempt', async () => {
    cloud.sts.throttle(2);
    const issuedBefore = cloud.github.issued.length;
    const before = cloud.sts.requests.length;
    const run = await runAws();
    expect(run.exitCode).toBe(0);
    const tokens = cloud.sts.requests.slice(before).map((r) => r.form?.['WebIdentityToken']);
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(3);
    expect(cloud.github.issued.length - issuedBefore).toBe(3);
  });

  it('retries an STS that could not reach the issuer (IDPCommunicationError)', async () => {
    cloud.sts.idpCommunicationError(1);
    const issuedBefore = cloud.github.issued.length;
    const run = await runAws();
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(cloud.github.issued.length - issuedBefore).toBe(2);
  });

  it('gives up on a hung STS within a bounded time, exporting nothing', async () => {
    cloud.sts.failNext({ hang: true, path: '/' }, 4);
    const started = Date.now();
    const run = await runAws({ 'timeout-seconds': '1' });
    expectNoAws(run);
    expect(run.stdout).toMatch(
      /\[(TIMEOUT|AWS_EXCHANGE_FAILED)\] (STS at .* did not answer within 1000 ms|Could not reach STS at)/,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('says when the duration exceeds the role maximum, and exports nothing', async () => {
    const run = await runAws({ 'aws-duration-seconds': '7200' });
    expectNoAws(run);
    expect(run.stdout).toContain('[AWS_VALIDATION]');
    expect(run.stdout).toContain('MaxSessionDuration');
  });

  it('aws-allowed-account-ids: fails before exporting anything when the role is in another account', async () => {
    const refused = await runAws({ 'aws-allowed-account-ids': '111111111111\n222222222222' });
    expectNoAws(refused);
    expect(refused.stdout).toContain(
      `[AWS_ACCOUNT_NOT_ALLOWED] The credentials for ${roleArn} belong to account ${account}, which is not in \`aws-allowed-account-ids\` (111111111111, 222222222222).`,
    );
    const allowed = await runAws({ 'aws-allowed-account-ids': `111111111111, ${account}` });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.env.get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
    const before = cloud.sts.requests.length;
    const invalid = await runAws({ 'aws-allowed-account-ids': '12345' });
    expectNoAws(invalid);
    expect(invalid.stdout).toContain(
      "Input `aws-allowed-account-ids` must be 12-digit AWS account ids like 123456789012, but it is '12345'.",
    );
    expect(cloud.sts.requests.length).toBe(before); // input errors come before any request
  });

  it('masks the account id only when asked', async () => {
    const run = await runAws({ 'aws-mask-account-id': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${account}`);
  });

  it('runs as the per-target action with unprefixed inputs', async () => {
    const run = await runAction({
      uses: 'octo-org/oidc-exchange/actions/aws@v1',
      inputs: {
        'role-arn': roleArn,
        region: 'eu-west-1',
        'sts-endpoint': cloud.sts.endpoint,
        issuer: cloud.issuer.issuer,
        subject,
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.env.get('AWS_REGION')).toBe('eu-west-1');
  });

  it('the post step blanks every variable the main step set', async () => {
    const job = newJob();
    const main = await runAws({}, { job });
    expect(main.exitCode).toBe(0);
    const post = await runAction({
      entry: 'post',
      job,
      env: {
        STATE_OIDC_EXCHANGE_VARIABLES: main.state.get('OIDC_EXCHANGE_VARIABLES'),
        STATE_OIDC_EXCHANGE_TEMP_DIR: main.state.get('OIDC_EXCHANGE_TEMP_DIR'),
      },
    });
    expect(post.exitCode).toBe(0);
    expect(Object.fromEntries(post.env)).toEqual({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_REGION: '',
      AWS_DEFAULT_REGION: '',
    });
  });
});

describe('Azure and AWS in one step', () => {
  it('exchanges both, and exports neither when one fails', async () => {
    cloud.entra.addApp({
      tenantId: ids.tenantId,
      clientId: ids.clientId,
      federatedCredentials: [
        { issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchange'] },
      ],
    });
    const azure = {
      'azure-client-id': ids.clientId,
      'azure-tenant-id': ids.tenantId,
      'azure-authority-host': cloud.entra.authorityHost,
    };
    // Each service holds its answer until the other has received its request: run one after the
    // other, the two would wait for each other and `inFlightTogether` would come back false.
    const stsFrom = cloud.sts.requests.length;
    const entraFrom = cloud.entra.requests.length;
    const stsAsked = waitFor(() =>
      cloud.sts.requests.slice(stsFrom).some((r) => r.form?.['Action'] === 'AssumeRoleWithWebIdentity'),
    );
    const entraAsked = waitFor(() => cloud.entra.requests.slice(entraFrom).some((r) => r.method === 'POST'));
    cloud.entra.failNext({ delayUntil: stsAsked, path: '/token' });
    cloud.sts.failNext({ delayUntil: entraAsked, path: '/' });
    const both = await runAws(azure);
    const inFlightTogether = (await stsAsked) && (await entraAsked);
    expect(inFlightTogether).toBe(true);
    expect(both.exitCode).toBe(0);
    expect(both.env.get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
    expect(both.outputs.get('azure-access-token')).toBeTruthy();
    const audiences = cloud.github.issued
      .slice(-2)
      .map((t) => t.audience)
      .sort();
    expect(audiences).toEqual(['api://AzureADTokenExchange', 'sts.amazonaws.com']);

    trustSubject('repo:someone-else/*');
    const oneFails = await runAws(azure);
    expect(oneFails.exitCode).toBe(1);
    expect([...oneFails.env.keys()]).toEqual([]);
    expect(oneFails.outputs.size).toBe(0);
  });
});
