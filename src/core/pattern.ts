/**
 * Claim patterns: exact, case-sensitive text where `*` matches any run of characters (including
 * none, and including `:` and `/`), like IAM's StringLike and Entra's flexible `matches`
 * (docs/protocols.md §2.5, §3.5). There is no other special character: `?`, `[` and `.` are literal.
 */
export interface Pattern {
  readonly source: string;
  test(value: string): boolean;
  /** For hints only: would it match if case did not matter? */
  testIgnoringCase(value: string): boolean;
}

export function compilePattern(source: string): Pattern {
  const body = source.split('*').map(escapeRegExp).join('[\\s\\S]*');
  const exact = new RegExp(`^${body}$`);
  const folded = new RegExp(`^${body}$`, 'i');
  return { source, test: (value) => exact.test(value), testIgnoringCase: (value) => folded.test(value) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
