/**
 * The command line (dist/cli), for CIs other than GitHub and Azure DevOps: a token from a file or
 * a variable (as GitLab's `id_tokens` give it), verified against the issuer the caller names, then
 * the same exchanges as the action, printed for a shell, a dotenv file or a program.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { repoRoot } from '../support/run-action.ts';

let cloud: FakeCloud;
const subject = 'repo:octo-org/app:ref:refs/heads/main';
const roleArn = 'arn:aws:iam::123456789012:role/deploy';

beforeAll(async () => {
  cloud = await startFakeCloud();
  const host = cloud.issuer.issuer.replace('https://', '');
  cloud.sts.addOidcProvider({
    accountId: '123456789012',
    url: cloud.issuer.issuer,
    clientIds: ['sts.amazonaws.com'],
  });
  cloud.sts.addRole({
    arn: roleArn,
    trustPolicy: {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${host}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { [`${host}:sub`]: subject } },
        },
      ],
    },
  });
  cloud.entra.addApp({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    federatedCredentials: [
      { issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchange'] },
    ],
  });
});
afterAll(async () => {
  await cloud.close();
});

/** A token minted elsewhere, as another CI hands it over. */
async function externalToken(audience: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return cloud.issuer.sign({
    iss: cloud.issuer.issuer,
    aud: audience,
    sub: subject,
    iat: now,
    nbf: now - 5,
    exp: now + 300,
  });
}

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      env: { PATH: process.env['PATH'], NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'], ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const aws = () => [
  '--aws-role-arn',
  roleArn,
  '--aws-region',
  'eu-west-1',
  '--aws-sts-endpoint',
  cloud.sts.endpoint,
];

