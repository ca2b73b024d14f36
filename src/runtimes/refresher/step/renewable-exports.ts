import { dirname, join } from 'node:path';
import type { InputReader } from '../../../core/inputs.js';
import type { Plan } from '../../../core/plan.js';
import type { RunResult } from '../../../core/run.js';
import type { Export, RunInfo } from '../../../core/target.js';
import type { PortableSource } from '../../../core/source-recipe.js';
import type { RefresherProxy } from '../protocol.js';
import { prepareRefresh } from './prepare.js';
import { launchRefresher, type StartedRefresher } from './launch.js';

/**
 * The main step's side of `refresh`, the same on every runner: the bundles sit side by side
 * (`<dist>/main`, `<dist>/cli`, `<dist>/refresher`) in a folder that stays for the whole job (the
 * action's folder on GitHub, the task's folder on Azure DevOps); each runtime gives its job limit.
 */

export interface RenewableOptions {
  env: NodeJS.ProcessEnv;
  read: InputReader;
  runInfo: RunInfo;
  tempDir: string;
  source: PortableSource;
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
    // Launched once the exchange is done, not before it: the fork (the step waits for the exec)
    // then holds up none of the step's requests, and the refresher's start-up competes with none
    // of them for the cores, only with the step's last writes. Measured: docs/development.md.
    const started = await launchRefresher(refresherScript(), options.env).start({
      ...prepared.order,
      deadline: Date.now() + options.jobLimitMs,
      proxy: options.proxy,
    });
    options.onStarted(started);
    port = started.port;
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
