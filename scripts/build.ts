/**
 * Builds the committed bundles in dist/ with ncc: one folder per entry point, lazy chunks for each
 * target's SDK beside it. Reproducible: CI rebuilds and fails if dist/ changes (.ci/run).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const ncc = join(root, 'node_modules', '.bin', 'ncc');

const ENTRIES: Array<[source: string, out: string]> = [
  ['src/runtimes/github/main.ts', 'dist/main'],
  ['src/runtimes/github/post.ts', 'dist/post'],
  ['src/runtimes/cli/main.ts', 'dist/cli'],
  ['src/runtimes/refresher/main.ts', 'dist/refresher'],
];

rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const [source, out] of ENTRIES) {
  execFileSync(
    ncc,
    ['build', source, '--out', out, '--quiet', '--no-source-map-register', '--target', 'es2023'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
