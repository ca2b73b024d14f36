import { randomBytes } from 'node:crypto';
import { iam } from './google-errors.ts';
import type { FederatedToken } from './google-sts.ts';
import type { FakeResponse } from './http-server.ts';

/**
 * A service account and who holds roles on it (members as IAM writes them: `principal://…`,
 * `principalSet://…`, `serviceAccount:<e-mail>`): roles/iam.workloadIdentityUser (getAccessToken,
 * getOpenIdToken) and roles/iam.serviceAccountTokenCreator (those and implicitDelegation).
 */
export interface GoogleServiceAccount {
  email: string;
  workloadIdentityUsers: string[];
  tokenCreators?: string[];
}

export interface GoogleAccessToken {
  token: string;
  serviceAccount: string;
  scopes: string[];
  expiresAt: number;
  /** The federated principal that impersonated the account. */
  principal: string;
  /** The delegation chain the request named (e-mails). */
  delegates: string[];
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
  const denied = chainRefusal(email, bearer, body, accounts, 'iam.serviceAccounts.getAccessToken');
  if (denied) return fail(denied.response, denied.reason);
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
      delegates: delegateEmails(body),
      subjectTokenIssuedAt: bearer.subjectTokenIssuedAt,
    },
  };
}

/**
 * The delegation chain's checks (docs/protocols.md §7.3): `delegates` must be
 * `projects/-/serviceAccounts/<e-mail>`; the caller needs implicitDelegation (Token Creator) on the
 * first delegate, each delegate Token Creator on the next, the last on the target. Without
 * delegates the caller needs the permission on the target itself. Google answers every missing
 * link, and a missing account, with the same 403, naming only the permission.
 */
export function chainRefusal(
  email: string,
  caller: FederatedToken,
  body: unknown,
  accounts: GoogleServiceAccount[],
  permission: string,
): { response: FakeResponse; reason: string } | undefined {
  const raw = (body as { delegates?: unknown } | null)?.delegates;
  const delegates = Array.isArray(raw) ? raw : [];
  const emails: string[] = [];
  for (const d of delegates) {
    const m = typeof d === 'string' ? /^projects\/-\/serviceAccounts\/([^/]+)$/.exec(d) : null;
    if (!m?.[1])
      return {
        response: iam.invalidArgument(
          `Invalid form of delegates: ${String(d)}. It should be projects/-/serviceAccounts/{ACCOUNT_EMAIL_OR_UNIQUEID}.`,
        ),
        reason: 'delegate form',
      };
    emails.push(m[1]);
  }
  const find = (e: string) => accounts.find((a) => a.email === e);
  const deny = (reason: string) => ({ response: iam.permissionDenied(permission), reason });
  const [first, ...rest] = emails;
  const target = find(email);
  if (!target) return deny(`no account ${email}`);
  if (first === undefined) {
    const members = [...target.workloadIdentityUsers, ...(target.tokenCreators ?? [])];
    return members.some((m) => holds(m, caller))
      ? undefined
      : deny(`${caller.principal} may not use ${email}`);
  }
  const firstAccount = find(first);
  if (!firstAccount || !(firstAccount.tokenCreators ?? []).some((m) => holds(m, caller)))
    return deny(`${caller.principal} is no Token Creator on ${first}`);
  const links = [...rest, email];
  for (const [i, next] of links.entries()) {
    const from = emails[i] ?? '';
    if (!(find(next)?.tokenCreators ?? []).includes(`serviceAccount:${from}`))
      return deny(`${from} is no Token Creator on ${next}`);
  }
  return undefined;
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

export function delegateEmails(body: unknown): string[] {
  const raw = (body as { delegates?: unknown } | null)?.delegates;
  return (Array.isArray(raw) ? raw : []).map((d) => String(d).replace(/^projects\/-\/serviceAccounts\//, ''));
}
