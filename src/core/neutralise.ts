/**
 * Untrusted text (claims, inputs, upstream error bodies) is printed in logs that the runner also
 * reads for commands: GitHub's `::name::` and Azure DevOps' `##vso[…]` / `##[…]`. Breaking every
 * `::` and `##` with a zero-width space keeps the text readable and makes it inert wherever it
 * appears in a line.
 */
const ZERO_WIDTH_SPACE = '\u200b';

export function neutralise(text: string): string {
  return text.replace(/::/g, `:${ZERO_WIDTH_SPACE}:`).replace(/##/g, `#${ZERO_WIDTH_SPACE}#`);
}
