import { dirname, join } from 'node:path';
import type { InputReader } from '../../../core/inputs.js';
import type { Plan } from '../../../core/plan.js';
import type { RunResult } from '../../../core/run.js';
import type { Export, RunInfo } from '../../../core/target.js';
import type { PortableSource } from '../../../core/source-recipe.js';
import type { RefresherProxy } from '../protocol.js';
import { prepareRefresh } from './prepare.js';
import { launchRefresher, type PendingRefresher, type StartedRefresher } from './launch.js';

/**
 * The main step's side of `refresh`, the same on every runner: the bundles sit side by side
 * (`<dist>/main`, `<dist>/cli`, `<dist>/refresher`) in a folder that stays for the whole job (the
 * action's folder on GitHub, the task's folder on Azure DevOps); each runtime gives its job limit.
 */

/** Whether a target will likely need the background process (federated Azure, AWS, Google Cloud, Databricks `token`). */
function needsRefresher(plan: Plan): boolean {
  return plan.targets.some(
    (t) =>
      (t.definition.name === 'azure' && t.needsToken) ||
      t.definition.name === 'aws' ||
      t.definition.name === 'gcp' ||
      (t.definition.name === 'databricks' && (t.settings as { auth?: string }).auth === 'token'),
  );
}

/**
 * Launches the refresher before the exchange when a target will likely need it: its start-up then
 * overlaps the network work instead of adding to the step.
 */
export function launchEarly(plan: Plan, env: NodeJS.ProcessEnv): PendingRefresher | undefined {
  return plan.refresh && needsRefresher(plan) ? launchRefresher(refresherScript(), env) : undefined;
}

export interface RenewableOptions {
  env: NodeJS.ProcessEnv;
  read: InputReader;
  runInfo: RunInfo;
  tempDir: string;
  source: PortableSource;
  pending: PendingRefresher | undefined;
  /** How long the job can last at most: the refresher exits by then whatever else happens. */
  jobLimitMs: number;
  /** A proxy the refresher cannot find in its environment (the Azure DevOps agent's). */
  proxy?: RefresherProxy | undefined;
  log: (line: string) => void;
  onStarted: (started: StartedRefresher) => void;
}

export async function renewableExports(
  plan: Plan,
  result: RunResult,
  options: RenewableOptions,
): Promise<{ exports: Export[]; renewal: string[] }> {
  const prepared = prepareRefresh(plan, result, {
    read: options.read,
    runInfo: options.runInfo,
    tempDir: options.tempDir,
    source: options.source,
    awsProcessCommand: [process.execPath, join(distDir(), 'aws-process', 'index.js')],
  });
  let port = 0;
  if (prepared.order) {
    const pending = options.pending ?? launchRefresher(refresherScript(), options.env);
    const started = await pending.start({
      ...prepared.order,
      deadline: Date.now() + options.jobLimitMs,
      proxy: options.proxy,
    });
    options.onStarted(started);
    port = started.port;
  } else {
    options.pending?.cancel();
  }
  for (const note of prepared.notes) options.log(`refresh: ${note}`);
  return { exports: prepared.exports(port), renewal: prepared.notes };
}

/** `<dist>`, from the running bundle's own path (`<dist>/main/index.js`). */
function distDir(): string {
  return join(dirname(process.argv[1] ?? ''), '..');
}

function refresherScript(): string {
  return join(distDir(), 'refresher', 'index.js');
}

/** What the post step needs to stop the refresher: `port:nonce:pid` (nothing secret). */
export function refresherState(started: StartedRefresher): string {
  return `${started.port}:${started.nonce}:${started.pid}`;
}
