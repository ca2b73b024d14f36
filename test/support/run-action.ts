/**
 * Runs a committed bundle exactly as the GitHub runner starts a JavaScript action: `node
 * dist/<entry>/index.js` with INPUT_* variables, the ACTIONS_ID_TOKEN_REQUEST_* pair, and empty
 * GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files it appends to.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopRefresher } from '../../src/runtimes/shared/refresh/stop-refresher.ts';
import { findLeaks } from './leak-scan.ts';
import { parseFileCommands } from './runner-files.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface RunnerJob {
  /** RUNNER_TEMP, shared by the steps of one job. */
  runnerTemp: string;
  /** Where the job's runner files live. */
  dir: string;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  env: Map<string, string>;
  outputs: Map<string, string>;
  state: Map<string, string>;
  summary: string;
  /** The raw GITHUB_ENV file, to check what never goes into it. */
  envFile: string;
  outputFile: string;
}

export function newJob(): RunnerJob {
  const dir = mkdtempSync(join(tmpdir(), 'oidc-exchange-job-'));
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  return { dir, runnerTemp };
}

export interface RunOptions {
  entry?: 'main' | 'post';
  job?: RunnerJob;
  inputs?: Record<string, string>;
  /** Extra environment (e.g. the request URL and token, STATE_*, proxies). */
  env?: Record<string, string | undefined>;
  node?: string;
  /** Another copy of the bundle's entry (default: dist/<entry>/index.js of this repo). */
  script?: string;
}

let counter = 0;

/**
 * Refreshers that main steps started (with `refresh` on, the default) and no post step stopped:
 * stopped by their id once a test file is done (test/support/stop-refreshers.ts), as the runner
 * ends a job's leftover processes.
 */
/** `port:nonce:pid` of every refresher a main step (action or task) started and no post step stopped. */
export const startedRefreshers = new Set<string>();

export async function stopStartedRefreshers(): Promise<void> {
  await Promise.all([...startedRefreshers].map((state) => stopRefresher(state)));
  startedRefreshers.clear();
}

export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const job = options.job ?? newJob();
  const step = `step-${++counter}`;
  const files = {
    GITHUB_ENV: join(job.dir, `${step}.env`),
    GITHUB_OUTPUT: join(job.dir, `${step}.output`),
    GITHUB_STATE: join(job.dir, `${step}.state`),
    GITHUB_STEP_SUMMARY: join(job.dir, `${step}.summary`),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputs = Object.fromEntries(
    Object.entries(options.inputs ?? {}).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  );
  const env: Record<string, string | undefined> = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    RUNNER_TEMP: job.runnerTemp,
    GITHUB_ACTIONS: 'true',
    ...files,
    ...inputs,
    ...options.env,
  };
  const script = options.script ?? join(repoRoot, 'dist', options.entry ?? 'main', 'index.js');
  const { code, stdout, stderr } = await spawnNode(options.node ?? process.execPath, [script], env);
  const read = (file: string) => readFileSync(file, 'utf8');
  const leaks = findLeaks({
    stdout,
    stderr,
    summary: read(files.GITHUB_STEP_SUMMARY),
    state: read(files.GITHUB_STATE),
    env: read(files.GITHUB_ENV),
    output: read(files.GITHUB_OUTPUT),
  });
  const state = parseFileCommands(read(files.GITHUB_STATE));
  const refresher = state.get('OIDC_EXCHANGE_REFRESHER');
  if (refresher) startedRefreshers.add(refresher);
  const stopped = options.env?.['STATE_OIDC_EXCHANGE_REFRESHER'];
  if (stopped) startedRefreshers.delete(stopped);
  if (leaks.length > 0) throw new Error(`secrets leaked by the step: ${leaks.join('; ')}`);
  return {
    exitCode: code,
    stdout,
    stderr,
    env: parseFileCommands(read(files.GITHUB_ENV)),
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    state,
    summary: read(files.GITHUB_STEP_SUMMARY),
    envFile: read(files.GITHUB_ENV),
    outputFile: read(files.GITHUB_OUTPUT),
  };
}

export function spawnNode(
  node: string,
  args: string[],
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { env: env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Checks that every secret's first appearance in stdout is its own `::add-mask::` line. */
export function firstAppearanceIsMask(stdout: string, secret: string): boolean {
  const first = stdout.indexOf(secret);
  if (first < 0) return true;
  return stdout.slice(Math.max(0, first - '::add-mask::'.length), first) === '::add-mask::';
}
