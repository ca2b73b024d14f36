/**
 * The documentation's examples as tests: every fenced ```yaml block in README.md and docs/*.md
 * that uses the action (`uses: …/oidc-exchange@…`), a per-target action (`…/actions/<x>@…`) or the
 * task (`OidcExchange@1`). One that cannot run says why on the line before its fence:
 * `<!-- illustrative: <reason> -->`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './action-manifest.ts';

export interface DocExample {
  /** `README.md:49`, where the fence opens. */
  where: string;
  text: string;
  kind: 'github' | 'azure-devops';
  /** The reason given by `<!-- illustrative: … -->`, when the example is not run. */
  illustrative: string | undefined;
}

export const USES_ACTION = /uses:\s*\S+\/oidc-exchange(\/actions\/[a-z0-9-]+)?@\S+/;
export const USES_TASK = /task:\s*OidcExchange@1\b/;

export function documentationFiles(root = repoRoot): string[] {
  const docs = join(root, 'docs');
  const pages = existsSync(docs)
    ? readdirSync(docs)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  return ['README.md', ...pages.map((f) => `docs/${f}`)];
}

export function docExamples(root = repoRoot): DocExample[] {
  const found: DocExample[] = [];
  for (const file of documentationFiles(root)) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^```ya?ml\s*$/.test(lines[i] ?? '')) continue;
      const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
      if (end < 0) throw new Error(`${file}:${i + 1}: unclosed fence`);
      const text = lines.slice(i + 1, end).join('\n');
      const kind = USES_ACTION.test(text) ? 'github' : USES_TASK.test(text) ? 'azure-devops' : undefined;
      let before = i - 1;
      while (before >= 0 && (lines[before] ?? '').trim() === '') before--;
      const marker = /^<!--\s*illustrative:\s*(.+?)\s*-->$/.exec((lines[before] ?? '').trim());
      if (kind) found.push({ where: `${file}:${i + 1}`, text, kind, illustrative: marker?.[1] });
      i = end;
    }
  }
  return found;
}
