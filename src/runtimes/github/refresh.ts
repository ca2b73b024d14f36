import { dirname, join } from 'node:path';
import type { InputReader } from '../../core/inputs.js';
import type { Plan } from '../../core/plan.js';
import type { RunResult } from '../../core/run.js';
import type { Export, RunInfo } from '../../core/target.js';
import { portableSource } from '../shared/choose-source.js';
import { prepareRefresh } from '../shared/refresh/prepare.js';
import {
  launchRefresher,
  type PendingRefresher,
  type StartedRefresher,
} from '../shared/refresh/start-refresher.js';

/**
 * `refresh` on a GitHub runner: the bundles sit side by side (dist/main, dist/cli,
 * dist/refresher) in the action's folder, which stays for the whole job. The refresher's bound is
 * the job's: GitHub ends a job after 6 hours and its request token lives about 6 h 10 min
 * (PROTOCOLS.md §1.1 [I5]); the runner also ends every process a job left behind.
 */
export const REFRESHER_STATE = 'OIDC_EXCHANGE_REFRESHER';
const JOB_LIMIT_MS = 370 * 60_000;

/**
 * Launches the refresher before the exchange when a target will likely need it (Azure with a
 * federated token, Databricks with `databricks-auth: token`): its start-up then overlaps the
 * network work instead of adding to the step.
 */
export function launchEarly(plan: Plan, env: NodeJS.ProcessEnv): PendingRefresher | undefined {
  const needs = plan.targets.some(
    (t) =>
      (t.definition.name === 'azure' && t.needsToken) ||
      (t.definition.name === 'databricks' && (t.settings as { auth?: string }).auth === 'token'),
  );
  return plan.refresh && needs ? launchRefresher(join(distDir(), 'refresher', 'index.js'), env) : undefined;
}

export async function renewableExports(
  plan: Plan,
  result: RunResult,
  options: {
    env: NodeJS.ProcessEnv;
    read: InputReader;
    runInfo: RunInfo;
    tempDir: string;
    pending: PendingRefresher | undefined;
    log: (line: string) => void;
    onStarted: (started: StartedRefresher) => void;
  },
): Promise<{ exports: Export[]; renewal: string[] }> {
  const prepared = prepareRefresh(plan, result, {
    read: options.read,
    runInfo: options.runInfo,
    tempDir: options.tempDir,
    source: portableSource(plan, options.env),
    cliCommand: [process.execPath, join(distDir(), 'cli', 'index.js')],
  });
  let port = 0;
  if (prepared.order) {
    const pending = options.pending ?? launchRefresher(join(distDir(), 'refresher', 'index.js'), options.env);
    const started = await pending.start({ ...prepared.order, deadline: Date.now() + JOB_LIMIT_MS });
    options.onStarted(started);
    port = started.port;
  } else {
    options.pending?.cancel();
  }
  for (const note of prepared.notes) options.log(`refresh: ${note}`);
  return { exports: prepared.exports(port), renewal: prepared.notes };
}

/** dist/, from the running bundle's own path (dist/main/index.js). */
function distDir(): string {
  return join(dirname(process.argv[1] ?? ''), '..');
}

/** What the post step needs to stop the refresher: `port:nonce:pid` (nothing secret). */
export function refresherState(started: StartedRefresher): string {
  return `${started.port}:${started.nonce}:${started.pid}`;
}
