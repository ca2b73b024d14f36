import type { HttpClient } from '../../../core/http.js';
import type { Logger } from '../../../core/log.js';
import type { Plan, PlannedTarget } from '../../../core/plan.js';
import { targetContext } from '../../../core/run.js';
import type { Grant, TargetContext, TokenSupply } from '../../../core/target.js';
import type { Minter } from './mint.js';

/**
 * Runs one of the plan's targets again, as the main step did, with freshly minted and verified
 * tokens: the refresher's way to get new Databricks tokens, and to log the Azure CLI in again.
 */
export interface TargetRunner {
  target: PlannedTarget;
  run(tokens?: TokenSupply): Promise<Grant>;
  context(tokens: TokenSupply): TargetContext;
}

export function targetRunner(
  plan: Plan,
  name: string,
  deps: {
    http: HttpClient;
    log: Logger;
    minter: Minter;
    tempDir: string;
    childEnv: Record<string, string | undefined>;
  },
): TargetRunner | undefined {
  const target = plan.targets.find((t) => t.definition.name === name);
  if (!target) return undefined;
  // Nothing of the refresher's reaches a log, so there is no masker to register secrets with.
  const services = { ...deps, registerSecret: () => undefined, now: () => new Date() };
  const context = (tokens: TokenSupply): TargetContext => targetContext(plan, services, tokens);
  return {
    target,
    context,
    async run() {
      // The supply verifies each token before the exchange sends it anywhere.
      const module = await target.definition.load();
      return module.exchange(target.settings, context(deps.minter.supply(target.audience)));
    },
  };
}
