/**
 * "Did you mean …?" for a name the user mistyped (an option, a subcommand, an input): the known
 * names within a small edit distance (a swapped pair of letters counts once), or those that end
 * with what was typed (`--region` for `--aws-region`, `role-arn` written for the full action).
 */
export function closestNames(typed: string, known: Iterable<string>): string[] {
  const word = typed.toLowerCase();
  if (word === '') return [];
  const limit = word.length <= 4 ? 1 : word.length <= 10 ? 2 : 3;
  const scored: Array<[string, number]> = [];
  for (const name of known) {
    const candidate = name.toLowerCase();
    if (candidate === word) continue;
    const distance = editDistance(word, candidate);
    if (distance <= limit) scored.push([name, distance]);
    else if (word.length >= 4 && candidate.endsWith(`-${word}`)) scored.push([name, limit + 1]);
  }
  const best = Math.min(...scored.map(([, d]) => d));
  return scored.filter(([, d]) => d === best).map(([name]) => name);
}

/** ` (did you mean `a` or `b`?)`, or '' when nothing is close; `show` writes each name as the user would. */
export function didYouMean(typed: string, known: Iterable<string>, show = (n: string) => `\`${n}\``): string {
  const names = closestNames(typed, known);
  if (names.length === 0) return '';
  const listed = names.slice(0, 3).map(show);
  const last = listed.pop() ?? '';
  return ` (did you mean ${listed.length > 0 ? `${listed.join(', ')} or ${last}` : last}?)`;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  const row0 = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) row0[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const up = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
