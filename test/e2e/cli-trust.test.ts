/**
 * `oidc-exchange trust` (dist/cli): the Terraform file (default) or the shell commands for the
 * token it is handed, on stdout alone, the same bytes on every run, and nothing exchanged.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

async function tokenFile(audience = 'sts.amazonaws.com'): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const job = { ...defaultJob(), environment: 'production' };
  const token = await cloud.issuer.sign(
    claimsFor(job, {
      issuer: cloud.issuer.issuer,
      audience,
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
    // The role usually exists: the file says how Terraform adopts it.
    expect(first.stdout).toContain('# An existing role: terraform import aws_iam_role.deploy deploy,');
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

  it('--azure-identity user-assigned prints the identity’s federated credential; a wrong value is refused', async () => {
    const azure = [
      '--azure-client-id',
      '5e1f0000-0000-0000-0000-0000000000a1',
      '--azure-tenant-id',
      '11111111-1111-1111-1111-111111111111',
    ];
    const { code, stdout } = await cli([
      'trust',
      '--token-file',
      await tokenFile('api://AzureADTokenExchange'),
      '--issuer',
      cloud.issuer.issuer,
      '--audience',
      'api://AzureADTokenExchange',
      ...azure,
      '--azure-identity',
      'user-assigned',
    ]);
    expect(code).toBe(0);
    const tf = (await parseTerraform(stdout)) as { resource: Record<string, unknown> };
    expect(Object.keys(tf.resource)).toEqual(['azurerm_federated_identity_credential']);
    const wrong = await cli([
      'trust',
      '--token-file',
      await tokenFile(),
      ...inputs(),
      '--azure-identity',
      'msi',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--azure-identity must be application or user-assigned, not 'msi'");
  });

  it('with no token at hand, writes the trust from --issuer, --subject and --claims alone, and names what is missing', async () => {
    const aws = inputs().slice(2);
    const subject = 'repo:octo-org/app:environment:production';
    const first = await cli(['trust', '--subject', subject, ...aws]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('no token at hand');
    const second = await cli(['trust', '--subject', subject, ...aws]);
    expect(second.stdout).toBe(first.stdout);
    // GitHub's issuer is the default.
    expect(first.stdout).toContain('url = "https://token.actions.githubusercontent.com"');
    expect(first.stdout).toContain(`"token.actions.githubusercontent.com:sub" = "${subject}"`);
    const noSubject = await cli(['trust', ...aws]);
    expect(noSubject.code).toBe(2);
    expect(noSubject.stdout).toBe('');
    expect(noSubject.stderr).toContain('Option `--subject` is required when there is no token');
    const ado = await cli(['trust', '--subject', 'sc://contoso/web/deploy', ...aws]);
    expect(ado.code).toBe(2);
    expect(ado.stderr).toMatch(/Option `--issuer` must name the issuer of an Azure DevOps subject/);
  });

  it('--output PATH writes the same bytes to the file, nothing to stdout', async () => {
    const args = ['trust', '--token-file', await tokenFile(), ...inputs(), '--format', 'shell'];
    const printed = await cli(args);
    const file = join(tempFolder('cli-trust-out-'), 'trust.sh');
    const written = await cli([...args, '--output', file]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
    // Without a token too.
    const tf = join(tempFolder('cli-trust-out-'), 'trust.tf');
    const aws = inputs().slice(2);
    const fromInputs = await cli(['trust', '--subject', 'repo:octo-org/app:ref:refs/heads/main', ...aws]);
    const toFile = await cli([
      'trust',
      '--subject',
      'repo:octo-org/app:ref:refs/heads/main',
      ...aws,
      '--output',
      tf,
    ]);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(tf, 'utf8')).toBe(fromInputs.stdout);
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
