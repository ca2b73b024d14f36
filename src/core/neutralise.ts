/**
 * Untrusted text (claims, inputs, upstream error bodies) is printed in logs that the runner also
 * reads for commands: GitHub's `::name …::data` and Azure DevOps' `##vso[…]` / `##[…]`. A zero-width
 * space after the first `:` of every `::` that starts a command name (a letter follows), and after
 * the first `#` of every `##[` / `##vso[`, keeps the text readable and makes it inert wherever it
 * appears in a line. ARNs (`arn:aws:iam::123456789012:…`) stay intact: digits never start a command.
 */
const ZERO_WIDTH_SPACE = '\u200b';

export function neutralise(text: string): string {
  return text
    .replace(/::(?=[A-Za-z_])/g, `:${ZERO_WIDTH_SPACE}:`)
    .replace(/##(?=\[|vso\[)/gi, `#${ZERO_WIDTH_SPACE}#`);
}
