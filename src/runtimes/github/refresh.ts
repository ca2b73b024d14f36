import type { Plan } from '../../core/plan.js';
import type { RunResult } from '../../core/run.js';
import type { Export } from '../../core/target.js';
import { portableSource } from '../shared/choose-source.js';
import { renewableExports as renewable, type RenewableOptions } from '../refresher/step/renewable-exports.js';

export { refresherState } from '../refresher/step/renewable-exports.js';

/**
 * `refresh` on a GitHub runner (the step's side is shared, ../refresher/step/renewable-exports.ts).
 * The refresher's backstop is past the job's longest life, never before it (leaving early frees a
 * port later steps still name): GitHub-hosted runners end a job after 6 hours (its request token
 * lives about 6 h 10 min, docs/protocols.md §1.1); a self-hosted runner lets one run up to 5 days.
 * RUNNER_ENVIRONMENT says which (`github-hosted` or `self-hosted`); anything else is taken as
 * self-hosted, the longer. Normally the job's end shows first: the post step stops the refresher,
 * the runner empties its temp folder and ends the processes a job left behind.
 */
export const REFRESHER_STATE = 'OIDC_EXCHANGE_REFRESHER';

export function githubJobLimitMs(env: NodeJS.ProcessEnv): number {
  return env['RUNNER_ENVIRONMENT'] === 'github-hosted' ? 370 * 60_000 : (5 * 24 * 60 + 10) * 60_000;
}

export function renewableExports(
  plan: Plan,
  result: RunResult,
  options: Omit<RenewableOptions, 'source' | 'jobLimitMs'>,
): Promise<{ exports: Export[]; renewal: string[] }> {
  return renewable(plan, result, {
    ...options,
    source: portableSource(plan, options.env),
    jobLimitMs: githubJobLimitMs(options.env),
  });
}
