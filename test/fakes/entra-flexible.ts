/**
 * Entra's flexible federated credentials (docs/protocols.md §2.5): a `claimsMatchingExpression`
 * instead of a subject, terms `claims['<name>'] matches '<pattern>'` (`*`: any run of
 * characters) or `claims['<name>'] eq '<value>'`, joined by `and`. Entra takes `sub` (and, for
 * GitHub, `job_workflow_ref`, `repository_id`, `repository_owner_id`; for GitLab `project_id`), and
 * requires one of those ids; the fake takes any claim. An expression it cannot read, or one without
 * the `sub` or id term, throws, as Graph refuses it when the credential is created.
 */
const TERM = /^claims\['([A-Za-z0-9_]+)'\] (matches|eq) '([^'\\]*)'$/;

/** Claims that pin a GitHub repository or owner, or a GitLab project, by id. */
const ID_CLAIMS = ['repository_id', 'repository_owner_id', 'project_id'];

export function checkExpression(expression: string, issuer: string): void {
  const names: string[] = [];
  for (const term of expression.split(' and ')) {
    const name = TERM.exec(term)?.[1];
    if (name === undefined) throw new Error(`claimsMatchingExpression: cannot read ${term}`);
    names.push(name);
  }
  if (!names.includes('sub')) throw new Error('claimsMatchingExpression: no term on sub');
  // Entra refuses a GitHub or GitLab credential that pins no id (docs/protocols.md §2.5). The fake's
  // issuer stands in for GitHub's in the tests, so every issuer but Terraform Cloud's must pin one.
  if (issuer !== 'https://app.terraform.io' && !names.some((n) => ID_CLAIMS.includes(n)))
    throw new Error(`claimsMatchingExpression: pins none of ${ID_CLAIMS.join(', ')}`);
}

export function matchesExpression(expression: string, claims: Record<string, unknown>): boolean {
  return expression.split(' and ').every((term) => {
    const [, name = '', operator, operand = ''] = TERM.exec(term) ?? [];
    const value = claims[name];
    if (typeof value !== 'string') return false;
    if (operator === 'eq') return value === operand;
    const body = operand
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('[\\s\\S]*');
    return new RegExp(`^${body}$`).test(value);
  });
}
