import type { OidcExchangeError } from '../../core/errors.js';
import { invalidInput, missingInput, parseHttpsUrl, parseUuid } from '../../core/input-parsers.js';
import { writtenByUser, type InputReader } from '../../core/inputs.js';
import type { RunInfo, TargetDefinition } from '../../core/target.js';
import type { AzureCloud } from '../../clouds/entra/clouds.js';
import { federatedCredentialCommand } from '../../clouds/entra/entra-errors.js';
import { parseEntraLocation } from '../../clouds/entra/settings.js';
import { federationPolicyCommand } from './errors.js';
import type { EntraApp } from '../../clouds/entra/token-getter.js';

/**
 * Databricks workload identity federation (docs/protocols.md §4): the CI token is exchanged at the
 * workspace or the account for a Databricks token (RFC 8693). The audience, where `audience` is
 * not given, is what the Databricks CLI and SDKs request by default (§4.3): the workspace's token
 * endpoint URL, or the account id for an account host; so a policy written for their `github-oidc`
 * auth type works here unchanged.
 */
export interface DatabricksSettings {
  host: string;
  accountId: string | undefined;
  isAccountHost: boolean;
  clientId: string | undefined;
  tokenEndpoint: string;
  /** What later steps get: the minted token, or the settings for the CLI/SDKs' own OIDC. */
  auth: 'token' | 'oidc';
  ci: RunInfo['ci'];
  /** Mode `entra` (Azure Databricks): an Entra token for the AzureDatabricks resource instead of federation. */
  entra: EntraMode | undefined;
}

export interface EntraMode {
  app: EntraApp;
  cloud: AzureCloud;
  /** With it, the check call carries the SP-management headers that add the SP to the workspace. */
  workspaceResourceId: string | undefined;
}

export const databricksTarget: TargetDefinition<DatabricksSettings> = {
  name: 'databricks',
  isRequested: (read) => writtenByUser(read, 'databricks-host'),
  parse(read, problems, audienceOverride, run) {
    const settings = parseDatabricksSettings(read, problems, run);
    if (!settings) return undefined;
    const sdkDefault = settings.isAccountHost ? (settings.accountId ?? '') : settings.tokenEndpoint;
    // Entra mode presents the token to Entra, which wants the cloud's federated-credential audience.
    const audience = audienceOverride ?? settings.entra?.cloud.audience ?? sdkDefault;
    return { settings, audience };
  },
  load: () => import('./exchange.js'),
  trustFor: (settings, presented) =>
    settings.entra
      ? federatedCredentialCommand(settings.entra.app.clientId, presented)
      : federationPolicyCommand(settings, presented),
};

/** The SDKs' rule (docs/protocols.md §4.1): a host starting `accounts.` or `accounts-dod.` is the account console. */
export function isAccountHost(host: string): boolean {
  return /^https:\/\/accounts(-dod)?\./i.test(host);
}

function parseDatabricksSettings(
  read: InputReader,
  problems: OidcExchangeError[],
  run: RunInfo,
): DatabricksSettings | undefined {
  const before = problems.length;
  const hostRaw = read('databricks-host');
  const host = hostRaw.trim() ? parseHttpsUrl('databricks-host', hostRaw, problems) : undefined;
  if (host !== undefined && new URL(host).pathname.replace(/\/+$/, '') !== '') {
    problems.push(
      invalidInput(
        'databricks-host',
        'a workspace or account URL with no path, like https://dbc-1234.cloud.databricks.com',
        hostRaw,
      ),
    );
  }
  const clientRaw = read('databricks-client-id');
  const clientId = clientRaw.trim() ? parseUuid('databricks-client-id', clientRaw, problems) : undefined;
  const accountRaw = read('databricks-account-id');
  const accountId = accountRaw.trim() ? parseUuid('databricks-account-id', accountRaw, problems) : undefined;
  const base = (host ?? '').replace(/\/+$/, '');
  const account = isAccountHost(base);
  if (host && account && !accountRaw.trim()) {
    problems.push(missingInput('databricks-account-id', `for the account host ${base}`));
  }
  const authRaw = read('databricks-auth').trim().toLowerCase();
  if (authRaw !== '' && authRaw !== 'token' && authRaw !== 'oidc') {
    problems.push(invalidInput('databricks-auth', '`token` or `oidc`', read('databricks-auth')));
  }
  const auth = authRaw === 'oidc' ? 'oidc' : 'token';
  if (auth === 'oidc' && !clientRaw.trim()) {
    problems.push(
      missingInput('databricks-client-id', 'with `databricks-auth: oidc` (the CLI and SDKs need it)'),
    );
  }
  if (auth === 'oidc') checkLaterStepsMintTheSameToken(read, problems, run);
  const entra = parseEntraMode(read, problems, auth, clientId);
  if (problems.length > before || !host) return undefined;
  return {
    host: base,
    accountId,
    isAccountHost: account,
    clientId,
    tokenEndpoint: account ? `${base}/oidc/accounts/${accountId ?? ''}/v1/token` : `${base}/oidc/v1/token`,
    auth,
    ci: run.ci,
    entra,
  };
}

