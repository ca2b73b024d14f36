/**
 * Every relative link in README.md, CHANGELOG.md and docs/*.md points at a file that exists, and
 * every `#anchor` at a heading (GitHub's slugs) or an `<a id>` of that file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pages = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The text outside fenced code blocks and inline code, where links and headings live. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** GitHub's heading slugs: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = (heading ?? '').replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) found.add(id ?? '');
  return found;
}

function links(markdown: string): string[] {
  const text = prose(markdown).replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? '');
}

describe('documentation links', () => {
  it.each(pages)('every relative link and anchor in %s resolves', (page) => {
    const broken: string[] = [];
    for (const link of links(readFileSync(join(root, page), 'utf8'))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto:
      const [path = '', anchor] = link.split('#');
      const target = path ? join(dirname(join(root, page)), decodeURIComponent(path)) : join(root, page);
      if (!existsSync(target)) {
        broken.push(`${link}: no file ${relative(root, target)}`);
        continue;
      }
      if (anchor === undefined || statSync(target).isDirectory()) continue;
      if (!anchors(readFileSync(target, 'utf8')).has(anchor)) broken.push(`${link}: no anchor #${anchor}`);
    }
    expect(broken).toEqual([]);
  });

  it('finds the anchors GitHub makes', () => {
    const slugs = anchors('# A `b_c` → D\n## 2.7 Handing it on\n## A `b_c` → D\n<a id="x_y"></a>');
    expect([...slugs]).toEqual(['a-b_c--d', '27-handing-it-on', 'a-b_c--d-1', 'x_y']);
  });
});
