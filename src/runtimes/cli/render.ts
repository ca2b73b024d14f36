import type { Export } from '../../core/target.js';
import { shellQuote } from '../../core/shell-quote.js';

/**
 * The CLI's result for a shell, a dotenv file or a program. Secrets are printed here by design,
 * on stdout only (like an AWS credential_process); diagnostics go to stderr, never a secret.
 */
export type Format = 'env' | 'dotenv' | 'json';

export function render(exports: Export[], filePaths: Map<string, string>, format: Format): string {
  const variables = exports
    .filter((e) => e.kind !== 'output')
    .map((e): [string, string] => [e.name, e.kind === 'file' ? (filePaths.get(e.name) ?? '') : e.value]);
  const outputs = exports.filter((e) => e.kind === 'output').map((e): [string, string] => [e.name, e.value]);
  if (format === 'json') {
    return `${JSON.stringify({ variables: Object.fromEntries(variables), outputs: Object.fromEntries(outputs) }, null, 2)}\n`;
  }
  const line =
    format === 'env'
      ? (n: string, v: string) => `export ${n}=${shellQuote(v)}`
      : (n: string, v: string) => `${n}=${shellQuote(v)}`;
  return `${variables.map(([n, v]) => line(n, v)).join('\n')}\n`;
}
