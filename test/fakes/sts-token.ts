import { fetchIssuerKeys } from './fetch-json.ts';
import { decodeJwt, verifyRs256 } from './signing-keys.ts';
import { sts } from './sts-errors.ts';
import type { StsError } from './sts-errors.ts';

/** An IAM OIDC identity provider (docs/protocols.md §3.5). */
export interface OidcProvider {
  /** `arn:aws:iam::<account>:oidc-provider/<url without https://>`. */
  arn: string;
  accountId: string;
  /** The issuer URL, e.g. `https://token.actions.githubusercontent.com`. */
  url: string;
  /** Prefix of the trust-policy condition keys: the URL without `https://`. */
  keyPrefix: string;
  /** Accepted audiences ("client IDs"). */
  clientIds: string[];
}

export interface VerifiedToken {
  provider: OidcProvider;
  claims: Record<string, unknown>;
  subject: string;
  /** What matched one of the provider's client ids: the token's `azp` when it has one, else an `aud`. */
  audience: string;
  /** The token's `aud` when it has an `azp` (the `oaud` condition key); undefined otherwise. */
  originalAudience: string | undefined;
}

export interface TokenSettings {
  externalFetchTimeoutMs: number;
  /** True when an injected IDPCommunicationError should answer this call instead of the fetch. */
  takeIdpFault: () => boolean;
}

export type TokenResult = { ok: true; token: VerifiedToken } | { ok: false; error: StsError };

export function providerArn(accountId: string, url: string): string {
  return `arn:aws:iam::${accountId}:oidc-provider/${url.replace(/^https:\/\//, '')}`;
}

/**
 * Checks a web identity token the way STS reports problems (docs/protocols.md §3.4): a JWT whose `iss`
 * names a provider in the role's account, whose key STS fetches itself from the issuer's
 * discovery document and JWKS, a valid signature, not expired, and an audience (its `azp` when it
 * has one) among the provider's client ids.
 */
export async function verifyWebIdentityToken(
  token: string,
  accountId: string,
  providers: Map<string, OidcProvider>,
  settings: TokenSettings,
): Promise<TokenResult> {
  const fail = (error: StsError): TokenResult => ({ ok: false, error });
  const decoded = decodeJwt(token);
  if (!decoded) return fail(sts.invalidToken());
  const { header, payload } = decoded;
  const iss = payload['iss'];
  if (typeof iss !== 'string') return fail(sts.invalidToken());
  const provider = iss.startsWith('https://') ? providers.get(providerArn(accountId, iss)) : undefined;
  if (!provider) return fail(sts.noProvider(iss));

  if (settings.takeIdpFault()) return fail(sts.idpCommunication());
  // docs/protocols.md §3.4 lists IDPCommunicationError for an unreachable IdP, but what real STS answers
  // when it cannot get the discovery document or JWKS is InvalidIdentityToken "Couldn't retrieve
  // verification key…" (AWS knowledge-center article on InvalidIdentityToken, many issues).
  const keys = await fetchIssuerKeys(iss, settings.externalFetchTimeoutMs);
  if (!keys) return fail(sts.noVerificationKey());
  const kid = typeof header['kid'] === 'string' ? header['kid'] : undefined;
  const candidates = kid === undefined ? keys : keys.filter((key) => key['kid'] === kid);
  if (candidates.length === 0) return fail(sts.noVerificationKey());
  if (header['alg'] !== 'RS256' || !candidates.some((key) => verifyRs256(token, key))) {
    return fail(sts.invalidToken());
  }

  const exp = payload['exp'];
  if (typeof exp !== 'number') return fail(sts.invalidToken());
  const now = Math.floor(Date.now() / 1000);
  if (now >= exp) return fail(sts.tokenExpired(now, exp));

  const aud = payload['aud'];
  if (aud === undefined) return fail(sts.missingClaim('aud'));
  const audiences = (Array.isArray(aud) ? aud : [aud]).filter((a): a is string => typeof a === 'string');
  // With an `azp`, the client ids are matched against it, not `aud` (docs/protocols.md §3.5):
  // documented for Google only; for other issuers (Entra v2 tokens) reported, not documented.
  const azp = typeof payload['azp'] === 'string' ? payload['azp'] : undefined;
  const audience = (azp === undefined ? audiences : [azp]).find((a) => provider.clientIds.includes(a));
  if (audience === undefined) return fail(sts.incorrectAudience());
  const sub = payload['sub'];
  if (typeof sub !== 'string') return fail(sts.missingClaim('sub'));
  const originalAudience = azp === undefined ? undefined : audiences[0];
  return { ok: true, token: { provider, claims: payload, subject: sub, audience, originalAudience } };
}
