import { neutralise } from '../../core/neutralise.js';

/**
 * Markdown for the run summaries of both runtimes. What goes in holds claims and upstream text, so
 * it is made inert: no command markers, no `|` or line break to break a table, no `<` to open HTML.
 */

/** A two-column table. */
export function markdownTable(rows: Array<[string, string]>): string {
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`)].join('\n');
}

/** A block quote, one quoted paragraph per line (an error with its hint; a text's own lines). */
export function markdownQuote(text: string | readonly string[]): string {
  return (typeof text === 'string' ? text.split('\n') : text).map((line) => `> ${cell(line)}`).join('\n>\n');
}

function cell(text: string): string {
  return neutralise(text)
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;');
}
