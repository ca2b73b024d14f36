import { appendFileSync } from 'node:fs';
import { errorLines, type OidcExchangeError } from '../../core/errors.js';
import type { RunResult } from '../../core/run.js';
import { markdownQuote, markdownTable } from '../shared/markdown.js';

/**
 * The job summary: who the job was (issuer, subject), what it got (targets, scopes, expiry) and
 * the names of the variables and outputs later steps can use. Never a secret: values of secret
 * exports are not shown, only their names.
 */
export function successSummary(result: RunResult, renewal: string[] = []): string {
  const rows: Array<[string, string]> = [
    ['Issuer', result.issuer],
    ['Subject', result.subject],
    ['Expires', result.expiresAt.toISOString()],
  ];
  for (const grant of result.grants) rows.push(...grant.summary);
  const variables = result.exports.filter((e) => e.kind !== 'output').map((e) => e.name);
  const outputs = result.exports.filter((e) => e.kind === 'output').map((e) => e.name);
  rows.push(['Variables for later steps', variables.join(', ')], ['Outputs', outputs.join(', ')]);
  for (const note of renewal) rows.push(['Renewed for the job', note]);
  return `### oidc-exchange: credentials issued\n\n${markdownTable(rows)}\n`;
}

export function failureSummary(error: OidcExchangeError): string {
  const text = markdownQuote(errorLines(error));
  return `### oidc-exchange: failed, nothing was exported\n\n${text}\n`;
}

export function appendSummary(file: string | undefined, markdown: string): void {
  if (file) appendFileSync(file, `${markdown}\n`, { encoding: 'utf8' });
}
