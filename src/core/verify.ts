import { jwtVerify } from 'jose';
import { OidcExchangeError } from './errors.js';
import type { HttpClient } from './http.js';
import { createIssuerKeys, REFETCH_COOLDOWN_MS, type KeySet } from './issuer-keys.js';

/**
 * Signature verification as a relying party (docs/protocols.md §5): RS256 only, the pinned issuer,
 * exp/nbf/iat/sub required, a small clock tolerance. jose does the cryptography with the keys
 * issuer-keys.ts fetched; an unknown `kid` refetches them (the issuer rotated its keys), at most
 * once per cooldown.
 */
export interface VerifierOptions {
  http: HttpClient;
  issuer: string;
  clockToleranceSeconds: number;
  now: () => Date;
  /** At most one refetch of the keys for an unknown `kid` per this long (default 10 s). */
  refetchCooldownMs?: number | undefined;
}

export interface SignatureVerifier {
  /** Several audiences: any one of them (Azure DevOps issues either form). */
  verify(token: string, audience: string | readonly string[]): Promise<void>;
  /** Starts fetching the issuer's discovery document and keys, e.g. while the token is requested. */
  prefetch(): void;
}

export function createSignatureVerifier(options: VerifierOptions): SignatureVerifier {
  const { issuer } = options;
  const cooldownMs = options.refetchCooldownMs ?? REFETCH_COOLDOWN_MS;
  const keys = createIssuerKeys({
    http: options.http,
    issuer,
    now: options.now,
    cooldownMs,
  });

  const check = (token: string, audience: string | readonly string[], keySet: KeySet) =>
    jwtVerify(token, keySet, {
      algorithms: ['RS256'],
      issuer,
      audience: typeof audience === 'string' ? audience : [...audience],
      requiredClaims: ['exp', 'iat', 'nbf', 'sub'],
      clockTolerance: options.clockToleranceSeconds,
      currentDate: options.now(),
    });

  return {
    prefetch: () => keys.prefetch(),
    async verify(token, audience) {
      try {
        await check(token, audience, await keys.current());
      } catch (error) {
        if ((error as { code?: string }).code !== 'ERR_JWKS_NO_MATCHING_KEY') throw joseError(error, issuer);
        const refetched = await keys.refetch();
        if (!refetched)
          throw unknownKey(
            issuer,
            `they were fetched again less than ${Math.round(cooldownMs / 1000)} s ago`,
          );
        try {
          await check(token, audience, refetched);
        } catch (again) {
          const code = (again as { code?: string }).code;
          throw code === 'ERR_JWKS_NO_MATCHING_KEY'
            ? unknownKey(issuer, 'even after fetching them again')
            : joseError(again, issuer);
        }
      }
    },
  };
}

/**
 * Retryable: an issuer may sign with a key shortly before its key set (behind a cache) shows it,
 * so a renewal tried later may pass; nothing is sent anywhere meanwhile.
 */
function unknownKey(issuer: string, when: string): OidcExchangeError {
  return new OidcExchangeError(
    'SIGNATURE_INVALID',
    `No key of ${issuer} matches the OIDC token's \`kid\` (${when}).`,
    { hint: 'The token was not signed by this issuer; check `issuer`.', retryable: true },
  );
}

function joseError(error: unknown, issuer: string): OidcExchangeError {
  if (error instanceof OidcExchangeError) return error;
  const e = error as { code?: string; claim?: string; reason?: string; message?: string };
  switch (e.code) {
    case 'ERR_JWT_EXPIRED':
      return new OidcExchangeError('TOKEN_TIME', 'The OIDC token has expired (signature check).', {
        hint: 'Tokens live about 5 minutes; if it was just minted, the runner clock is wrong (sync it with NTP).',
      });
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return new OidcExchangeError(
        'CLAIM_MISMATCH',
        `The OIDC token failed the check of claim \`${e.claim}\`: ${e.message}.`,
        {
          hint:
            e.claim === 'nbf' || e.claim === 'iat'
              ? 'The runner clock may be behind; sync it with NTP.'
              : undefined,
        },
      );
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return new OidcExchangeError(
        'SIGNATURE_INVALID',
        `The OIDC token is not an RS256-signed JWT: ${e.message}.`,
      );
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return new OidcExchangeError(
        'SIGNATURE_INVALID',
        `The OIDC token's signature does not verify with the keys of ${issuer}.`,
      );
    default:
      return new OidcExchangeError(
        'SIGNATURE_INVALID',
        `The OIDC token could not be verified: ${e.message ?? String(error)}.`,
      );
  }
}