/**
 * `databricks-auth: oidc` hands later steps the CLI's and SDKs' own CI token source: `github-oidc`
 * mints the GitHub job's token, `azure-devops-oidc` the pipeline's own token (its request names no
 * service connection: docs/protocols.md §4.5). That is the
 * token this step checked only when it is the CI's own token too; with a service connection's
 * token, or a managed identity's, later steps would present a token with another subject (or
 * issuer), which the federation policy written for this step's token refuses.
 */
function checkLaterStepsMintTheSameToken(read: InputReader, problems: OidcExchangeError[], run: RunInfo) {
  const source = read('token-source').trim().toLowerCase();
  const given = read('databricks-auth');
  if (source === 'azure-managed-identity') {
    problems.push(
      invalidInput(
        'databricks-auth',
        '`token` with `token-source: azure-managed-identity` (with `oidc`, later steps would mint the CI job’s token, not the managed identity’s)',
        given,
      ),
    );
  } else if (run.ci === 'azure-devops' && run.azureDevOps?.serviceConnectionId) {
    problems.push(
      invalidInput(
        'databricks-auth',
        '`token` with the service connection `azure-subscription`: with `oidc`, later steps use the Databricks SDKs’ `azure-devops-oidc`, which requests the pipeline’s own token (`p://…`), not the connection’s token this step checked; for `oidc`, leave `azure-subscription` out of this step',
        given,
      ),
    );
  }
}

function parseEntraMode(
  read: InputReader,
  problems: OidcExchangeError[],
  auth: DatabricksSettings['auth'],
  clientId: string | undefined,
): EntraMode | undefined {
  const mode = read('databricks-mode').trim().toLowerCase();
  if (mode === '' || mode === 'federation') return undefined;
  if (mode !== 'entra') {
    problems.push(invalidInput('databricks-mode', '`federation` or `entra`', read('databricks-mode')));
    return undefined;
  }
  const why = 'with `databricks-mode: entra`';
  if (!read('databricks-client-id').trim()) {
    problems.push(
      missingInput('databricks-client-id', `${why} (the service principal's Entra application id)`),
    );
  }
  if (auth === 'oidc') {
    problems.push(
      invalidInput('databricks-auth', '`token` with `databricks-mode: entra`', read('databricks-auth')),
    );
  }
  const location = parseEntraLocation(read, problems, why);
  const resourceRaw = read('databricks-azure-workspace-resource-id').trim();
  if (resourceRaw && !WORKSPACE_RESOURCE_ID.test(resourceRaw)) {
    problems.push(
      invalidInput(
        'databricks-azure-workspace-resource-id',
        'an Azure resource id like /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Databricks/workspaces/<name>',
        resourceRaw,
      ),
    );
  }
  if (!clientId || !location.tenantId || !location.cloud) return undefined;
  return {
    app: { clientId, tenantId: location.tenantId, authorityHost: location.authorityHost },
    cloud: location.cloud,
    workspaceResourceId: resourceRaw || undefined,
  };
}

const WORKSPACE_RESOURCE_ID =
  /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.Databricks\/workspaces\/[^/]+$/i;
