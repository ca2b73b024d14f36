import type { Plan } from '../../core/plan.js';
import type { RunResult } from '../../core/run.js';
import type { Export } from '../../core/target.js';
import { portableSource } from '../shared/choose-source.js';
import { renewableExports as renewable, type RenewableOptions } from '../refresher/step/renewable-exports.js';

export { launchEarly, refresherState } from '../refresher/step/renewable-exports.js';

/**
 * `refresh` on a GitHub runner (the step's side is shared, ../refresher/step/renewable-exports.ts). The
 * refresher's bound is the job's: GitHub ends a job after 6 hours and its request token lives
 * about 6 h 10 min (docs/protocols.md §1.1); the runner also ends every process a job left behind.
 */
export const REFRESHER_STATE = 'OIDC_EXCHANGE_REFRESHER';
const JOB_LIMIT_MS = 370 * 60_000;

export function renewableExports(
  plan: Plan,
  result: RunResult,
  options: Omit<RenewableOptions, 'source' | 'jobLimitMs'>,
): Promise<{ exports: Export[]; renewal: string[] }> {
  return renewable(plan, result, {
    ...options,
    source: portableSource(plan, options.env),
    jobLimitMs: JOB_LIMIT_MS,
  });
}
