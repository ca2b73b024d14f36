import { randomInt } from 'node:crypto';

export interface FakeServicePrincipalInput {
  /** The SP's application id (a UUID): `client_id` of the exchange, `DATABRICKS_CLIENT_ID`. */
  applicationId: string;
  /** The SCIM id (what the CLI's federation-policy commands take); random 16 digits by default. */
  numericId?: string;
  displayName: string;
  /** Assigned to the workspace (default true). Azure SPs can be added by the first call (§4.6). */
  inWorkspace?: boolean;
}

export interface FakeUserInput {
  /** The user's e-mail, matched by account-wide policies. */
  userName: string;
  numericId?: string;
  displayName?: string;
  inWorkspace?: boolean;
}

export type Principal =
  | { kind: 'servicePrincipal'; applicationId: string; id: string; displayName: string; inWorkspace: boolean }
  | { kind: 'user'; userName: string; id: string; displayName: string; inWorkspace: boolean };

export type ServicePrincipal = Extract<Principal, { kind: 'servicePrincipal' }>;
export type User = Extract<Principal, { kind: 'user' }>;

/** docs/protocols.md §4.3: account-wide, or for one service principal. */
export type FederationPolicy =
  | {
      kind: 'account';
      name?: string;
      issuer: string;
      /** Accepted `aud` values; none given → the account id (§4.3). */
      audiences?: string[];
      /** The claim naming the Databricks user or SP (default `sub`). */
      subjectClaim?: string;
    }
  | {
      kind: 'servicePrincipal';
      name?: string;
      applicationId: string;
      issuer: string;
      audiences?: string[];
      subject: string;
      subjectClaim?: string;
    };

/** Users, service principals and federation policies of one account. */
export interface Directory {
  principals: Principal[];
  policies: FederationPolicy[];
}

// docs/protocols.md §4.3.
const maxPoliciesPerSp = 20;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 16 digits, like real SCIM ids (randomInt's range is limited to 2^48, hence two parts). */
export function scimId(): string {
  return String(randomInt(10 ** 5, 10 ** 6)) + String(randomInt(10 ** 9, 10 ** 10));
}

export function addServicePrincipal(dir: Directory, sp: FakeServicePrincipalInput): ServicePrincipal {
  if (!uuid.test(sp.applicationId)) throw new Error(`addServicePrincipal: ${sp.applicationId} is not a UUID`);
  if (findServicePrincipal(dir, sp.applicationId)) {
    throw new Error(`addServicePrincipal: ${sp.applicationId} already exists`);
  }
  const principal: ServicePrincipal = {
    kind: 'servicePrincipal',
    applicationId: sp.applicationId,
    id: sp.numericId ?? scimId(),
    displayName: sp.displayName,
    inWorkspace: sp.inWorkspace ?? true,
  };
  dir.principals.push(principal);
  return principal;
}

export function addUser(dir: Directory, user: FakeUserInput): User {
  if (!user.userName.includes('@')) throw new Error(`addUser: ${user.userName} is not an e-mail`);
  const principal: User = {
    kind: 'user',
    userName: user.userName,
    id: user.numericId ?? scimId(),
    displayName: user.displayName ?? user.userName,
    inWorkspace: user.inWorkspace ?? true,
  };
  dir.principals.push(principal);
  return principal;
}

/** The checks Databricks makes when a policy is created; the rest only fails at exchange time. */
export function addFederationPolicy(dir: Directory, policy: FederationPolicy): void {
  if (!policy.issuer.startsWith('https://')) throw new Error(`policy issuer ${policy.issuer} is not https`);
  if (policy.kind === 'servicePrincipal') {
    if (!findServicePrincipal(dir, policy.applicationId)) {
      throw new Error(`addFederationPolicy: no service principal ${policy.applicationId}`);
    }
    const existing = dir.policies.filter(
      (p) => p.kind === 'servicePrincipal' && sameId(p.applicationId, policy.applicationId),
    );
    if (existing.length >= maxPoliciesPerSp) {
      throw new Error(`addFederationPolicy: at most ${maxPoliciesPerSp} policies per service principal`);
    }
  }
  dir.policies.push({ ...policy });
}

export function findServicePrincipal(dir: Directory, applicationId: string): Principal | undefined {
  return dir.principals.find((p) => p.kind === 'servicePrincipal' && sameId(p.applicationId, applicationId));
}

/**
 * Whom an account-wide policy's subject claim names: a user by e-mail (user names compare
 * case-insensitively in Databricks, like the e-mails they are) or an SP by application id.
 */
export function principalNamed(dir: Directory, value: string): Principal | undefined {
  return dir.principals.find((p) =>
    p.kind === 'user' ? p.userName.toLowerCase() === value.toLowerCase() : sameId(p.applicationId, value),
  );
}

/** The SCIM `userName`: the e-mail of a user, the application id of an SP (see databricks-scim.ts). */
export function userNameOf(principal: Principal): string {
  return principal.kind === 'user' ? principal.userName : principal.applicationId;
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
