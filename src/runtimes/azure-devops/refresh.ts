import type { Plan } from '../../core/plan.js';
import type { RunResult } from '../../core/run.js';
import type { Export } from '../../core/target.js';
import { portableSource } from '../shared/choose-source.js';
import { agentProxyForRefresher } from './proxy.js';
import { renewableExports as renewable, type RenewableOptions } from '../refresher/step/renewable-exports.js';

export { refresherState } from '../refresher/step/renewable-exports.js';
export { REFRESHER_TASK_VARIABLE } from './refresher-task-variable.js';

/**
 * `refresh` in the Azure DevOps task (the step's side is shared, ../refresher/step/renewable-exports.ts). The
 * bundles ship side by side in the task's folder (tasks/OidcExchangeV1/dist/{main,cli,refresher}),
 * which the agent keeps for the whole job. The refresher gets the job access token on stdin (the
 * one secret of the `azure-devops` source recipe) and keeps VSTS_PROCESS_LOOKUP_ID, by which the
 * agent ends the processes a job left behind.
 *
 * The backstop: a job on a Microsoft-hosted agent lasts at most 360 minutes, one on a self-hosted
 * agent as long as its `timeoutInMinutes` says (0: no limit), which the task cannot see. The
 * refresher must not leave before the job (it would free a port later steps still name), so the
 * backstop is long, 7 days; the job's end shows long before: the post-job step stops it, the
 * agent ends it by its lookup id, and it exits once the step's folder under Agent.TempDirectory
 * is gone (the agent empties that folder after every job).
 */
export const JOB_LIMIT_MS = 7 * 24 * 60 * 60_000;

export function renewableExports(
  plan: Plan,
  result: RunResult,
  options: Omit<RenewableOptions, 'source' | 'jobLimitMs'> & { accessToken: string | undefined },
): Promise<{ exports: Export[]; renewal: string[] }> {
  const { accessToken, ...rest } = options;
  return renewable(plan, result, {
    ...rest,
    source: portableSource(plan, options.env, accessToken),
    jobLimitMs: JOB_LIMIT_MS,
    proxy: agentProxyForRefresher(),
  });
}
