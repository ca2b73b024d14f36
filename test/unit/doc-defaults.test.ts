/**
 * What the prose says an input's default is (“with `refresh: true`, the default”, “`refresh` (the
 * default)”, “`refresh`, on by default”) is what the input table (src/core/inputs.ts) declares: the
 * generated tables follow the table by construction, the prose only through this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { camelCase, INPUTS, type InputSpec } from '../../src/core/inputs.ts';
import { repoRoot } from '../support/action-manifest.ts';

const pages = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

interface Claim {
  page: string;
  input: string;
  claimed: string;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every claim about an input's default in a page's prose (code blocks left out, lines joined). */
function defaultClaims(page: string, markdown: string): Claim[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/\s+/g, ' ');
  const claims: Claim[] = [];
  for (const input of INPUTS) {
    const names = [...new Set([input.name, camelCase(input.name)])].map(escape).join('|');
    // `name` or `name: value`, then “, the default”, “ (the default)”, “, on by default”, “ is off by default”…
    const pattern = new RegExp(
      `\`(?:${names})(?::\\s*([^\`]+?))?\`\\)?,?\\s*(?:\\(\\s*|is\\s+)?(the default|on by default|off by default)`,
      'g',
    );
    for (const match of prose.matchAll(pattern)) {
      const [text, value, phrase] = match;
      const claimed = value ?? (phrase === 'off by default' ? 'false' : 'true');
      claims.push({ page, input: input.name, claimed: claimed.trim(), text });
    }
  }
  return claims;
}

/** The default a page's reader gets: the task's own where the page is about the task and it differs. */
function defaultFor(input: InputSpec, page: string): string | undefined {
  return page === 'docs/azure-devops.md' ? (input.azureDevOps?.default ?? input.default) : input.default;
}

const claims = pages.flatMap((page) => defaultClaims(page, readFileSync(join(repoRoot, page), 'utf8')));

describe('defaults named in the prose', () => {
  it('are found where the pages state them (a rewording the check cannot read fails here)', () => {
    const refresh = new Set(claims.filter((c) => c.input === 'refresh').map((c) => c.page));
    for (const page of [
      'docs/long-running-jobs.md',
      'docs/gcp.md',
      'docs/security.md',
      'docs/azure-devops.md',
    ])
      expect(refresh, page).toContain(page);
  });

  it.each(claims.map((c) => [`${c.page}: “${c.text}”`, c] as const))(
    '%s matches the input table',
    (_, claim) => {
      const input = INPUTS.find((i) => i.name === claim.input);
      expect(input).toBeDefined();
      expect(claim.claimed).toBe(input && defaultFor(input, claim.page));
    },
  );

  it('the reader finds each wording a page uses for a default', () => {
    const read = (text: string) => defaultClaims('x.md', text).map((c) => [c.input, c.claimed]);
    expect(read('With `refresh: true`, the default, every')).toEqual([['refresh', 'true']]);
    expect(read('With `refresh` (the default) the')).toEqual([['refresh', 'true']]);
    expect(read('renewable (`refresh`, on by default; see')).toEqual([['refresh', 'true']]);
    expect(read('`refresh`, the default,\n  `AWS_CONTAINER`')).toEqual([['refresh', 'true']]);
    expect(read('`dry-run` is off by default')).toEqual([['dry-run', 'false']]);
    expect(read('`refresh: false` keeps static keys')).toEqual([]);
  });
});
