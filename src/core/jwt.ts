import { OidcExchangeError } from './errors.js';

/**
 * Decodes a JWT's header and payload without verifying it, refusing anything that is not a
 * plain compact JWS: three base64url segments, JSON objects, bounded size. Claim checks run on
 * this; the signature is checked separately (verify.ts) before anything is exported.
 */
export const MAX_TOKEN_LENGTH = 20_000; // STS's own WebIdentityToken limit (docs/protocols.md §3.2)

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** `hint`: what to check where the token came from (a file, a variable); the default is for a token endpoint. */
export function decodeJwt(token: string, origin: string, hint?: string): DecodedJwt {
  const malformed = (why: string): OidcExchangeError =>
    new OidcExchangeError('TOKEN_MALFORMED', `The OIDC token from ${origin} is not a valid JWT: ${why}.`, {
      hint:
        hint ?? 'The token endpoint answered with something that is not an ID token; check the request URL.',
    });
  if (token.length > MAX_TOKEN_LENGTH)
    throw malformed(`it is ${token.length} characters long (limit ${MAX_TOKEN_LENGTH})`);
  const segments = token.split('.');
  if (segments.length !== 3) throw malformed(`it has ${segments.length} segments instead of 3`);
  const [header, payload] = [segments[0] ?? '', segments[1] ?? ''].map((s, i) =>
    decodeSegment(s, i === 0 ? 'header' : 'payload', malformed),
  );
  return { header: header as Record<string, unknown>, payload: payload as Record<string, unknown> };
}

function decodeSegment(
  segment: string,
  what: string,
  malformed: (why: string) => OidcExchangeError,
): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) throw malformed(`its ${what} is not base64url`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw malformed(`its ${what} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw malformed(`its ${what} is not a JSON object`);
  return value;
}
