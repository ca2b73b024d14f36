/**
 * Entra's flexible federated credentials (docs/protocols.md §2.5): a `claimsMatchingExpression`
 * instead of a subject, terms `claims['<name>'] matches '<pattern>'` (`*`: any run of
 * characters) or `claims['<name>'] eq '<value>'`, joined by `and`. Entra takes `sub` (and, for
 * GitHub, `job_workflow_ref`); the fake takes any claim. An expression it cannot read throws, as
 * Graph refuses it when the credential is created.
 */
const TERM = /^claims\['([A-Za-z0-9_]+)'\] (matches|eq) '([^'\\]*)'$/;

export function checkExpression(expression: string): void {
  for (const term of expression.split(' and ')) {
    if (!TERM.test(term)) throw new Error(`claimsMatchingExpression: cannot read ${term}`);
  }
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
