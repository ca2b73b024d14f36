/**
 * The command line as people install it: `npm pack` makes the package, `npm install --offline`
 * installs the tarball into an empty prefix (so the package needs nothing from a registry: its
 * bundle carries its dependencies), and the installed `oidc-exchange` bin reports the version and
 * exchanges a token against the fake cloud.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCloud } from '../fakes/cloud.ts';
import { childEnv } from '../support/child-env.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { repoRoot } from '../support/run-action.ts';
import { roleArn, subject, trustEveryTarget } from '../support/trust.ts';

const run = promisify(execFile);
interface PackReport {
  name: string;
  version: string;
  files: Array<{ path: string }>;
}
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const work = mkdtempSync(join(tmpdir(), 'cli-package-'));
const prefix = join(work, 'prefix');
const bin = join(prefix, 'node_modules', '.bin', 'oidc-exchange');
// npm and the installed bin run on the Node that runs the tests, whatever else is on PATH.
const env = childEnv({
  PATH: `${join(process.execPath, '..')}:${process.env['PATH'] ?? ''}`,
  HOME: work,
  npm_config_cache: join(work, 'npm-cache'), // empty: nothing can come from an earlier download
  npm_config_update_notifier: 'false',
  NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'] ?? '',
});
let cloud: FakeCloud;
let files: string[] = [];
let tarball = '';

fakeCloudPerFile((started) => {
  cloud = started;
  trustEveryTarget(cloud);
});

beforeAll(async () => {
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: repoRoot, env });
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = (info?.files ?? []).map((f) => f.path);
  tarball = join(work, info?.filename ?? '');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], {
    cwd: work,
    env,
  });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`the npm package ${pkg.name}`, () => {
  it('holds the command line and nothing else of the repository', () => {
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('package.json');
    const outside = files.filter(
      (f) => !f.startsWith('dist/cli/') && !/^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(f),
    );
    expect(outside).toEqual([]);
  });

  it('passes `npm publish --dry-run` (the release workflow publishes this file) and sends nothing', async () => {
    // A loopback registry that logs what it is asked and knows no package, as npmjs.com answers
    // for @oidc-exchange/cli until the first release.
    const asked: string[] = [];
    const registry = createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`);
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    const { port } = registry.address() as AddressInfo;
    const dryRun = async (...extra: string[]) => {
      const args = [
        'publish',
        '--dry-run',
        '--json',
        '--registry',
        `http://127.0.0.1:${port}/`,
        ...extra,
        tarball,
      ];
      const { stdout } = await run('npm', args, { cwd: work, env });
      // npm 11 keys the report by the package's name; npm 10 prints it bare.
      const report = JSON.parse(stdout) as Record<string, PackReport> & PackReport;
      const published = report[pkg.name] ?? report;
      expect([published.name, published.version]).toEqual([pkg.name, pkg.version]);
      expect(published.files.map((f) => f.path).sort()).toEqual([...files].sort());
    };
    try {
      await dryRun('--offline');
      expect(asked).toEqual([]); // offline: not a single request
      await dryRun();
      // Online, npm 11 only reads the package's registry document (is this version out already?).
      expect(asked.every((request) => request === 'GET /@oidc-exchange%2fcli')).toBe(true);
    } finally {
      registry.close();
    }
  });

  it('installed offline, reports its version', async () => {
    const { stdout } = await run(bin, ['--version'], { env });
    expect(stdout.trim()).toBe(`oidc-exchange ${pkg.version}`);
  });

  it('installed offline, exchanges a token from another CI for AWS credentials', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await cloud.issuer.sign({
      iss: cloud.issuer.issuer,
      aud: 'sts.amazonaws.com',
      sub: subject,
      iat: now,
      nbf: now - 5,
      exp: now + 300,
    });
    const args = ['exchange', '--token-env', 'CI_ID_TOKEN', '--issuer', cloud.issuer.issuer];
    args.push('--subject', subject, '--aws-role-arn', roleArn, '--aws-region', 'eu-west-1');
    args.push('--aws-sts-endpoint', cloud.sts.endpoint, '--format', 'json');
    const { stdout, stderr } = await run(bin, args, { env: childEnv({ ...env, CI_ID_TOKEN: token }) });
    const result = JSON.parse(stdout) as { variables: Record<string, string> };
    expect(result.variables['AWS_ACCESS_KEY_ID']).toMatch(/^ASIA/);
    expect(stderr).not.toContain(token);
  });
});
