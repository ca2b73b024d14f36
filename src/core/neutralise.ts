/**
 * Untrusted text (claims, inputs, upstream error bodies) is printed where runners read commands:
 * the GitHub runner takes `::name …::data` at the start of a line (after white space) and its old
 * `##[name]` anywhere in a line; the Azure Pipelines agent takes the first `##vso[` anywhere in a
 * line; both log viewers read `##[group]`-style markers (docs/protocols.md §1.7, §6.8).
 * neutralise() makes such text ONE inert line:
 *
 * - every control character is escaped (`\n`, `\r`, `\t`, `\x1b`, `\u2028`): C0, DEL, C1 (NEL
 *   among them) and the Unicode line and paragraph separators, so no part of the text can begin a
 *   line of its own, in a runner, a terminal or a reader that splits at U+2028;
 * - the first `:` of a `::` that starts the text or comes before a letter, and the first `#` of
 *   `##[` / `##vso`, become their full-width forms (`：`, `＃`): still readable, and no marker any
 *   more. Not a zero-width space: both runners find these markers with .NET's culture-sensitive
 *   IndexOf/StartsWith under ICU (neither sets InvariantGlobalization), whose collation ignores
 *   format characters such as U+200B but not a difference of width. For the same reason a `##`
 *   marker is found with format characters anywhere inside it (`#\u200b#vso[` is `##vso[` to the
 *   agent).
 *
 * ARNs (`arn:aws:iam::123456789012:…`) stay intact: a digit never starts a command. Applying it
 * twice changes nothing, so text already neutralised upstream can pass through a sink that does it
 * again.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Format characters, which .NET's culture-sensitive search skips: any number of them, anywhere in a marker. */
const F =
  '[\\u00ad\\u034f\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff]*';
/** The first `#` of `##[` or `##vso` (any case), format characters allowed between their characters. */
// eslint-disable-next-line no-misleading-character-class -- each is a lone format character, not part of a sequence
const HASH_MARKER = new RegExp(`#(?=${F}#${F}(?:\\[|v${F}s${F}o))`, 'gi');

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

export function neutralise(text: string): string {
  return text
    .replace(CONTROL, escaped)
    .replace(/::(?=[A-Za-z_])/g, '\uff1a:')
    .replace(/^(\s*)::/, '$1\uff1a:')
    .replace(HASH_MARKER, '\uff03');
}
