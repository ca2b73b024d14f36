import { findServicePrincipal, principalNamed } from './databricks-directory.ts';
import type { Directory, FederationPolicy, Principal } from './databricks-directory.ts';
import { fetchIssuerKeys } from './fetch-json.ts';
import { decodeJwt, verifyRs256 } from './signing-keys.ts';

export interface FederationMatch {
  policy: FederationPolicy;
  principal: Principal;
  /** The value of the policy's subject claim. */
  subject: string;
  /** The token audience that the policy accepted. */
  audience: string;
  claims: Record<string, unknown>;
  /** The federated token's `exp` (seconds). */
  expiresAt: number;
}

/** `reason` is for the test log only: Databricks does not tell the caller which check failed. */
export type FederationResult = { ok: true; match: FederationMatch } | { ok: false; reason: string };

export interface FederationSettings {
  accountId: string;
  externalFetchTimeoutMs: number;
}

/**
 * Finds the federation policy that accepts `token` (docs/protocols.md §4.3): with a `client_id` only that
 * SP's policies apply, without one only account-wide ones. The issuer must match exactly, the
 * token is verified with the keys Databricks fetches itself from the issuer's discovery document
 * and JWKS, it must not be expired, one `aud` must be among the policy's audiences (default: the
 * account id) and the subject claim must equal the policy's subject (SP policy, case-sensitive) or
 * name a user or SP of the account (account-wide policy).
 */
export async function matchFederation(
  token: string,
  clientId: string | undefined,
  dir: Directory,
  settings: FederationSettings,
): Promise<FederationResult> {
  const fail = (reason: string): FederationResult => ({ ok: false, reason });
  const candidates = dir.policies.filter((p) =>
    clientId === undefined
      ? p.kind === 'account'
      : p.kind === 'servicePrincipal' && p.applicationId.toLowerCase() === clientId.toLowerCase(),
  );
  if (candidates.length === 0) {
    return fail(clientId === undefined ? 'no account-wide policy' : `no policy for client_id ${clientId}`);
  }
  const decoded = decodeJwt(token);
  if (!decoded) return fail('subject_token is not a JWT');
  const { header, payload } = decoded;
  const iss = payload['iss'];
  const byIssuer = candidates.filter((p) => p.issuer === iss);
  if (byIssuer.length === 0) return fail(`no policy for issuer ${String(iss)}`);

  const keys = await fetchIssuerKeys(String(iss), settings.externalFetchTimeoutMs);
  if (!keys) return fail(`could not fetch the discovery document or JWKS of ${String(iss)}`);
  const kid = header['kid'];
  const issuerKeys = kid === undefined ? keys : keys.filter((key) => key['kid'] === kid);
  // Databricks also takes ES256 (§4.2); the fake issuers only sign RS256.
  if (header['alg'] !== 'RS256' || !issuerKeys.some((key) => verifyRs256(token, key))) {
    return fail('signature does not verify with the issuer keys');
  }
  const exp = payload['exp'];
  const now = Date.now() / 1000;
  if (typeof exp !== 'number' || now >= exp) return fail('subject_token is expired');
  if (typeof payload['nbf'] === 'number' && now < payload['nbf']) return fail('subject_token not yet valid');

  const aud = payload['aud'];
  const tokenAudiences = (Array.isArray(aud) ? aud : [aud]).filter((a): a is string => typeof a === 'string');
  const byAudience = byIssuer.filter((p) =>
    accepted(p, settings.accountId).some((a) => tokenAudiences.includes(a)),
  );
  if (byAudience.length === 0) return fail(`audience ${tokenAudiences.join(',')} is not accepted`);

  for (const policy of byAudience) {
    const value = payload[policy.subjectClaim ?? 'sub'];
    if (typeof value !== 'string') continue;
    let principal: Principal | undefined;
    if (policy.kind === 'account') principal = principalNamed(dir, value);
    else if (value === policy.subject) principal = findServicePrincipal(dir, policy.applicationId);
    if (!principal) continue;
    const audience = tokenAudiences.find((a) => accepted(policy, settings.accountId).includes(a)) ?? '';
    return {
      ok: true,
      match: { policy, principal, subject: value, audience, claims: payload, expiresAt: exp },
    };
  }
  return fail(`subject ${String(payload['sub'])} matches no policy`);
}

function accepted(policy: FederationPolicy, accountId: string): string[] {
  return policy.audiences && policy.audiences.length > 0 ? policy.audiences : [accountId];
}
