/**
 * How the runners' .NET code compares the text it reads for commands. Both the GitHub runner and
 * the Azure Pipelines agent call `string.IndexOf(string)` / `StartsWith(string)` without a
 * StringComparison, i.e. culture-sensitive, and neither sets InvariantGlobalization, so ICU
 * collation decides: it ignores format characters (zero-width space, joiners, soft hyphen, BOM)
 * but not a difference of width or case. `TrimStart()` removes what `char.IsWhiteSpace` calls
 * white space, NEL (U+0085) among it.
 */
// eslint-disable-next-line no-misleading-character-class -- each is a lone format character, not part of a sequence
const IGNORABLE = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;
const DOTNET_SPACE = /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export function dotnetTrimStart(text: string): string {
  return text.replace(DOTNET_SPACE, '');
}

/** Where `pattern` (no ignorable characters in it) starts in `text` from `from` on, format characters skipped; -1 if nowhere. */
export function cultureIndexOf(text: string, pattern: string, from = 0): number {
  for (let start = from; start < text.length; start++) {
    if (IGNORABLE.test(text[start] ?? '')) continue;
    let i = start;
    let j = 0;
    while (j < pattern.length && i < text.length) {
      if (IGNORABLE.test(text[i] ?? '')) {
        i++;
        continue;
      }
      if (text[i] !== pattern[j]) break;
      i++;
      j++;
    }
    if (j === pattern.length) return start;
  }
  return -1;
}

export function cultureStartsWith(text: string, pattern: string): boolean {
  const index = cultureIndexOf(text, pattern);
  return index >= 0 && [...text.slice(0, index)].every((c) => IGNORABLE.test(c));
}
