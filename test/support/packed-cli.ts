/**
 * The command line as people install it: `npm pack` makes the package and `npm install --offline`
 * installs the tarball into an empty prefix (the bundle carries its dependencies, so nothing comes
 * from a registry). Once per test file: packing and installing take seconds.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './action-manifest.ts';
import { tempFolder } from './temp-folders.ts';
import { childEnv } from './child-env.ts';

const run = promisify(execFile);

export interface PackedCli {
  work: string;
  /** The installed `oidc-exchange`. */
  bin: string;
  /** The folder holding it, for PATH. */
  binDir: string;
  files: string[];
  /** What npm and the bin need: the Node that runs the tests, an empty cache, no update check. */
  env: Record<string, string>;
}

export async function packAndInstall(): Promise<PackedCli> {
  const work = tempFolder('cli-package-');
  const prefix = join(work, 'prefix');
  const env = {
    PATH: `${join(process.execPath, '..')}:${process.env['PATH'] ?? ''}`,
    HOME: work,
    TMPDIR: process.env['TMPDIR'] ?? '',
    npm_config_cache: join(work, 'npm-cache'), // empty: nothing can come from an earlier download
    npm_config_update_notifier: 'false',
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'] ?? '',
  };
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: repoRoot,
    env: childEnv(env),
  });
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = join(work, info?.filename ?? '');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], {
    cwd: work,
    env: childEnv(env),
  });
  const binDir = join(prefix, 'node_modules', '.bin');
  return {
    work,
    bin: join(binDir, 'oidc-exchange'),
    binDir,
    files: (info?.files ?? []).map((f) => f.path),
    env,
  };
}
