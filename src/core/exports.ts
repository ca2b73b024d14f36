import { OidcExchangeError } from './errors.js';
import type { Export, Grant } from './target.js';

/**
 * All grants → one list of exports, checked as a whole: names are well-formed and unique, values
 * cannot smuggle a second variable or command into the runner's files (no newlines), and the
 * step-level outputs (`subject`, `expires-at`) are added. All or nothing: this only runs once
 * every target has succeeded.
 */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function collectExports(
  grants: Grant[],
  step: { subject: string; expiresAt: Date },
  extra: Export[] = [],
): Export[] {
  const all: Export[] = [
    ...grants.flatMap((g) => g.exports),
    ...extra,
    { name: 'subject', value: step.subject, secret: false, kind: 'output' },
    { name: 'expires-at', value: step.expiresAt.toISOString(), secret: false, kind: 'output' },
  ];
  const seen = new Set<string>();
  for (const e of all) {
    const key = `${e.kind === 'output' ? 'output' : 'env'}:${e.name}`;
    const validName = e.kind === 'output' ? OUTPUT_NAME.test(e.name) : ENV_NAME.test(e.name);
    if (!validName || seen.has(key)) {
      throw new OidcExchangeError(
        'INTERNAL',
        `Refusing to export ${e.kind} \`${e.name}\`: invalid or duplicate name.`,
      );
    }
    if (/[\r\n\0]/.test(e.value) && e.kind !== 'file') {
      throw new OidcExchangeError(
        'INTERNAL',
        `Refusing to export ${e.kind} \`${e.name}\`: its value contains a line break.`,
      );
    }
    seen.add(key);
  }
  return all;
}
