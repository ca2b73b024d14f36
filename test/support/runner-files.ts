/**
 * Reads GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE files the way the GitHub runner does: each entry
 * is `name=value` on one line, or `name<<DELIMITER`, the value's lines, and `DELIMITER` alone on a
 * line. Anything else is an error, as it is for the runner.
 */
export function parseFileCommands(text: string): Map<string, string> {
  const result = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`unterminated value for ${name}`);
      result.set(name, value.join('\n'));
    } else if (equals > 0) {
      result.set(line.slice(0, equals), line.slice(equals + 1));
    } else {
      throw new Error(`invalid file-command line: ${line}`);
    }
  }
  return result;
}
