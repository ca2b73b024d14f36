/**
 * One shell word, whatever it holds: single quotes, with each `'` written as `'\''`. Claim values
 * are hostile text (a branch may hold `'`, `$(` or backticks), and the commands printed for a person
 * to paste must stay one word per value. Local until the shared quoting function is on main.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
