/**
 * `npm ci` on Node 20 (the documented Node of the command line) warns EBADENGINE for every
 * dependency whose `engines.node` excludes 20. Each such package must be a development dependency
 * (nothing that ships may need a newer Node) and be named in the README, which says why the
 * warning is harmless.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/action-manifest.ts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const pkg = read(join(repoRoot, 'package.json')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/** The lowest major version a `>=N…` or `^N…` range admits; undefined for any other form. */
function lowestMajor(range: string): number | undefined {
  const match = /^\s*(?:>=|\^)\s*v?(\d+)/.exec(range);
  return match ? Number(match[1]) : undefined;
}

describe('dependencies that want a newer Node than 20', () => {
  const newer = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
    .filter((name) => name !== 'node') // Node 24 itself, which the scripts run on
    .filter((name) => {
      const engines = read(join(repoRoot, 'node_modules', name, 'package.json'))['engines'] as
        { node?: string } | undefined;
      return (lowestMajor(engines?.node ?? '') ?? 0) > 20;
    });

  it('are development dependencies only, each named in the README with why its warning is harmless', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const name of newer) {
      expect(pkg.dependencies?.[name], name).toBeUndefined();
      expect(readme, name).toContain(`\`${name}\``);
    }
    expect(readme).toContain('EBADENGINE');
  });
});
