/**
 * Builds the committed bundles with ncc: one folder per entry point, lazy chunks for each target's
 * SDK beside it. dist/ holds the action's and the command line's; tasks/OidcExchangeV1/dist/ the
 * Azure DevOps task's, so that the task folder runs alone (no node_modules) and is what
 * `npm run package:task` packs. Reproducible: CI rebuilds and fails if either changes (.ci/run).
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
  ['src/runtimes/aws-process/main.ts', 'dist/aws-process'],
  ['src/runtimes/azure-devops/main.ts', 'tasks/OidcExchangeV1/dist/main'],
  ['src/runtimes/azure-devops/post.ts', 'tasks/OidcExchangeV1/dist/post'],
  // `refresh` in the task: the same command line and refresher, beside the task's own bundle.
  ['src/runtimes/cli/main.ts', 'tasks/OidcExchangeV1/dist/cli'],
  ['src/runtimes/refresher/main.ts', 'tasks/OidcExchangeV1/dist/refresher'],
  ['src/runtimes/aws-process/main.ts', 'tasks/OidcExchangeV1/dist/aws-process'],
];

// `node scripts/build.ts tasks` rebuilds only the bundles under tasks/ (quicker while working on the task).
const only = process.argv[2];
const chosen = ENTRIES.filter(([, out]) => !only || out.startsWith(only));
for (const top of new Set(chosen.map(([, out]) => out.split('/').slice(0, -1).join('/'))))
  rmSync(join(root, top), { recursive: true, force: true });
for (const [source, out] of chosen) {
  execFileSync(
    ncc,
    ['build', source, '--out', out, '--quiet', '--no-source-map-register', '--target', 'es2023'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
