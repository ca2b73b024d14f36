import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { neutralise } from '../../core/neutralise.js';

/**
 * The GitHub runner's command protocol, written directly rather than through @actions/core:
 * bundled, @actions/core loads @actions/http-client and undici at start-up, which tripled this
 * step's start-up time (figures in docs/development.md, "Dependencies and start-up"). The formats are the
 * same as @actions/core 3 writes them; test/unit/runner-commands.test.ts checks that.
 *
 * - workflow commands on stdout: `::add-mask::`, `::error::`, `::warning::`, with data escaped;
 * - file commands: GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE as `name<<delimiter` blocks with a
 *   random delimiter, so no value can end its block early and set another variable.
 */
export interface RunnerFiles {
  env?: string | undefined;
  output?: string | undefined;
  state?: string | undefined;
  summary?: string | undefined;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

const masked = new Set<string>();

export function addMask(secret: string): void {
  // Each line separately as well: the runner masks line by line in multi-line output.
  const parts = [secret, ...secret.split(/\r?\n/).filter((l) => l.trim().length >= 4)];
  for (const part of parts) {
    if (part === '' || masked.has(part)) continue;
    masked.add(part);
    process.stdout.write(`::add-mask::${escapeData(part)}${EOL}`);
  }
}

/** Prints untrusted text as log lines that cannot be read as commands. */
export function logLine(text: string): void {
  process.stdout.write(`${neutralise(text)}${EOL}`);
}

/**
 * An annotation: one line, or our own lines (an error with its hint), each neutralised by itself.
 * The runner unescapes the data and writes the message into the log as it is, line by line, where
 * the log viewer reads `##[group]`-style markers: a line break inside untrusted text is escaped by
 * neutralise(), and a `%0A` it holds by escapeData().
 */
export function annotate(kind: 'error' | 'warning' | 'notice', text: string | readonly string[]): void {
  const lines = (typeof text === 'string' ? [text] : text).map(neutralise);
  process.stdout.write(`::${kind}::${escapeData(lines.join('\n'))}${EOL}`);
}

export function debug(text: string): void {
  process.stdout.write(`::debug::${escapeData(neutralise(text))}${EOL}`);
}

export function keyValueBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('value contains the delimiter');
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function appendFileCommand(file: string | undefined, what: string, blocks: string): void {
  if (!file) throw new Error(`The runner did not provide the ${what} file (GITHUB_${what.toUpperCase()}).`);
  if (blocks !== '') appendFileSync(file, blocks, { encoding: 'utf8' });
}
