import type { HttpClient } from '../../core/http.js';
import type { Plan } from '../../core/plan.js';
import type { PortableSource } from '../../core/source-recipe.js';
import type { TokenSource } from '../../core/token-supply.js';
import { managedIdentitySource } from '../../sources/azure-managed-identity.js';
import { githubSource } from '../../sources/github.js';

/** The token source a plan asks for, on a GitHub runner (the CLI adds files and variables). */
export function planSource(plan: Plan, env: NodeJS.ProcessEnv, http: HttpClient): TokenSource {
  if (plan.source.kind === 'azure-managed-identity')
    return managedIdentitySource(plan.source, plan.timeoutMs);
  return githubSource({
    requestUrl: env['ACTIONS_ID_TOKEN_REQUEST_URL'],
    requestToken: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
    http,
  });
}

/** The same source as a recipe for the refresher (no secret in the recipe itself). */
export function portableSource(plan: Plan, env: NodeJS.ProcessEnv): PortableSource {
  if (plan.source.kind === 'azure-managed-identity') {
    return {
      recipe: {
        kind: 'azure-managed-identity',
        settings: { clientId: plan.source.clientId ?? '', resourceId: plan.source.resourceId ?? '' },
      },
      secret: undefined,
    };
  }
  return {
    recipe: { kind: 'github', settings: { requestUrl: env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '' } },
    secret: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
  };
}
