import type { OidcExchangeError } from '../../core/errors.js';
import {
  invalidInput,
  missingInput,
  parseBoolean,
  parseHttpsUrl,
  parseTenant,
  parseUuid,
  splitList,
} from '../../core/input-parsers.js';
import type { InputReader } from '../../core/inputs.js';
import type { TargetDefinition } from '../../core/target.js';
import { AZURE_CLOUDS, findCloud, type AzureCloud } from './clouds.js';
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
}

const AZURE_INPUTS = [
  'azure-client-id',
  'azure-tenant-id',
  'azure-subscription-id',
  'azure-scopes',
  'azure-cli-login',
] as const;

export const azureTarget: TargetDefinition<AzureSettings> = {
  name: 'azure',
  // azure-cloud and azure-authority-host alone do not ask for Azure: they have defaults/env fallbacks.
  isRequested: (read) => AZURE_INPUTS.some((name) => read(name).trim() !== ''),
  parse(read, problems, audienceOverride) {
    const settings = parseAzureSettings(read, problems);
    return settings && { settings, audience: audienceOverride ?? settings.cloud.audience };
  },
  load: () => import('./exchange.js'),
};

function parseAzureSettings(read: InputReader, problems: OidcExchangeError[]): AzureSettings | undefined {
  const before = problems.length;
  const why = 'for Azure';
  const clientRaw = read('azure-client-id');
  const tenantRaw = read('azure-tenant-id');
  const clientId = clientRaw.trim() ? parseUuid('azure-client-id', clientRaw, problems) : undefined;
  if (!clientRaw.trim()) problems.push(missingInput('azure-client-id', why));
  const tenantId = tenantRaw.trim() ? parseTenant('azure-tenant-id', tenantRaw, problems) : undefined;
  if (!tenantRaw.trim()) problems.push(missingInput('azure-tenant-id', why));
  const subscriptionRaw = read('azure-subscription-id');
  const subscriptionId = subscriptionRaw.trim()
    ? parseUuid('azure-subscription-id', subscriptionRaw, problems)
    : undefined;

  const cloudRaw = read('azure-cloud');
  const cloud = cloudRaw.trim() ? findCloud(cloudRaw) : AZURE_CLOUDS.AzureCloud;
  if (!cloud) problems.push(invalidInput('azure-cloud', Object.keys(AZURE_CLOUDS).join(', '), cloudRaw));
  const effectiveCloud = cloud ?? AZURE_CLOUDS.AzureCloud;

  const hostRaw = read('azure-authority-host');
  const host = hostRaw.trim() ? parseHttpsUrl('azure-authority-host', hostRaw, problems) : undefined;
  const authorityHost = (host ?? effectiveCloud.authorityHost).replace(/\/+$/, '');

  const scopeEntries = splitList(read('azure-scopes'));
  const scopes = resolveScopes(scopeEntries.length > 0 ? scopeEntries : ['arm'], effectiveCloud, problems);
  const cliLogin = parseBoolean('azure-cli-login', read('azure-cli-login'), false, problems);

  if (problems.length > before || !clientId || !tenantId || !cloud) return undefined;
  return {
    clientId,
    tenantId,
    subscriptionId,
    cloud,
    scopes,
    authorityHost,
    customAuthorityHost: authorityHost !== cloud.authorityHost,
    cliLogin,
  };
}
