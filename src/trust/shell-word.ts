import { neutralise } from '../core/neutralise.js';
import { shellQuote } from '../core/shell-quote.js';

/**
 * One shell word for a value of the emitted commands, which may be printed where a runner reads
 * its log for commands (`oidc-exchange trust` in a CI step). Single quotes keep any value exact,
 * but a line break inside them would start a new log line (`::…` for GitHub) and `##vso[` is a
 * command anywhere in an Azure DevOps line. Such a value is written in bash's `$'…'` form instead,
 * control characters and the second `#` of `##` as `\xHH` escapes: the same value, on one line,
 * with no command in it.
 */
export function shellWord(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not be printed raw
  if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029]|##/.test(value)) return shellQuote(value);
  const body = value.replace(
    // eslint-disable-next-line no-control-regex -- as above
    /[\\'\u0000-\u001f\u007f-\u009f]|(?<=#)#|[\u2028\u2029]/g,
    // Bytes, not `\u2028`: bash turns `\u…` into the character only under a UTF-8 locale, while
    // `\xHH` is the same byte in every locale.
    (c) =>
      c === '\\' || c === "'"
        ? `\\${c}`
        : [...Buffer.from(c, 'utf8')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join(''),
  );
  return `$'${body}'`;
}

/** A comment line of the emitted commands or Terraform: one line, and inert in a runner's log. */
export function commentLine(prefix: string, text: string): string {
  const oneLine = text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass
    /[\u0000-\u001f\u007f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return neutralise(`${prefix}${oneLine}`);
}
