/**
 * Runs the bundled command line (dist/cli) as a CI step runs it: its own process, the run's
 * private TMPDIR, only the variables given (plus PATH and the test CA), and optionally inside
 * `bash -c` so that `eval "$(oidc-exchange …)"` is tested as the documentation writes it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './action-manifest.ts';
import { childEnv } from './child-env.ts';

export const cliBundle = join(repoRoot, 'dist', 'cli', 'index.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function baseEnv(): Record<string, string | undefined> {
  return {
    PATH: process.env['PATH'],
    TMPDIR: process.env['TMPDIR'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
  };
}

export function runProcess(
  file: string,
  args: string[],
  env: Record<string, string | undefined>,
  cwd?: string,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: childEnv({ ...baseEnv(), ...env }), cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** `node dist/cli/index.js <args>`. */
export function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return runProcess(process.execPath, [cliBundle, ...args], env);
}
