import { invalidInput, type Problems } from '../../core/input-parsers.js';
import type { AzureCloud, ScopeAlias } from '../../clouds/entra/clouds.js';

/**
 * `azure-scopes` entries: an alias (`arm`, `keyvault`…) resolved for the cloud, or a full scope.
 * Entra takes one resource per request (docs/protocols.md §2.1), so each entry is its own exchange.
 */
export interface AzureScope {
  /** What the user wrote. */
  given: string;
  /** `<resource>/.default`. */
  scope: string;
  /** The output name: `azure-access-token` for the first, `azure-access-token-<key>` after. */
  outputName: string;
}

const ALIASES: readonly ScopeAlias[] = ['arm', 'keyvault', 'storage', 'graph', 'ml', 'databricks'];
const INPUT = 'azure-scopes';

export function resolveScopes(entries: string[], cloud: AzureCloud, problems: Problems): AzureScope[] {
  const scopes: AzureScope[] = [];
  for (const given of entries) {
    const scope = resolveOne(given, cloud, problems);
    if (scope === undefined) continue;
    const key = outputKey(given, scope);
    const outputName = scopes.length === 0 ? 'azure-access-token' : `azure-access-token-${key}`;
    if (scopes.some((s) => s.scope === scope)) {
      problems.push(invalidInput(INPUT, 'a list without repeats', given));
      continue;
    }
    scopes.push({ given, scope, outputName });
  }
  return scopes;
}

function resolveOne(given: string, cloud: AzureCloud, problems: Problems): string | undefined {
  const alias = ALIASES.find((a) => a === given.toLowerCase());
  if (alias) {
    const resource = cloud.resources[alias];
    if (resource === undefined) {
      problems.push(
        invalidInput(INPUT, `a scope that ${cloud.name} has; give \`${alias}\` as a full scope there`, given),
      );
      return undefined;
    }
    return `${resource}/.default`;
  }
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/\.default)?$/i.test(given)) {
    return given.endsWith('/.default') ? given : `${given}/.default`;
  }
  let url: URL | undefined;
  try {
    url = new URL(given);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'api:') && url.search === '' && url.hash === '') {
    const resource = given.replace(/\/\.default$/, '').replace(/\/+$/, '');
    return `${resource}/.default`;
  }
  problems.push(
    invalidInput(INPUT, `one of ${ALIASES.join(', ')}, a resource URL or \`<resource>/.default\``, given),
  );
  return undefined;
}

function outputKey(given: string, scope: string): string {
  const alias = ALIASES.find((a) => a === given.toLowerCase());
  if (alias) return alias;
  const resource = scope.replace(/\/\.default$/, '');
  const host = /^[a-z]+:\/\/([^/]+)/i.exec(resource)?.[1] ?? resource;
  return host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
