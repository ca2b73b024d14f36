import { aad } from './entra-errors.ts';
import { matchesExpression } from './entra-flexible.ts';
import type { AadError } from './entra-errors.ts';
import { fetchIssuerKeys } from './fetch-json.ts';
import { decodeJwt, verifyRs256 } from './signing-keys.ts';

export interface FederatedCredential {
  name?: string;
  issuer: string;
  /** Empty for a flexible credential (Graph sets it to null). */
  subject: string;
  audiences: string[];
  /** A flexible credential's expression, e.g. `claims['sub'] matches 'repo:o/r:ref:refs/heads/*'` (entra-flexible.ts). */
  claimsMatchingExpression?: string;
}

export type AssertionResult = { ok: true; claims: Record<string, unknown> } | { ok: false; error: AadError };

export interface AssertionSettings {
  clockSkewSeconds: number;
  externalFetchTimeoutMs: number;
}

/**
 * Checks a federated client assertion against an app's FICs in the order Entra reports problems
 * (docs/protocols.md §2.5–2.6): well-formed JWT, issuer (byte-exact), the issuer's discovery + JWKS over
 * https, signature, time range, subject (case-sensitive), audience (exactly one, equal).
 */
export async function checkAssertion(
  assertion: string,
  fics: FederatedCredential[],
  settings: AssertionSettings,
): Promise<AssertionResult> {
  const fail = (error: AadError): AssertionResult => ({ ok: false, error });
  const decoded = decodeJwt(assertion);
  if (!decoded) return fail(aad.malformedJwt());
  const { header, payload } = decoded;
  const iss = payload['iss'];
  if (typeof iss !== 'string') return fail(aad.malformedJwt());

  const byIssuer = fics.filter((fic) => fic.issuer === iss);
  if (byIssuer.length === 0) return fail(aad.issuerMismatch(iss));

  // Entra fetches the issuer's metadata itself and keeps only the first 100 keys (docs/protocols.md §2.5).
  const keys = (await fetchIssuerKeys(iss, settings.externalFetchTimeoutMs))?.slice(0, 100);
  if (!keys) return fail(aad.externalOidcFailed());
  const kid = typeof header['kid'] === 'string' ? header['kid'] : undefined;
  const x5t = typeof header['x5t'] === 'string' ? header['x5t'] : undefined;
  const candidates = keys.filter((key) =>
    kid !== undefined ? key['kid'] === kid : x5t === undefined || key['x5t'] === x5t,
  );
  if (candidates.length === 0) return fail(aad.keyNotFound(kid ?? x5t ?? '', iss));
  if (header['alg'] !== 'RS256' || !candidates.some((key) => verifyRs256(assertion, key))) {
    return fail(aad.badSignature());
  }

  const exp = payload['exp'];
  const nbf = typeof payload['nbf'] === 'number' ? payload['nbf'] : 0;
  if (typeof exp !== 'number') return fail(aad.malformedJwt());
  const now = Date.now();
  const skew = settings.clockSkewSeconds;
  if (now / 1000 + skew < nbf || now / 1000 - skew >= exp) return fail(aad.timeRange(now, nbf, exp));

  const sub = typeof payload['sub'] === 'string' ? payload['sub'] : '';
  const bySubject = byIssuer.filter((fic) =>
    fic.claimsMatchingExpression === undefined
      ? fic.subject === sub
      : matchesExpression(fic.claimsMatchingExpression, payload),
  );
  if (bySubject.length === 0) {
    const differsInCase = byIssuer.some((fic) => fic.subject.toLowerCase() === sub.toLowerCase());
    return fail(differsInCase ? aad.subjectCaseMismatch(sub) : aad.subjectMismatch(sub));
  }

  const aud = payload['aud'];
  const audiences = Array.isArray(aud) ? aud : [aud];
  const matches =
    audiences.length === 1 && bySubject.some((fic) => sameAudience(fic.audiences[0], audiences[0]));
  if (!matches) return fail(aad.audienceMismatch(audiences.map(String).join(',')));
  return { ok: true, claims: payload };
}

/**
 * Entra-issued Azure DevOps tokens carry the AAD Token Exchange app's id as `aud`, while their
 * federated credential says `api://AzureADTokenExchange`; Entra maps the two (docs/protocols.md §6.5).
 */
const TOKEN_EXCHANGE_APP_ID = 'fb60f99c-7a34-4190-8149-302f77469936';

function sameAudience(configured: string | undefined, presented: unknown): boolean {
  if (configured === presented) return true;
  return configured === 'api://AzureADTokenExchange' && presented === TOKEN_EXCHANGE_APP_ID;
}
