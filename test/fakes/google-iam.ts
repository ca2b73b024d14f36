import { randomBytes } from 'node:crypto';
import { iam } from './google-errors.ts';
import type { FederatedToken } from './google-sts.ts';
import type { FakeResponse } from './http-server.ts';

/** A service account and who holds roles/iam.workloadIdentityUser on it (members as IAM writes them). */
export interface GoogleServiceAccount {
  email: string;
  workloadIdentityUsers: string[];
}

export interface GoogleAccessToken {
  token: string;
  serviceAccount: string;
  scopes: string[];
  expiresAt: number;
  /** The federated principal that impersonated the account. */
  principal: string;
  subjectTokenIssuedAt: number;
}

export type IamOutcome =
  { ok: true; issued: GoogleAccessToken } | { ok: false; response: FakeResponse; reason: string };

/**
 * IAM Credentials `generateAccessToken` for a federated caller: the bearer must be a live
 * federated token; the account must exist and list the caller's principal (or a principalSet that
 * holds it) among its workload identity users, else 403 PERMISSION_DENIED "(or it may not exist)";
 * `scope` is required and `lifetime` at most `maxLifetimeSeconds`.
 */
export function generateAccessToken(
  email: string,
  bearer: FederatedToken | undefined,
  body: unknown,
  accounts: GoogleServiceAccount[],
  options: { maxLifetimeSeconds: number; lifetimeCapSeconds: number },
): IamOutcome {
  const fail = (response: FakeResponse, reason: string): IamOutcome => ({ ok: false, response, reason });
  if (!bearer || bearer.expiresAt <= Date.now())
    return fail(iam.unauthenticated(), 'no live federated token');
  const account = accounts.find((a) => a.email === email);
  if (!account || !account.workloadIdentityUsers.some((member) => holds(member, bearer)))
    return fail(
      iam.permissionDenied('iam.serviceAccounts.getAccessToken'),
      `${bearer.principal} may not use ${email}`,
    );
  const request = (typeof body === 'object' && body !== null ? body : {}) as {
    scope?: unknown;
    lifetime?: unknown;
  };
  const scopes = Array.isArray(request.scope)
    ? request.scope.filter((s): s is string => typeof s === 'string')
    : [];
  if (scopes.length === 0) return fail(iam.invalidArgument('Scope required.'), 'no scope');
  const lifetimeText = typeof request.lifetime === 'string' ? request.lifetime : '';
  const lifetime = request.lifetime === undefined ? 3600 : Number(/^(\d+)s$/.exec(lifetimeText)?.[1]);
  if (!Number.isInteger(lifetime) || lifetime > options.maxLifetimeSeconds)
    return fail(
      iam.invalidArgument(
        `The lifetime requested exceeds the maximum allowed (${options.maxLifetimeSeconds}s).`,
      ),
      'lifetime',
    );
  return {
    ok: true,
    issued: {
      token: `ya29.c.fake-${randomBytes(24).toString('base64url')}`,
      serviceAccount: email,
      scopes,
      expiresAt: Date.now() + Math.min(lifetime, options.lifetimeCapSeconds) * 1000,
      principal: bearer.principal,
      subjectTokenIssuedAt: bearer.subjectTokenIssuedAt,
    },
  };
}

/** principal://…/subject/S, principalSet://…/workloadIdentityPools/P/* and …/attribute.NAME/VALUE. */
function holds(member: string, caller: FederatedToken): boolean {
  if (member === caller.principal) return true;
  const pool = `principalSet://iam.googleapis.com/projects/${caller.projectNumber}/locations/global/workloadIdentityPools/${caller.pool}/`;
  if (!member.startsWith(pool)) return false;
  const rest = member.slice(pool.length);
  if (rest === '*') return true;
  const attribute = /^attribute\.([^/]+)\/(.+)$/.exec(rest);
  return attribute !== null && caller.attributes[`attribute.${attribute[1]}`] === attribute[2];
}
