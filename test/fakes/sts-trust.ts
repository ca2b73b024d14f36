/** A role's trust policy, in IAM's JSON shape (docs/protocols.md §3.5). */
export interface TrustPolicy {
  Version?: string;
  Statement: TrustStatement[];
}

export interface TrustStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  /** Federated: an OIDC provider (AssumeRoleWithWebIdentity); AWS: roles or accounts (AssumeRole). */
  Principal: { Federated?: string | string[]; AWS?: string | string[] };
  Action: string | string[];
  /** Operator → condition key → value(s); a list matches when any of its values does. */
  Condition?: Partial<Record<ConditionOperator, Record<string, string | string[]>>>;
}

export type ConditionOperator = 'StringEquals' | 'StringLike';

/** What a web-identity request brings to the evaluation. */
export interface TrustRequest {
  providerArn: string;
  /** The provider's condition-key prefix: its URL without `https://`. */
  keyPrefix: string;
  sub: string;
  /** What matched one of the provider's client ids: the token's `azp` when it has one. */
  aud: string;
  /** The token's `aud` when it has an `azp`; the `oaud` key exists only then. */
  oaud?: string | undefined;
}

const operators: ConditionOperator[] = ['StringEquals', 'StringLike'];
const action = 'sts:AssumeRoleWithWebIdentity';

/** Throws for shapes the fake does not evaluate, so a test cannot pass by accident. */
export function checkTrustPolicy(policy: TrustPolicy): void {
  for (const statement of policy.Statement) {
    for (const operator of Object.keys(statement.Condition ?? {})) {
      if (!operators.includes(operator as ConditionOperator)) {
        throw new Error(`trust policy: condition operator ${operator} is not supported by the fake STS`);
      }
    }
  }
}

/** IAM's rule: allowed when an Allow statement matches and no Deny statement does. */
export function trustAllows(policy: TrustPolicy, request: TrustRequest): boolean {
  const variables = policy.Version === '2012-10-17';
  const matching = policy.Statement.filter((statement) => statementMatches(statement, request, variables));
  return matching.some((s) => s.Effect === 'Allow') && !matching.some((s) => s.Effect === 'Deny');
}

function statementMatches(statement: TrustStatement, request: TrustRequest, variables: boolean): boolean {
  const principals = list(statement.Principal.Federated ?? []);
  // Action names are case-insensitive in IAM; condition values are not.
  const actions = list(statement.Action).map((a) => a.toLowerCase());
  if (!principals.includes(request.providerArn)) return false;
  if (!actions.some((a) => like(action.toLowerCase(), a))) return false;
  return Object.entries(statement.Condition ?? {}).every(([operator, conditions]) =>
    Object.entries(conditions).every(([key, values]) => {
      const actual = contextValue(key, request);
      if (actual === undefined) return false;
      const compare =
        operator === 'StringLike'
          ? (a: string, b: string) => like(a, b, variables)
          : (a: string, b: string) => a === (variables ? literal(b) : b);
      return list(values).some((value) => compare(actual, value));
    }),
  );
}

/**
 * Policy version 2012-10-17 reads `${…}` in condition values as policy variables; `${$}`, `${*}`
 * and `${?}` stand for a literal `$`, `*` and `?`. Any other variable is not known to the fake
 * (web identity requests carry none it models), so a value holding one throws.
 */
const SPECIAL: Record<string, string> = { '${$}': '$', '${*}': '*', '${?}': '?' };

function literal(value: string): string {
  return value.replace(/\$\{[^}]*\}/g, (v) => {
    const special = SPECIAL[v];
    if (special === undefined)
      throw new Error(`trust policy: policy variable ${v} is not supported by the fake STS`);
    return special;
  });
}

// Condition key names are case-insensitive; AWS ignores custom claims, so only `<prefix>:sub`,
// `<prefix>:aud` and, for a token with an `azp`, `<prefix>:oaud` exist (docs/protocols.md §3.5:
// `aud` then holds the `azp` and `oaud` the token's `aud`; documented for Google, reported for
// other issuers).
function contextValue(key: string, request: TrustRequest): string | undefined {
  const lower = key.toLowerCase();
  const prefix = request.keyPrefix.toLowerCase();
  if (lower === `${prefix}:sub`) return request.sub;
  if (lower === `${prefix}:aud`) return request.aud;
  if (lower === `${prefix}:oaud`) return request.oaud;
  return undefined;
}

/** StringLike: `*` matches any run of characters, `?` exactly one; `${*}`/`${?}`/`${$}` literally (with variables). */
function like(actual: string, pattern: string, variables = false): boolean {
  const parts = variables ? pattern.split(/(\$\{[^}]*\})/) : [pattern];
  const source = parts
    .map((part, i) =>
      i % 2 === 1
        ? escapeRegExp(literal(part))
        : [...part].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : escapeRegExp(c))).join(''),
    )
    .join('');
  return new RegExp(`^${source}$`, 's').test(actual);
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.|+*?()[\]{}]/g, '\\$&');
}

function list(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

/** What a role-chaining AssumeRole brings: the calling session's role, and the external id sent. */
export interface RoleTrustRequest {
  callerRoleArn: string;
  callerAccountId: string;
  externalId: string | undefined;
}

/**
 * AssumeRole's trust: a statement whose `Principal.AWS` names the calling role (or its account's
 * root), whose action covers `sts:AssumeRole`, and whose only condition key the fake knows,
 * `sts:ExternalId`, matches.
 */
export function roleTrustAllows(policy: TrustPolicy, request: RoleTrustRequest): boolean {
  const partition = request.callerRoleArn.split(':')[1] ?? 'aws';
  const root = `arn:${partition}:iam::${request.callerAccountId}:root`;
  const matching = policy.Statement.filter((statement) => {
    const principals = list(statement.Principal.AWS ?? []);
    if (!principals.includes(request.callerRoleArn) && !principals.includes(root)) return false;
    if (!list(statement.Action).some((a) => like('sts:assumerole', a.toLowerCase()))) return false;
    return Object.entries(statement.Condition ?? {}).every(([operator, conditions]) =>
      Object.entries(conditions).every(([key, values]) => {
        if (key.toLowerCase() !== 'sts:externalid' || request.externalId === undefined) return false;
        const compare = operator === 'StringLike' ? like : (a: string, b: string) => a === b;
        return list(values).some((value) => compare(request.externalId ?? '', value));
      }),
    );
  });
  return matching.some((s) => s.Effect === 'Allow') && !matching.some((s) => s.Effect === 'Deny');
}
