import { DEFAULT_GITHUB_ISSUER } from '../core/inputs.js';
import type { TrustedToken } from './trusted-token.js';

/**
 * The claims terms of an Entra flexible federated credential after its `sub` term (docs/protocols.md
 * §2.5), per issuer Entra takes them for: the claims an expression may name besides `sub`, and the
 * immutable ids of which it must pin one. Entra refuses a GitHub credential that pins neither
 * `repository_id` nor `repository_owner_id`, and a GitLab one without `project_id`, whatever the
 * form of `sub` (a name can be re-registered by someone else; the id cannot). The id comes from the
 * user's `claims` rule when it gives one exactly, else from this token: never broader than both.
 */
const ISSUERS: Record<string, { claims: string[]; ids: string[] }> = {
  [DEFAULT_GITHUB_ISSUER]: {
    claims: ['job_workflow_ref', 'repository_id', 'repository_owner_id'],
    ids: ['repository_id', 'repository_owner_id'],
  },
  'https://gitlab.com': { claims: ['project_id'], ids: ['project_id'] },
  'https://app.terraform.io': { claims: [], ids: [] },
};

/** The token claims that may pin a flexible credential (trusted-token.ts keeps them). */
export const ID_CLAIMS = ['repository_id', 'repository_owner_id', 'project_id'];

export type FlexibleTerms =
  { ok: true; terms: string; fromRules: boolean; enforced: string[] } | { ok: false; reason?: string };

export function flexibleTerms(trust: TrustedToken): FlexibleTerms {
  const issuer = ISSUERS[trust.issuer];
  if (!issuer) return { ok: false };
  const rules = trust.claims.filter((c) => issuer.claims.includes(c.name) && expressible(c.pattern));
  const exactId = rules.some((c) => issuer.ids.includes(c.name) && !c.pattern.includes('*'));
  const tokenId = issuer.ids
    .map((name) => ({ name, value: trust.ids?.[name] }))
    .find((id): id is { name: string; value: string } => id.value !== undefined && expressible(id.value));
  if (issuer.ids.length > 0 && !exactId && !tokenId)
    return {
      ok: false,
      reason: `a flexible credential for this issuer must pin ${issuer.ids.map((n) => `\`${n}\``).join(' or ')}: give it in \`claims\`, e.g. \`${issuer.ids[0] ?? ''}=<id>\``,
    };
  const term = (name: string, pattern: string) =>
    issuer.ids.includes(name) && !pattern.includes('*')
      ? ` and claims['${name}'] eq '${pattern}'`
      : ` and claims['${name}'] matches '${pattern}'`;
  const terms = [
    ...rules.map((c) => term(c.name, c.pattern)),
    ...(exactId || !tokenId ? [] : [term(tokenId.name, tokenId.value)]),
  ].join('');
  return { ok: true, terms, fromRules: rules.length > 0, enforced: rules.map((c) => c.name) };
}

/** The expression language's strings are single-quoted; one with a quote or backslash is not written. */
export function expressible(pattern: string): boolean {
  // eslint-disable-next-line no-control-regex -- a control character has no place in the expression
  return !/['\\]/.test(pattern) && !/[\u0000-\u001f]/.test(pattern);
}
