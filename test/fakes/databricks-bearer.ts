import { addServicePrincipal, findServicePrincipal } from './databricks-directory.ts';
import type { Directory, Principal } from './databricks-directory.ts';
import { api } from './databricks-errors.ts';
import type { ApiError } from './databricks-errors.ts';
import type { IssuedDatabricksToken } from './databricks-tokens.ts';
import { decodeJwt, verifyRs256 } from './signing-keys.ts';
import type { PublicJwk } from './signing-keys.ts';

/** The AzureDatabricks first-party app: the resource of Entra tokens for Databricks (§4.6). */
export const azureDatabricksAppId = '2ff814a6-3304-4ab8-85cb-cd0e6f879c1d';

// Audiences of Entra tokens for the Azure service-management endpoint, public/US Gov/China (§4.6).
const managementAudiences = [
  'https://management.core.windows.net/',
  'https://management.core.usgovcloudapi.net/',
  'https://management.core.chinacloudapi.cn/',
];

/** An Entra tenant whose access tokens this (Azure) workspace accepts. */
export interface EntraTrust {
  tenantId: string;
  /** The tenant's signing keys; read on each request so that rotation shows. */
  jwks: () => { keys: PublicJwk[] };
}

export interface BearerContext {
  dir: Directory;
  findIssued: (accessToken: string) => IssuedDatabricksToken | undefined;
  entra: EntraTrust[];
  /** What `X-Databricks-Azure-Workspace-Resource-Id` must name to add an SP (compared case-insensitively). */
  workspaceResourceId: string;
}

export type BearerResult =
  | { ok: true; principal: Principal; via: 'databricks' | 'entra'; addedToWorkspace: boolean }
  | { ok: false; error: ApiError; reason: string };

/**
 * Authenticates a workspace API call: a token the fake minted, or (Azure Databricks) an Entra
 * access token for the AzureDatabricks app whose SP is in the workspace, or is added to it by
 * the SP-management headers (docs/protocols.md §4.6).
 */
export function authenticate(headers: Record<string, string>, ctx: BearerContext): BearerResult {
  const fail = (error: ApiError, reason: string): BearerResult => ({ ok: false, error, reason });
  const bearer = /^Bearer (\S+)$/i.exec(headers['authorization'] ?? '')?.[1];
  if (bearer === undefined) return fail(api.credentialNotSent(), 'no bearer token');

  const issued = ctx.findIssued(bearer);
  if (issued) {
    // Databricks answers 403 to an expired OAuth token (n8n-io/n8n#34147); the body is assumed.
    if (Date.now() >= issued.expiresOn.getTime()) return fail(api.invalidAccessToken(), 'token expired');
    if (!issued.principal.inWorkspace) return fail(api.userNotAuthorized(), 'principal not in workspace');
    return { ok: true, principal: issued.principal, via: 'databricks', addedToWorkspace: false };
  }

  const entra = verifyEntraToken(bearer, ctx.entra, [azureDatabricksAppId]);
  if (!entra.ok) return fail(entra.error, entra.reason);
  const principal = findServicePrincipal(ctx.dir, entra.appId);
  if (principal?.inWorkspace) return { ok: true, principal, via: 'entra', addedToWorkspace: false };

  const managementToken = headers['x-databricks-azure-sp-management-token'];
  const resourceId = headers['x-databricks-azure-workspace-resource-id'];
  if (managementToken === undefined || resourceId === undefined) {
    return fail(api.userNotAuthorized(), `service principal ${entra.appId} is not in the workspace`);
  }
  const management = verifyEntraToken(managementToken, ctx.entra, managementAudiences);
  if (!management.ok) return fail(api.userNotAuthorized(), `management token: ${management.reason}`);
  if (management.appId.toLowerCase() !== entra.appId.toLowerCase()) {
    return fail(api.userNotAuthorized(), 'management token is for another app');
  }
  if (resourceId.toLowerCase() !== ctx.workspaceResourceId.toLowerCase()) {
    return fail(api.userNotAuthorized(), `workspace resource id ${resourceId} is not this workspace`);
  }
  // The SP needs Contributor or Owner on the workspace resource (§4.6); the fake grants that.
  const added =
    principal ?? addServicePrincipal(ctx.dir, { applicationId: entra.appId, displayName: entra.appId });
  added.inWorkspace = true;
  return { ok: true, principal: added, via: 'entra', addedToWorkspace: true };
}

type EntraResult = { ok: true; appId: string } | { ok: false; error: ApiError; reason: string };

function verifyEntraToken(token: string, trusts: EntraTrust[], audiences: string[]): EntraResult {
  const fail = (reason: string, error = api.invalidAccessToken()): EntraResult => ({
    ok: false,
    error,
    reason,
  });
  const decoded = decodeJwt(token);
  if (!decoded) return fail('not a JWT and not a token this workspace issued');
  const { header, payload } = decoded;
  const tid = typeof payload['tid'] === 'string' ? payload['tid'].toLowerCase() : '';
  const trust = trusts.find((t) => t.tenantId.toLowerCase() === tid);
  const issuers = [`https://sts.windows.net/${tid}/`, `https://login.microsoftonline.com/${tid}/v2.0`];
  if (!trust || !issuers.includes(String(payload['iss']).toLowerCase())) {
    return fail(`issuer ${String(payload['iss'])} is not a trusted Entra tenant`);
  }
  const keys = trust.jwks().keys.filter((key) => key.kid === header['kid']);
  if (header['alg'] !== 'RS256' || !keys.some((key) => verifyRs256(token, key))) {
    return fail('Entra token signature does not verify');
  }
  const exp = typeof payload['exp'] === 'number' ? payload['exp'] : 0;
  const now = Date.now() / 1000;
  if (now >= exp) return fail('Entra token expired', api.tokenExpired());
  if (exp - now < 30) return fail('Entra token expires within 30 s', api.tokenExpiringSoon());
  if (!audiences.includes(String(payload['aud']))) return fail(`audience ${String(payload['aud'])}`);
  // v1 tokens name the client in `appid`, v2 tokens in `azp`.
  const appId = payload['appid'] ?? payload['azp'];
  if (typeof appId !== 'string') return fail('Entra token names no app');
  return { ok: true, appId };
}
