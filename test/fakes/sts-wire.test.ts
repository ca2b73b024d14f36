import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureAwsCli } from '../support/aws-cli.ts';
import { account, refusal, roleArn, useStsFixture } from './sts-fixture.ts';
import { childEnv } from '../support/child-env.ts';

const f = useStsFixture();
const { assume, githubToken, lastIssued } = f;
const execFileAsync = promisify(execFile);

describe('STS wire format', () => {
  const post = (form: Record<string, string>) =>
    fetch(f.cloud.sts.endpoint, {
      method: 'POST',
      body: new URLSearchParams({ Version: '2011-06-15', ...form }),
    });

  it('answers errors in the ErrorResponse XML with a request id', async () => {
    const res = await post({ Action: 'GetSessionToken' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('text/xml');
    const requestId = res.headers.get('x-amzn-requestid') ?? '';
    expect(await res.text()).toBe(
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>Sender</Type>\n` +
        `    <Code>InvalidAction</Code>\n    <Message>Could not find operation GetSessionToken for version 2011-06-15</Message>\n` +
        `  </Error>\n  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`,
    );
  });

  it('throttles and fails IdP communication on request', async () => {
    f.cloud.sts.throttle(2);
    for (let i = 0; i < 2; i++) {
      const res = await post({ Action: 'GetCallerIdentity' });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('<Code>Throttling</Code>\n    <Message>Rate exceeded</Message>');
    }
    f.cloud.sts.idpCommunicationError();
    expect(await refusal(assume())).toMatchObject({ code: 'IDPCommunicationError', status: 400 });
    await expect(assume()).resolves.toHaveProperty('Credentials');
  });

  it('reports an unreachable issuer as InvalidIdentityToken, as real STS does', async () => {
    f.cloud.issuer.failNext({ status: 503, path: '/openid-configuration' });
    expect((await refusal(assume())).message).toBe(
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
    );
  });
});

describe("Debian's AWS CLI", () => {
  it('assumes the role and signs get-caller-identity against the fake', { timeout: 300_000 }, async () => {
    const aws = ensureAwsCli();
    const home = await mkdtemp(join(tmpdir(), 'aws-cli-'));
    try {
      // The CLI is Python: it trusts the test CA through AWS_CA_BUNDLE, not NODE_EXTRA_CA_CERTS.
      const env = {
        PATH: '/usr/bin:/bin',
        HOME: home,
        AWS_REGION: 'eu-west-1',
        AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'] ?? '',
      };
      const run = async (args: string[], extra: Record<string, string> = {}) => {
        const argv = [...args, '--endpoint-url', f.cloud.sts.endpoint, '--output', 'json'];
        const { stdout } = await execFileAsync(aws, argv, { env: childEnv({ ...env, ...extra }) });
        return JSON.parse(stdout) as Record<string, Record<string, string>>;
      };
      const assumed = await run([
        'sts',
        'assume-role-with-web-identity',
        ...['--role-arn', roleArn, '--role-session-name', 'cli', '--web-identity-token', await githubToken()],
      ]);
      const credentials = assumed['Credentials'] ?? {};
      expect(assumed['AssumedRoleUser']?.['Arn']).toBe(`arn:aws:sts::${account}:assumed-role/deploy/cli`);
      const identity = await run(['sts', 'get-caller-identity'], {
        AWS_ACCESS_KEY_ID: credentials['AccessKeyId'] ?? '',
        AWS_SECRET_ACCESS_KEY: credentials['SecretAccessKey'] ?? '',
        AWS_SESSION_TOKEN: credentials['SessionToken'] ?? '',
      });
      expect(identity).toEqual({
        UserId: lastIssued().assumedRoleId,
        Account: account,
        Arn: `arn:aws:sts::${account}:assumed-role/deploy/cli`,
      });
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
