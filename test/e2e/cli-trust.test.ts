/**
 * `oidc-exchange trust` (dist/cli): the Terraform file (default) or the shell commands for the
 * token it is handed, on stdout alone, the same bytes on every run, and nothing exchanged.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeCloud } from '../fakes/cloud.ts';
import { claimsFor, defaultJob } from '../fakes/github-claims.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { repoRoot } from '../support/run-action.ts';
import { tempFolder } from '../support/temp-folders.ts';
import { childEnv } from '../support/child-env.ts';
import { parseTerraform, runShell } from '../support/trust-code.ts';

let cloud: FakeCloud;
fakeCloudPerFile((started) => (cloud = started));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      env: childEnv({ PATH: process.env['PATH'], NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'] }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function tokenFile(): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const job = { ...defaultJob(), environment: 'production' };
  const token = await cloud.issuer.sign(
    claimsFor(job, {
      issuer: cloud.issuer.issuer,
      audience: 'sts.amazonaws.com',
      nowSeconds: now,
      lifetimeSeconds: 300,
    }),
  );
  const file = join(tempFolder('cli-trust-'), 'token');
  writeFileSync(file, token, { mode: 0o600 });
  return file;
}

const inputs = () => [
  '--issuer',
  cloud.issuer.issuer,
  '--aws-role-arn',
  'arn:aws:iam::123456789012:role/deploy',
  '--aws-region',
  'eu-west-1',
  '--aws-sts-endpoint',
  cloud.sts.endpoint,
];

describe('oidc-exchange trust', () => {
  it('prints a Terraform file that parses, the same bytes each run, and exchanges nothing', async () => {
    const before = cloud.sts.requests.length;
    const first = await cli(['trust', '--token-file', await tokenFile(), ...inputs()]);
    const second = await cli(['trust', '--token-file', await tokenFile(), ...inputs()]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const tf = (await parseTerraform(first.stdout)) as { resource: Record<string, unknown> };
    expect(Object.keys(tf.resource).sort()).toEqual(['aws_iam_openid_connect_provider', 'aws_iam_role']);
    expect(first.stdout).toContain('"repo:octo-org/app:environment:production"');
    expect(cloud.sts.requests.length).toBe(before);
  });

  it('--format shell prints commands that call aws with the trust policy', async () => {
    const { code, stdout } = await cli([
      'trust',
      '--format',
      'shell',
      '--token-file',
      await tokenFile(),
      ...inputs(),
    ]);
    expect(code).toBe(0);
    const calls = runShell(stdout);
    expect(calls.map((c) => c.slice(0, 3).join(' '))).toEqual([
      'aws iam create-open-id-connect-provider',
      'aws iam update-assume-role-policy',
    ]);
    expect(calls[1]?.at(-1)).toContain('"StringEquals"');
  });

  it('says so on stderr and exits 3 when the token does not meet the subject, still printing the trust for the pattern', async () => {
    const { code, stdout, stderr } = await cli([
      'trust',
      '--token-file',
      await tokenFile(),
      ...inputs(),
      '--subject',
      'repo:octo-org/app:ref:refs/heads/main',
    ]);
    expect(code).toBe(3);
    expect(stdout).toContain('"repo:octo-org/app:ref:refs/heads/main"');
    expect(stderr).toContain('does not meet every expectation');
  });

  it('refuses an unknown format', async () => {
    const { code, stderr } = await cli([
      'trust',
      '--format',
      'json',
      '--token-file',
      await tokenFile(),
      ...inputs(),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--format for trust must be terraform or shell');
  });
});
