/**
 * docs/troubleshooting.md's table of error codes, generated from src/core/error-codes.ts so that
 * every code a user can see has an entry. `npm run gen` writes it; a test checks it.
 */
import { ERROR_CODES } from '../src/core/error-codes.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function errorCodesTable(): string {
  return [
    '| Code | Meaning | Fix |',
    '|---|---|---|',
    ...Object.entries(ERROR_CODES).map(
      ([code, [meaning, fix]]) =>
        `| <a id="${code.toLowerCase()}"></a>\`${code}\` | ${cell(meaning)} | ${cell(fix)} |`,
    ),
  ].join('\n');
}
