import type { OidcExchangeError } from '../../core/errors.js';
import { invalidInput, missingInput, parseBoolean, parseUuid, splitList } from '../../core/input-parsers.js';
import { writtenByUser, type InputReader } from '../../core/inputs.js';
import type { TargetDefinition } from '../../core/target.js';
import { AZURE_CLOUDS, type AzureCloud } from '../../clouds/entra/clouds.js';
import { federatedCredentialCommand } from '../../clouds/entra/entra-errors.js';
import { parseEntraLocation } from '../../clouds/entra/settings.js';
import { resolveScopes, type AzureScope } from './scopes.js';

export interface AzureSettings {
  clientId: string;
  tenantId: string;
  subscriptionId: string | undefined;
  cloud: AzureCloud;
  scopes: AzureScope[];
  authorityHost: string;
  /** True when the authority host is not the cloud's own (then AZURE_AUTHORITY_HOST is exported). */
  customAuthorityHost: boolean;
  cliLogin: boolean;
  /** `token-source: azure-managed-identity`: the VM's identity itself, no federated credential. */
  managedIdentity: boolean;
}

// Not azure-tenant-id, azure-cloud or azure-authority-host: Azure Databricks (entra mode) uses
// them too, and the last two have defaults or environment fallbacks. `azure-scopes: arm` and
// `azure-cli-login: false`, the declared defaults, are what every step gets: they ask for nothing.
const AZURE_INPUTS = ['azure-client-id', 'azure-subscription-id', 'azure-scopes', 'azure-cli-login'] as const;

export const azureTarget: TargetDefinition<AzureSettings> = {
  name: 'azure',
  isRequested: (read) => AZURE_INPUTS.some((name) => writtenByUser(read, name)),
  parse(read, problems, audienceOverride) {
    const settings = parseAzureSettings(read, problems);
    return (
      settings && {
        settings,
        audience: audienceOverride ?? settings.cloud.audience,
        needsToken: !settings.managedIdentity,
      }
    );
  },
  load: () => import('./exchange.js'),
  trustFor: (settings, presented) => federatedCredentialCommand(settings.clientId, presented),
};

function parseAzureSettings(read: InputReader, problems: OidcExchangeError[]): AzureSettings | undefined {
  const before = problems.length;
  const clientRaw = read('azure-client-id');
  const clientId = clientRaw.trim() ? parseUuid('azure-client-id', clientRaw, problems) : undefined;
  if (!clientRaw.trim()) problems.push(missingInput('azure-client-id', 'for Azure'));
  const { tenantId, cloud, authorityHost, customAuthorityHost } = parseEntraLocation(
    read,
    problems,
    'for Azure',
  );
  const effectiveCloud = cloud ?? AZURE_CLOUDS.AzureCloud;
  const subscriptionRaw = read('azure-subscription-id');
  const subscriptionId = subscriptionRaw.trim()
    ? parseUuid('azure-subscription-id', subscriptionRaw, problems)
    : undefined;

  const scopeEntries = splitList(read('azure-scopes'));
  const scopes = resolveScopes(scopeEntries.length > 0 ? scopeEntries : ['arm'], effectiveCloud, problems);
  const cliLogin = parseBoolean('azure-cli-login', read('azure-cli-login'), false, problems);
  if (cliLogin && customAuthorityHost) {
    // az (2.45 tried) asks login.microsoftonline.com about any authority it does not know, even
    // after `az cloud register`: with it, the promise that no other host is contacted would break.
    problems.push(
      invalidInput(
        'azure-cli-login',
        `\`false\` with \`azure-authority-host\` (${authorityHost}): the Azure CLI signs in only at its cloud's own authority (${effectiveCloud.authorityHost}) and would contact it`,
        read('azure-cli-login'),
        'Use one or the other: later steps can still sign in with the exported AZURE_FEDERATED_TOKEN_FILE and AZURE_AUTHORITY_HOST (the Azure SDKs read them).',
      ),
    );
  }

  if (problems.length > before || !clientId || !tenantId || !cloud) return undefined;
  return {
    clientId,
    tenantId,
    subscriptionId,
    cloud,
    scopes,
    authorityHost,
    customAuthorityHost,
    cliLogin,
    managedIdentity: read('token-source').trim().toLowerCase() === 'azure-managed-identity',
  };
}
