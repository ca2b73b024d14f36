/**
 * `oidc-exchange credential-process`, as the AWS CLI and SDKs run it from the profile that
 * `refresh` writes: the credential_process JSON on stdout and nothing else; a failure is one line
 * on stderr, never a secret, and nothing on stdout.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { repoRoot, spawnNode } from '../support/run-action.ts';
import { roleArn, subject, trustEveryTarget } from '../support/trust.ts';
import { tempFolder } from '../support/temp-folders.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

const cli = join(repoRoot, 'dist', 'cli', 'index.js');

function inputsFile(extra: Record<string, string> = {}): string {
  const path = join(tempFolder('oidc-exchange-cp-'), 'inputs.json');
  writeFileSync(
    path,
    JSON.stringify({
      issuer: cloud.issuer.issuer,
      subject,
      'aws-role-arn': roleArn,
      'aws-region': 'eu-west-1',
      'aws-sts-endpoint': cloud.sts.endpoint,
      ...extra,
    }),
  );
  return path;
}

function credentialProcess(args: string[], env: Record<string, string | undefined> = {}) {
  return spawnNode(process.execPath, [cli, 'credential-process', ...args], {
    PATH: process.env['PATH'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
    // The profile that runs it is in the environment; it must not be used to call STS.
    AWS_PROFILE: 'oidc-exchange',
    AWS_CONFIG_FILE: '/nonexistent/config',
    ...env,
  });
}

describe('credential-process', () => {
  it('prints the credential_process JSON of a fresh role session, and nothing else', async () => {
    const minted = cloud.github.issued.length;
    const result = await credentialProcess(['--inputs-file', inputsFile()]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'Version',
      'AccessKeyId',
      'SecretAccessKey',
      'SessionToken',
      'Expiration',
    ]);
    const issued = cloud.sts.issued.at(-1);
    expect(json).toMatchObject({
      Version: 1,
      AccessKeyId: issued?.accessKeyId,
      SecretAccessKey: issued?.secretAccessKey,
      SessionToken: issued?.sessionToken,
    });
    expect(json['Expiration']).toBe(issued?.expiration.toISOString());
    expect(cloud.github.issued.length).toBe(minted + 1); // its own, new ID token
  });

  it('checks the token as the step did: a subject mismatch is one line on stderr, nothing on stdout', async () => {
    const result = await credentialProcess([
      '--inputs-file',
      inputsFile({ subject: 'repo:octo-org/other:*' }),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^oidc-exchange credential-process: \[CLAIM_MISMATCH\]/);
    for (const t of cloud.github.issued) expect(result.stderr).not.toContain(t.token);
  });

  it('names the settings file when it is gone (the job ended and the post step removed it)', async () => {
    const result = await credentialProcess(['--inputs-file', '/nonexistent/inputs.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Could not read the settings file /nonexistent/inputs.json (ENOENT)');
  });

  it('is a usage error without --inputs-file; `exchange --refresh` is the action’s alone', async () => {
    const missing = await credentialProcess([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('credential-process needs --inputs-file');
    const exchange = await spawnNode(process.execPath, [cli, 'exchange', '--refresh', 'true'], {
      PATH: process.env['PATH'],
    });
    expect(exchange.code).toBe(2);
    expect(exchange.stderr).toContain('has no --refresh');
  });
});
