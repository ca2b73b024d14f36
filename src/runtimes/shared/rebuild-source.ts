import { OidcExchangeError } from '../../core/errors.js';
import type { HttpClient } from '../../core/http.js';
import type { SourceRecipe } from '../../core/source-recipe.js';
import type { TokenSource } from '../../core/token-supply.js';
import { azureDevOpsSource } from '../../sources/azure-devops.js';
import { managedIdentitySource } from '../../sources/azure-managed-identity.js';
import { githubSource } from '../../sources/github.js';

/**
 * A token source from its recipe (src/core/source-recipe.ts), in a process that did not choose
 * it: the background refresher. Each kind names what it needs; a new kind (Azure DevOps) adds one
 * case.
 */
export function rebuildSource(
  recipe: SourceRecipe,
  secret: string | undefined,
  http: HttpClient,
  timeoutMs: number,
): TokenSource {
  const s = recipe.settings;
  switch (recipe.kind) {
    case 'github':
      return githubSource({ requestUrl: s['requestUrl'], requestToken: secret, http });
    case 'azure-managed-identity':
      return managedIdentitySource(
        { clientId: s['clientId'] || undefined, resourceId: s['resourceId'] || undefined },
        timeoutMs,
      );
    case 'azure-devops':
      return azureDevOpsSource({
        requestUri: s['requestUri'] || undefined,
        accessToken: secret,
        serviceConnectionId: s['serviceConnectionId'] || undefined,
        http,
      });
    default:
      throw new OidcExchangeError('INTERNAL', `No way to rebuild a token source of kind '${recipe.kind}'.`);
  }
}
