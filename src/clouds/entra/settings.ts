import { endpointVariableProblem } from '../../core/endpoint-variables.js';
import type { OidcExchangeError } from '../../core/errors.js';
import { invalidInput, missingInput, parseHttpsUrl, parseTenant } from '../../core/input-parsers.js';
import type { InputReader } from '../../core/inputs.js';
import { AZURE_CLOUDS, findCloud, type AzureCloud } from './clouds.js';

/**
 * The Entra identity inputs every Entra-using target reads the same way: `azure-tenant-id`,
 * `azure-cloud` and `azure-authority-host` (which falls back to AZURE_AUTHORITY_HOST in the runtime).
 */
export interface EntraLocation {
  tenantId: string | undefined;
  cloud: AzureCloud | undefined;
  /** The cloud's, or the override; no trailing slash. */
  authorityHost: string;
  /** True when the authority host is not the cloud's own (then AZURE_AUTHORITY_HOST is exported). */
  customAuthorityHost: boolean;
}

export function parseEntraLocation(
  read: InputReader,
  problems: OidcExchangeError[],
  forWhat: string,
): EntraLocation {
  const tenantRaw = read('azure-tenant-id');
  const tenantId = tenantRaw.trim() ? parseTenant('azure-tenant-id', tenantRaw, problems) : undefined;
  if (!tenantRaw.trim()) problems.push(missingInput('azure-tenant-id', forWhat));

  const cloudRaw = read('azure-cloud');
  const cloud = cloudRaw.trim() ? findCloud(cloudRaw) : AZURE_CLOUDS.AzureCloud;
  if (!cloud) problems.push(invalidInput('azure-cloud', Object.keys(AZURE_CLOUDS).join(', '), cloudRaw));
  const defaultHost = (cloud ?? AZURE_CLOUDS.AzureCloud).authorityHost;

  const hostRaw = read('azure-authority-host');
  const fromVariable = endpointVariableProblem(read, 'azure-authority-host', hostRaw);
  if (fromVariable) problems.push(fromVariable);
  const host =
    hostRaw.trim() && !fromVariable ? parseHttpsUrl('azure-authority-host', hostRaw, problems) : undefined;
  const authorityHost = (host ?? defaultHost).replace(/\/+$/, '');
  return { tenantId, cloud, authorityHost, customAuthorityHost: authorityHost !== defaultHost };
}
