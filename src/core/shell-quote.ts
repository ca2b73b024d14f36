/**
 * The one quoting for anything printed for a person to paste into a POSIX shell (az and
 * databricks commands in hints and explanations, the command line's `env` output): single quotes,
 * with each embedded single quote closed, escaped and reopened. Inside single quotes nothing is
 * special (`$(`, backticks, `\`, newlines), so a claim value is passed on exactly, whatever it
 * holds: a branch name may contain `'` and `$(…)`.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
