import type { HttpClient } from '../../core/http.js';
import type { Plan } from '../../core/plan.js';
import type { PortableSource } from '../../core/source-recipe.js';
import type { TokenSource } from '../../core/token-supply.js';
import { azureDevOpsSource } from '../../sources/azure-devops.js';
import { managedIdentitySource } from '../../sources/azure-managed-identity.js';
import { githubSource } from '../../sources/github.js';

/**
 * The token source a plan asks for. Azure DevOps: the request URI is a plain variable; the job's
 * access token is passed by the task (it reads the SystemVssConnection endpoint), or, in a script
 * step running the command line, comes from SYSTEM_ACCESSTOKEN mapped into its `env:`.
 */
export function planSource(
  plan: Plan,
  env: NodeJS.ProcessEnv,
  http: HttpClient,
  azureDevOpsAccessToken?: string,
): TokenSource {
  if (plan.source.kind === 'azure-managed-identity')
    return managedIdentitySource(plan.source, plan.timeoutMs);
  if (plan.source.kind === 'azure-devops') {
    return azureDevOpsSource({
      requestUri: env['SYSTEM_OIDCREQUESTURI'],
      accessToken: azureDevOpsAccessToken ?? env['SYSTEM_ACCESSTOKEN'],
      serviceConnectionId: plan.source.serviceConnectionId,
      http,
    });
  }
  return githubSource({
    requestUrl: env['ACTIONS_ID_TOKEN_REQUEST_URL'],
    requestToken: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
    http,
  });
}

/** The same source as a recipe for the refresher (no secret in the recipe itself). */
export function portableSource(
  plan: Plan,
  env: NodeJS.ProcessEnv,
  azureDevOpsAccessToken?: string,
): PortableSource {
  if (plan.source.kind === 'azure-devops') {
    // The job access token is the one secret: it travels as `secret`, never in the settings.
    return {
      recipe: {
        kind: 'azure-devops',
        settings: {
          requestUri: env['SYSTEM_OIDCREQUESTURI'] ?? '',
          serviceConnectionId: plan.source.serviceConnectionId ?? '',
        },
      },
      secret: azureDevOpsAccessToken ?? env['SYSTEM_ACCESSTOKEN'],
    };
  }
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
