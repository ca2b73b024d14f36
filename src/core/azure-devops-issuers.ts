/**
 * The two issuer families of Azure DevOps ID tokens (docs/protocols.md §6.2, §6.4–6.5):
 *
 * - `vstoken`, the Azure DevOps issuer: `https://vstoken.dev.azure.com/<collection id>`, subjects
 *   `sc://org/project/connection` (a service connection) or `p://org/project/pipeline` (the
 *   pipeline itself), audience `api://AzureADTokenExchange`. Deprecated for Azure connections
 *   from July 2026, retired July 2027; still what other connections and the pipeline token get.
 * - `entra`: the connection's tenant at its Entra authority, `<authority>/<tenant>/v2.0`, subjects
 *   `/eid1/c/pub/t/<tenant>/a/<app>/sc/<org id>/<connection id>`, audience the GUID of the AAD
 *   token exchange app (the federated credential still says `api://AzureADTokenExchange`).
 *
 * Which one a connection uses is decided in Azure DevOps, not in the pipeline, so a step accepts
 * both unless `issuer` names one.
 */
export type AdoFamilyName = 'vstoken' | 'entra';

export interface AdoIssuer {
  family: AdoFamilyName;
  issuer: string;
}

/** What the runtime knows of the Azure DevOps run and its service connection. */
export interface AzureDevOpsRunInfo {
  /** System.CollectionId: the organisation's GUID. */
  collectionId?: string | undefined;
  /** The service connection's id (the connectedService input gives the id, never the name). */
  serviceConnectionId?: string | undefined;
  /** The connection's `tenantid` auth parameter. */
  tenantId?: string | undefined;
  /** The connection's Entra authority (its `activeDirectoryAuthority` data), e.g. https://login.microsoftonline.com. */
  authorityHost?: string | undefined;
}

/** What the claim check needs to know about an Azure DevOps token. */
export interface AzureDevOpsExpectations {
  issuers: AdoIssuer[];
  serviceConnectionId: string | undefined;
  /**
   * The connection's Entra issuer, from the run's facts even when `issuer` names the Azure DevOps
   * one: the issuer migration's new trust needs it before the connection is converted.
   */
  entraIssuer?: string | undefined;
}

export const ADO_AUDIENCE = 'api://AzureADTokenExchange';
/** The "AAD Token Exchange Endpoint" app id: the `aud` of Entra-issued Azure DevOps tokens. */
export const TOKEN_EXCHANGE_APP_ID = 'fb60f99c-7a34-4190-8149-302f77469936';
export const ADO_AUDIENCES: readonly string[] = [ADO_AUDIENCE, TOKEN_EXCHANGE_APP_ID];
/** The family default; an `issuer` input replaces it. */
export const VSTOKEN_ISSUER_BASE = 'https://vstoken.dev.azure.com';

/** The issuers a step accepts: the one `issuer` names, else each family the run's facts allow. */
export function adoIssuers(run: AzureDevOpsRunInfo, issuerInput: string | undefined): AdoIssuer[] {
  if (issuerInput) return [{ family: familyOfIssuer(issuerInput), issuer: issuerInput }];
  const issuers: AdoIssuer[] = [];
  const entra = entraIssuerOf(run);
  if (entra) issuers.push({ family: 'entra', issuer: entra });
  if (run.collectionId)
    issuers.push({ family: 'vstoken', issuer: `${VSTOKEN_ISSUER_BASE}/${run.collectionId}` });
  return issuers;
}

/** The connection's Entra issuer, `<authority>/<tenant>/v2.0`, when the run names its tenant and authority. */
export function entraIssuerOf(run: AzureDevOpsRunInfo): string | undefined {
  return run.tenantId && run.authorityHost
    ? `${run.authorityHost.replace(/\/+$/, '')}/${run.tenantId}/v2.0`
    : undefined;
}

/** Entra issuers end in `/<tenant>/v2.0`; anything else is taken for the Azure DevOps issuer. */
export function familyOfIssuer(issuer: string): AdoFamilyName {
  return /\/[^/]+\/v2\.0\/?$/.test(issuer) ? 'entra' : 'vstoken';
}

/** The family a token comes from, by its subject first (its form is unmistakable), else its issuer. */
export function familyOfToken(claims: Record<string, unknown>): AdoFamilyName {
  const sub = claims['sub'];
  if (typeof sub === 'string' && sub.startsWith('/eid1/')) return 'entra';
  if (typeof sub === 'string' && /^(sc|p):\/\//.test(sub)) return 'vstoken';
  return familyOfIssuer(typeof claims['iss'] === 'string' ? claims['iss'] : '');
}

export function describeFamily(family: AdoFamilyName): string {
  return family === 'entra'
    ? 'the Entra issuer family (`<authority>/<tenant>/v2.0`, subjects `/eid1/…/sc/<org id>/<connection id>`)'
    : 'the Azure DevOps issuer family (`https://vstoken.dev.azure.com/<org id>`, subjects `sc://org/project/connection`)';
}

/** The federated credential that accepts exactly this token (Entra maps the GUID audience to the URI). */
export function federatedCredentialFor(claims: Record<string, unknown>): string {
  const text = (name: string) => {
    const value = claims[name];
    return typeof value === 'string' ? value : '?';
  };
  return `issuer '${text('iss')}', subject '${text('sub')}', audience '${ADO_AUDIENCE}'`;
}
