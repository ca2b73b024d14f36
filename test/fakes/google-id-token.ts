import { createHash } from 'node:crypto';
import { iam } from './google-errors.ts';
import { chainRefusal, delegateEmails, type GoogleServiceAccount } from './google-iam.ts';
import type { FederatedToken } from './google-sts.ts';
import type { FakeResponse } from './http-server.ts';
import { signJwt, type SigningKey } from './signing-keys.ts';

/** Google's ID token issuer (docs/protocols.md §7.4). */
export const GOOGLE_ACCOUNTS_ISSUER = 'https://accounts.google.com';

export interface GoogleIdToken {
  token: string;
  serviceAccount: string;
  audience: string;
  delegates: string[];
  claims: Record<string, unknown>;
  principal: string;
  subjectTokenIssuedAt: number;
}

export type IdTokenOutcome =
  { ok: true; issued: GoogleIdToken } | { ok: false; response: FakeResponse; reason: string };

/** A service account's unique id: 21 digits, stable for its e-mail (Google's `sub` and `azp`). */
export function uniqueIdOf(email: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(email).digest('hex').slice(0, 16)}`).toString();
  return `1${digits.padStart(20, '0').slice(-20)}`;
}

/**
 * IAM Credentials `generateIdToken`: the same caller and chain checks as generateAccessToken
 * (permission `iam.serviceAccounts.getOpenIdToken`), `audience` required; an RS256 token signed
 * with the fake's own key (served at /oauth2/v3/certs) carrying Google's claims: iss
 * https://accounts.google.com, aud, azp and sub the account's unique id, iat, exp (an hour, or
 * the fake's knob), and email / email_verified with `includeEmail`.
 */
export function generateIdToken(
  email: string,
  bearer: FederatedToken | undefined,
  body: unknown,
  accounts: GoogleServiceAccount[],
  options: { key: SigningKey; lifetimeSeconds: number },
): IdTokenOutcome {
  const fail = (response: FakeResponse, reason: string): IdTokenOutcome => ({ ok: false, response, reason });
  if (!bearer || bearer.expiresAt <= Date.now())
    return fail(iam.unauthenticated(), 'no live federated token');
  const denied = chainRefusal(email, bearer, body, accounts, 'iam.serviceAccounts.getOpenIdToken');
  if (denied) return fail(denied.response, denied.reason);
  const request = (typeof body === 'object' && body !== null ? body : {}) as {
    audience?: unknown;
    includeEmail?: unknown;
  };
  const audience = typeof request.audience === 'string' ? request.audience : '';
  if (audience === '')
    return fail(iam.invalidArgument('Invalid audience: audience is required.'), 'audience');
  const now = Math.floor(Date.now() / 1000);
  const id = uniqueIdOf(email);
  const claims: Record<string, unknown> = {
    aud: audience,
    azp: id,
    ...(request.includeEmail === true ? { email, email_verified: true } : {}),
    exp: now + options.lifetimeSeconds,
    iat: now,
    iss: GOOGLE_ACCOUNTS_ISSUER,
    sub: id,
  };
  return {
    ok: true,
    issued: {
      token: signJwt(options.key, claims, { x5t: undefined }),
      serviceAccount: email,
      audience,
      delegates: delegateEmails(body),
      claims,
      principal: bearer.principal,
      subjectTokenIssuedAt: bearer.subjectTokenIssuedAt,
    },
  };
}
