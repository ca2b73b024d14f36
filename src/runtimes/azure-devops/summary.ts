import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from '../../core/run.js';
import { markdownQuote, markdownTable } from '../shared/markdown.js';
import type { Agent } from './agent.js';
import type { Variable } from './sink.js';

/**
 * The run's summary (Extensions tab), uploaded whatever happened: who the job was, what it got,
 * and the names later steps use, with the `env:` mapping each secret one needs. Never a value of a
 * secret. The file goes straight into Agent.TempDirectory (the agent empties it after the job),
 * not into the step's private folder, which the post-job step may remove before the upload.
 */
export function successSummary(result: RunResult, variables: Variable[], renewal: string[] = []): string {
  const rows: Array<[string, string]> = [
    ['Issuer', result.issuer],
    ['Subject', result.subject],
    ['Expires', result.expiresAt.toISOString()],
  ];
  for (const grant of result.grants) rows.push(...grant.summary);
  const jobVariables = variables.filter((v) => !v.output);
  const plain = jobVariables.filter((v) => !v.secret).map((v) => v.name);
  const secret = jobVariables.filter((v) => v.secret).map((v) => v.name);
  const outputs = variables.filter((v) => v.output).map((v) => v.name);
  rows.push(
    ['Variables for later steps', plain.join(', ')],
    ['Secret variables (map with `env:`)', secret.join(', ') || '(none)'],
    ['Output variables', outputs.join(', ')],
  );
  for (const note of renewal) rows.push(['Renewed for the job', note]);
  return `### oidc-exchange: credentials issued\n\n${markdownTable(rows)}\n`;
}

/** `lines`: the error as errorLines() writes it, with the task's input names. */
export function failureSummary(lines: readonly string[]): string {
  const text = markdownQuote(lines);
  return `### oidc-exchange: failed, nothing was exported\n\n${text}\n`;
}

/** Never throws: a summary that cannot be written must not hide the task's result. */
export function uploadSummary(agent: Agent, agentTemp: string, markdown: string): void {
  const path = join(agentTemp, `oidc-exchange-summary-${randomUUID()}.md`);
  try {
    writeFileSync(path, markdown, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
  } catch (error) {
    agent.warning(
      `oidc-exchange: could not write the summary (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
    return;
  }
  agent.uploadSummary(path);
}