describe('oidc-exchange (command line)', () => {
  it('exchanges a token from a variable (GitLab id_tokens) and prints JSON, secrets on stdout only', async () => {
    const token = await externalToken('sts.amazonaws.com');
    const run = await cli(
      [
        'exchange',
        '--token-env',
        'AWS_ID_TOKEN',
        '--issuer',
        cloud.issuer.issuer,
        '--subject',
        subject,
        ...aws(),
        '--format',
        'json',
      ],
      {
        AWS_ID_TOKEN: token,
      },
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      variables: Record<string, string>;
      outputs: Record<string, string>;
    };
    expect(result.variables['AWS_ACCESS_KEY_ID']).toMatch(/^ASIA/);
    expect(result.outputs['subject']).toBe(subject);
    expect(run.stderr).not.toContain(result.variables['AWS_SECRET_ACCESS_KEY']);
    expect(run.stderr).not.toContain(token);
  });

  it('prints `export` lines a shell can eval, with the federated token file in a private folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-token-'));
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, `${await externalToken('api://AzureADTokenExchange')}\n`);
    const run = await cli([
      'exchange',
      '--token-file',
      tokenFile,
      '--issuer',
      cloud.issuer.issuer,
      '--azure-client-id',
      ids.clientId,
      '--azure-tenant-id',
      ids.tenantId,
      '--azure-authority-host',
      cloud.entra.authorityHost,
    ]);
    expect(run.stderr).not.toContain('oidc-exchange: [');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`export AZURE_CLIENT_ID='${ids.clientId}'`);
    const path = /export AZURE_FEDERATED_TOKEN_FILE='([^']+)'/.exec(run.stdout)?.[1] ?? '';
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(tokenFile, 'utf8').trim());
  });

  it('writes a dotenv file (0600) with --output instead of printing, even over a 0644 file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cli-out-')), 'aws.env');
    writeFileSync(out, 'stale\n', { mode: 0o644 });
    const run = await cli(
      [
        'exchange',
        '--token-env',
        'T',
        '--issuer',
        cloud.issuer.issuer,
        ...aws(),
        '--format',
        'dotenv',
        '--output',
        out,
      ],
      { T: await externalToken('sts.amazonaws.com') },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toMatch(/^AWS_ACCESS_KEY_ID='ASIA/m);
  });

  it('refuses a file or variable token without an issuer to verify it against (exit 2)', async () => {
    const run = await cli(['exchange', '--token-env', 'T', ...aws()], {
      T: await externalToken('sts.amazonaws.com'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Input `issuer` is required with --token-env');
    expect(run.stdout).toBe('');
  });

  it('verifies the signature: a token not signed by the issuer fails (exit 1), printing nothing', async () => {
    const now = Math.floor(Date.now() / 1000);
    const forged = await cloud.issuer.signWithForeignKey({
      iss: cloud.issuer.issuer,
      aud: 'sts.amazonaws.com',
      sub: subject,
      iat: now,
      nbf: now,
      exp: now + 300,
    });
    const run = await cli(['exchange', '--token-env', 'T', '--issuer', cloud.issuer.issuer, ...aws()], {
      T: forged,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[SIGNATURE_INVALID]');
    expect(run.stdout).toBe('');
  });

  it('explains a token without exchanging it (explain)', async () => {
    const before = cloud.sts.requests.length;
    const run = await cli(
      ['explain', '--token-env', 'T', '--issuer', cloud.issuer.issuer, '--subject', 'repo:other/*', ...aws()],
      {
        T: await externalToken('sts.amazonaws.com'),
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  sub                    ${subject}`);
    expect(run.stdout).toContain("Claim `sub` of the OIDC token does not match: expected 'repo:other/*'");
    expect(run.stdout).toContain('aws: role trust-policy statement:');
    expect(cloud.sts.requests.length).toBe(before);
  });

  it('documents every input in --help, and rejects unknown options with exit 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const name of [
      '--aws-role-arn',
      '--azure-client-id',
      '--databricks-host',
      '--subject',
      '--token-file',
    ]) {
      expect(help.stdout).toContain(name);
    }
    const bad = await cli(['exchange', '--colour', 'blue']);
    expect([bad.code, bad.stderr.trim()]).toEqual([
      2,
      'oidc-exchange: unknown option --colour. See oidc-exchange --help.',
    ]);
  });

  describe('--output PATH that cannot be written: a usage error (exit 2) before any request', () => {
    const requestCount = () =>
      [cloud.issuer, cloud.sts, cloud.entra, cloud.github, cloud.databricks].reduce(
        (n, fake) => n + fake.requests.length,
        0,
      );
    const base = () => mkdtempSync(join(tmpdir(), 'cli-bad-out-'));

    it.each([
      ['a missing directory', (dir: string) => join(dir, 'missing', 'aws.env'), /does not exist/],
      [
        'a directory',
        (dir: string) => {
          mkdirSync(join(dir, 'sub'));
          return join(dir, 'sub');
        },
        /is a directory/,
      ],
    ])('%s', async (_, makePath, why) => {
      const out = makePath(base());
      const before = requestCount();
      const run = await cli(
        ['exchange', '--token-env', 'T', '--issuer', cloud.issuer.issuer, ...aws(), '--output', out],
        { T: await externalToken('sts.amazonaws.com') },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--output ${JSON.stringify(out)}`);
      expect(run.stderr).toMatch(why);
      expect(run.stderr).not.toContain('INTERNAL');
      expect(run.stdout).toBe('');
      expect(requestCount()).toBe(before);
    });

    it('a directory the user cannot write to', async () => {
      const dir = base();
      chmodSync(dir, 0o555);
      const out = join(dir, 'aws.env');
      const before = requestCount();
      // root writes anywhere: run the command line as nobody then, as a CI user would be.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            join(repoRoot, 'dist', 'cli', 'index.js'),
            'exchange',
            '--token-env',
            'T',
            '--issuer',
            cloud.issuer.issuer,
            ...aws(),
            '--output',
            out,
          ],
          { env: { PATH: process.env['PATH'], T: 'x.y.z' }, ...asUser },
        );
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
      });
      expect(run.stderr).toContain(`--output ${JSON.stringify(out)}: the directory`);
      expect(run.stderr).toContain('is not writable');
      expect(run.code).toBe(2);
      expect(requestCount()).toBe(before);
    });
  });
});
