/**
 * The command line (dist/cli), for CIs other than GitHub and Azure DevOps: a token from a file or
 * a variable (as GitLab's `id_tokens` give it), verified against the issuer the caller names, then
 * the same exchanges as the action, printed for a shell, a dotenv file or a program.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { childEnv } from '../support/child-env.ts';
import { cloudRequests, forger, forgeryKinds } from '../support/forged-tokens.ts';
import { cliForOtherUser, OTHER_USER } from '../support/other-user.ts';
import { repoRoot } from '../support/run-action.ts';
import { trustRoleFor } from '../support/trust-aws.ts';
import { roleArn, subject } from '../support/trust.ts';
import { CLI_INPUTS } from '../../src/runtimes/cli/args.ts';
import { cliDescription } from '../../src/runtimes/cli/input-descriptions.ts';

let cloud: FakeCloud;

beforeAll(async () => {
  cloud = await startFakeCloud();
  cloud.sts.addOidcProvider({
    accountId: '123456789012',
    url: cloud.issuer.issuer,
    clientIds: ['sts.amazonaws.com'],
  });
  trustRoleFor(cloud, roleArn, subject);
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
      env: childEnv({
        PATH: process.env['PATH'],
        NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
        ...env,
      }),
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
  it.each(forgeryKinds)('refuses a token with %s before any request to a cloud', async (kind) => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: cloud.issuer.issuer,
      aud: 'sts.amazonaws.com',
      sub: subject,
      iat: now,
      nbf: now - 5,
      exp: now + 300,
    };
    const before = cloudRequests(cloud);
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
      ],
      { AWS_ID_TOKEN: await forger(cloud, kind)(claims) },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[SIGNATURE_INVALID]');
    expect(run.stdout).toBe('');
    expect(cloudRequests(cloud)).toBe(before);
  });

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
    expect(result.variables['AWS_SECRET_ACCESS_KEY']).toMatch(/^\S{20,}$/);
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
    // Left for the job's later steps, in the temp folder the command line was given (the run's).
    onTestFinished(() => rmSync(dirname(path), { recursive: true, force: true }));
    expect(dirname(dirname(path))).toBe(tmpdir());
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
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
    expect(run.stderr).toContain('Option `--issuer` is required with --token-env');
    expect(run.stdout).toBe('');
  });

  it('names options as they are typed, and finds a missing token file or variable before any request (exit 2)', async () => {
    const before = cloud.sts.requests.length;
    const badRole = await cli(
      [
        'exchange',
        '--token-env',
        'T',
        '--issuer',
        cloud.issuer.issuer,
        '--aws-role-arn',
        'deploy',
        '--aws-region',
        'eu-west-1',
      ],
      { T: 'x.y.z' },
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('Option `--aws-role-arn` must be a role ARN');
    expect(badRole.stderr).not.toMatch(/`aws-role-arn`/);

    const noFile = await cli([
      'exchange',
      '--token-file',
      '/nonexistent/token',
      '--issuer',
      cloud.issuer.issuer,
      ...aws(),
    ]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('--token-file /nonexistent/token does not exist');
    expect(noFile.stderr).toContain('Hint: Give the path of the file that holds the token');

    const noVariable = await cli([
      'exchange',
      '--token-env',
      'GITLAB_OIDC_TOKEN',
      '--issuer',
      cloud.issuer.issuer,
      ...aws(),
    ]);
    expect(noVariable.code).toBe(2);
    expect(noVariable.stderr).toContain(
      '--token-env names the environment variable GITLAB_OIDC_TOKEN, but it is not set',
    );
    expect(noVariable.stderr).toContain('Hint: Give the name of the variable that holds the token');
    expect(cloud.sts.requests.length).toBe(before);
  });

  it('says where to look when the token from a file or variable is not a JWT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-token-'));
    writeFileSync(join(dir, 'token'), 'not-a-token\n');
    const fromFile = await cli([
      'exchange',
      '--token-file',
      join(dir, 'token'),
      '--issuer',
      cloud.issuer.issuer,
      ...aws(),
    ]);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stderr).toContain('[TOKEN_MALFORMED]');
    expect(fromFile.stderr).toContain(`check what writes ${join(dir, 'token')}`);
    expect(fromFile.stderr).not.toContain('token endpoint');
    const fromVariable = await cli(
      ['exchange', '--token-env', 'T', '--issuer', cloud.issuer.issuer, ...aws()],
      {
        T: 'my-gitlab-job-token',
      },
    );
    expect(fromVariable.code).toBe(1);
    expect(fromVariable.stderr).toContain('T must hold the OIDC token itself');
    expect(fromVariable.stderr).not.toContain('token endpoint');
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
    const sts = cloud.sts.requests.length;
    const before = cloudRequests(cloud);
    const run = await cli(['exchange', '--token-env', 'T', '--issuer', cloud.issuer.issuer, ...aws()], {
      T: forged,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[SIGNATURE_INVALID]');
    expect(run.stdout).toBe('');
    // Refused before it was sent: STS (the target) and every other cloud logged no request.
    expect(cloud.sts.requests.length).toBe(sts);
    expect(cloudRequests(cloud)).toBe(before);
  });

  it('explains a token without exchanging it (explain), exit 3 when it would be refused', async () => {
    const before = cloud.sts.requests.length;
    const T = await externalToken('sts.amazonaws.com');
    const run = await cli(
      ['explain', '--token-env', 'T', '--issuer', cloud.issuer.issuer, '--subject', 'repo:other/*', ...aws()],
      { T },
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(`  sub                    ${subject}`);
    expect(run.stdout).toContain("Claim `sub` of the OIDC token does not match: expected 'repo:other/*'");
    expect(run.stdout).toContain('aws: role trust-policy statement:');
    expect(cloud.sts.requests.length).toBe(before);
    const accepted = await cli(
      ['explain', '--token-env', 'T', '--issuer', cloud.issuer.issuer, '--subject', subject, ...aws()],
      {
        T,
      },
    );
    expect([accepted.code, accepted.stderr]).toEqual([0, '']);
    expect(accepted.stdout).toContain('Expectations: all met');
    expect(accepted.stdout).toContain('Signature: verified');
    // The trust as code, both forms, as `trust` prints them (docs/trust.md).
    const host = cloud.issuer.issuer.replace('https://', '');
    expect(accepted.stdout).toContain(`"${host}:sub" = "${subject}"`);
    expect(accepted.stdout).toContain(
      `    aws iam create-open-id-connect-provider --url '${cloud.issuer.issuer}'`,
    );
    const now = Math.floor(Date.now() / 1000);
    const forged = await cloud.issuer.signWithForeignKey({
      iss: cloud.issuer.issuer,
      aud: 'sts.amazonaws.com',
      sub: subject,
      iat: now,
      nbf: now,
      exp: now + 300,
    });
    const unverified = await cli(
      ['explain', '--token-env', 'T', '--issuer', cloud.issuer.issuer, '--subject', subject, ...aws()],
      {
        T: forged,
      },
    );
    expect(unverified.code).toBe(3);
    // Run inside a CI step, its lines reach a log the runner reads for commands: inert there.
    const hostile = await cli(
      [
        'explain',
        '--token-env',
        'T',
        '--issuer',
        cloud.issuer.issuer,
        '--subject',
        'x ##vso[task.setvariable variable=E]1 ::add-mask::y',
        ...aws(),
      ],
      { T },
    );
    expect(hostile.code).toBe(3);
    expect(hostile.stdout).toContain('task.setvariable variable=E]1');
    expect(`${hostile.stdout}${hostile.stderr}`).not.toMatch(/##vso\[|::add-mask::/);
    expect(unverified.stdout).toContain('Expectations: all met');
    expect(unverified.stdout).toContain('Signature: NOT verified');
  });

  it('documents every option with its description in --help, and rejects unknown options with exit 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    const flat = help.stdout.replace(/\s+/g, ' ');
    for (const input of CLI_INPUTS) {
      expect(help.stdout).toContain(`  --${input.name} `);
      expect(flat).toContain(cliDescription(input).replace(/\s+/g, ' '));
    }
    for (const own of ['--token-file', '--token-env', '--format', '--output', '--version'])
      expect(help.stdout).toContain(own);
    // Only the Azure DevOps task understands `azure-subscription` (a service connection): not offered.
    expect(help.stdout).not.toMatch(/--azure-subscription(?![-\w])/);
    for (const [args, option] of [
      [['exchange', '--colour', 'blue'], '--colour'],
      [['exchange', '-x'], '-x'],
    ] as const) {
      const bad = await cli([...args]);
      expect([bad.code, bad.stderr.trim()]).toEqual([
        2,
        `oidc-exchange: unknown option ${option}. See oidc-exchange --help.`,
      ]);
    }
  });

  it('prints its version, package.json’s', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const run = await cli(['--version']);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, `oidc-exchange ${pkg.version}\n`, '']);
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
      // root writes anywhere: as root, run the command line as nobody, as a CI user would be, from
      // copies nobody can reach wherever the repository is cloned (test/support/other-user.ts).
      const root = process.getuid?.() === 0;
      const asUser = root ? OTHER_USER : {};
      const { node, cli: script } = root
        ? cliForOtherUser()
        : { node: process.execPath, cli: join(repoRoot, 'dist', 'cli', 'index.js') };
      const dir = base();
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      chmodSync(dir, 0o555);
      const out = join(dir, 'aws.env');
      const before = requestCount();
      const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
        const child = spawn(
          node,
          [
            script,
            'exchange',
            '--token-env',
            'T',
            '--issuer',
            cloud.issuer.issuer,
            ...aws(),
            '--output',
            out,
          ],
          { env: childEnv({ PATH: process.env['PATH'], T: 'x.y.z' }), ...asUser },
        );
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', (error) => resolve({ code: -1, stderr: String(error) }));
        child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
      });
      expect(run.stderr).toContain(`--output ${JSON.stringify(out)}: the directory`);
      expect(run.stderr).toContain('is not writable');
      expect(run.code).toBe(2);
      expect(requestCount()).toBe(before);
    });
  });
});
