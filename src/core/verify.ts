import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { OidcExchangeError } from './errors.js';
import type { HttpClient } from './http.js';
import { requestJson } from './http-json.js';
import { shown } from './input-parsers.js';

/**
 * Signature verification as a relying party (docs/protocols.md §5): discovery at the pinned issuer,
 * its `issuer` equal to the pinned one, keys only from its `jwks_uri`, RS256 only, exp/nbf/iat/sub
 * required, a small clock tolerance. jose does the cryptography; the keys are fetched with our own
 * client (proxies, timeouts, no redirects) and handed to jose as a local key set. One refetch of
 * the keys when the token's `kid` is unknown (the issuer rotated its keys).
 */
export interface VerifierOptions {
  http: HttpClient;
  issuer: string;
  clockToleranceSeconds: number;
  now: () => Date;
}

export interface SignatureVerifier {
  /** Several audiences: any one of them (Azure DevOps issues either form). */
  verify(token: string, audience: string | readonly string[]): Promise<void>;
}

export function createSignatureVerifier(options: VerifierOptions): SignatureVerifier {
  const { http, issuer } = options;
  let jwksUri: Promise<string> | undefined;
  let keys: Promise<ReturnType<typeof createLocalJWKSet>> | undefined;
  let refetched = false;

  const loadKeys = async (): Promise<ReturnType<typeof createLocalJWKSet>> => {
    jwksUri ??= discoverJwksUri(http, issuer);
    const uri = await jwksUri;
    const body = await requestJson(http, {
      url: uri,
      purpose: `the issuer's key set (${uri})`,
      headers: { accept: 'application/json' },
    });
    const keySet = body as Partial<JSONWebKeySet>;
    if (!Array.isArray(keySet.keys)) {
      throw new OidcExchangeError(
        'DISCOVERY_FAILED',
        `The issuer's key set at ${uri} has no \`keys\` array.`,
      );
    }
    return createLocalJWKSet(keySet as JSONWebKeySet);
  };

  const verifyWith = async (
    token: string,
    audience: string | readonly string[],
    retryUnknownKey: boolean,
  ): Promise<void> => {
    keys ??= loadKeys();
    const keySet = await keys;
    try {
      await jwtVerify(token, keySet, {
        algorithms: ['RS256'],
        issuer,
        audience: typeof audience === 'string' ? audience : [...audience],
        requiredClaims: ['exp', 'iat', 'nbf', 'sub'],
        clockTolerance: options.clockToleranceSeconds,
        currentDate: options.now(),
      });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_JWKS_NO_MATCHING_KEY' && retryUnknownKey && !refetched) {
        refetched = true;
        keys = loadKeys();
        return verifyWith(token, audience, false);
      }
      throw joseError(error, issuer);
    }
  };

  return { verify: (token, audience) => verifyWith(token, audience, true) };
}

async function discoverJwksUri(http: HttpClient, issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const body = (await requestJson(http, {
    url,
    purpose: `the issuer's discovery document (${url})`,
  })) as Record<string, unknown>;
  if (body['issuer'] !== issuer) {
    throw new OidcExchangeError(
      'DISCOVERY_FAILED',
      `The discovery document at ${url} names issuer ${shown(String(body['issuer']))}, not ${shown(issuer)}.`,
      { hint: 'An issuer must publish its own exact name; check `issuer` (trailing slashes count).' },
    );
  }
  const jwks = body['jwks_uri'];
  if (typeof jwks !== 'string' || jwks === '') {
    throw new OidcExchangeError('DISCOVERY_FAILED', `The discovery document at ${url} has no \`jwks_uri\`.`);
  }
  return jwks;
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
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return new OidcExchangeError(
        'SIGNATURE_INVALID',
        `No key of ${issuer} matches the OIDC token's \`kid\`, even after refetching the keys.`,
        {
          hint: 'The token was not signed by this issuer; check `issuer`.',
        },
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
