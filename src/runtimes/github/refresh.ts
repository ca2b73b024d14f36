import { dirname, join } from 'node:path';
import type { InputReader } from '../../core/inputs.js';
import type { Plan } from '../../core/plan.js';
import type { RunResult } from '../../core/run.js';
import type { Export, RunInfo } from '../../core/target.js';
import { portableSource } from '../shared/choose-source.js';
import { prepareRefresh } from '../shared/refresh/prepare.js';
import { startRefresher, type StartedRefresher } from '../shared/refresh/start-refresher.js';

/**
 * `refresh` on a GitHub runner: the bundles sit side by side (dist/main, dist/cli,
 * dist/refresher) in the action's folder, which stays for the whole job. The refresher's bound is
 * the job's: GitHub ends a job after 6 hours and its request token lives about 6 h 10 min
 * (PROTOCOLS.md §1.1 [I5]); the runner also ends every process a job left behind.
 */
export const REFRESHER_STATE = 'OIDC_EXCHANGE_REFRESHER';
const JOB_LIMIT_MS = 370 * 60_000;

export async function renewableExports(
  plan: Plan,
  result: RunResult,
  options: {
    env: NodeJS.ProcessEnv;
    read: InputReader;
    runInfo: RunInfo;
    tempDir: string;
    log: (line: string) => void;
    onStarted: (started: StartedRefresher) => void;
  },
): Promise<Export[]> {
  const dist = join(dirname(process.argv[1] ?? ''), '..');
  const prepared = prepareRefresh(plan, result, {
    read: options.read,
    runInfo: options.runInfo,
    tempDir: options.tempDir,
    source: portableSource(plan, options.env),
    cliCommand: [process.execPath, join(dist, 'cli', 'index.js')],
  });
  let port = 0;
  if (prepared.order) {
    const started = await startRefresher(
      join(dist, 'refresher', 'index.js'),
      { ...prepared.order, deadline: Date.now() + JOB_LIMIT_MS },
      options.env,
    );
    options.onStarted(started);
    port = started.port;
  }
  for (const note of prepared.notes) options.log(`refresh: ${note}`);
  return prepared.exports(port);
}

/** What the post step needs to stop the refresher: `port:nonce:pid` (nothing secret). */
export function refresherState(started: StartedRefresher): string {
  return `${started.port}:${started.nonce}:${started.pid}`;
}
