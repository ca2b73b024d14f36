/**
 * How `npm run demo` prints: headings in bold only on a terminal (no ANSI codes in a file or a
 * pipe, or with NO_COLOR), secrets replaced by `***` as the runner replaces what was masked.
 */
const bold = process.stdout.isTTY && !process.env['NO_COLOR'];

export function heading(text: string): void {
  console.log(bold ? `\n\x1b[1m${text}\x1b[0m` : `\n== ${text}`);
}

export function note(text: string): void {
  console.log(text.replace(/^/gm, '  '));
}

/** The masks a step registered, and the text with them applied. */
export function masker(): { add: (line: string) => boolean; mask: (text: string) => string } {
  const masks: string[] = [];
  return {
    add: (line) => {
      const value = /^::add-mask::(.*)$/.exec(line)?.[1];
      if (value) masks.push(value);
      return value !== undefined;
    },
    mask: (text) => masks.reduce((t, m) => t.split(m).join('***'), text),
  };
}

/** The workflow step, each input with a comment when it is there only because of the fake cloud. */
export function printStep(inputs: Record<string, string>, fakeOnly: Record<string, string>): void {
  console.log('  - uses: OWNER/oidc-exchange@v1\n    with:');
  for (const [name, value] of Object.entries(inputs)) {
    const why = fakeOnly[name];
    console.log(`      ${name}: ${value}${why ? `   # demo only: ${why}` : ''}`);
  }
}
