/**
 * Builds the committed bundles with ncc, lazy chunks beside each. dist/ holds the action's and the
 * command line's, one folder per entry point. tasks/OidcExchangeV1/dist/ holds the Azure DevOps
 * task's: one bundle (dist/bundle) whose four entry points share their chunks, so the extension
 * carries one copy of each dependency, and for each entry point a two-line `dist/<entry>/index.js`
 * where the agent and the refresh code look for it. The task folder runs alone (no node_modules)
 * and is what `npm run package:task` packs. The version in package.json is written into
 * src/core/version.ts first, so every bundle reports it. Reproducible: CI rebuilds and fails if
 * anything changes (.ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_POINTS } from '../src/runtimes/azure-devops/entry-points.ts';

const root = join(import.meta.dirname, '..');
const ncc = join(root, 'node_modules', '.bin', 'ncc');

// The one version: package.json's, embedded into every bundle through src/core/version.ts.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const versionFile = join(root, 'src', 'core', 'version.ts');
const versionSource = readFileSync(versionFile, 'utf8');
const filled = versionSource.replace(
  /^export const VERSION = '[^']*';$/m,
  `export const VERSION = '${version}';`,
);
if (filled !== versionSource) writeFileSync(versionFile, filled);

const TASK_DIST = 'tasks/OidcExchangeV1/dist';
const ENTRIES: Array<[source: string, out: string]> = [
  ['src/runtimes/github/main.ts', 'dist/main'],
  ['src/runtimes/github/post.ts', 'dist/post'],
  ['src/runtimes/cli/main.ts', 'dist/cli'],
  ['src/runtimes/refresher/process/main.ts', 'dist/refresher'],
  ['src/runtimes/refresher/aws-process/main.ts', 'dist/aws-process'],
  ['src/runtimes/azure-devops/entry-points.ts', `${TASK_DIST}/bundle`],
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
  if (out !== `${TASK_DIST}/bundle`) continue;
  for (const entry of ENTRY_POINTS) {
    const dir = join(root, TASK_DIST, entry);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{\n  "type": "module"\n}\n');
    writeFileSync(
      join(dir, 'index.js'),
      `// The task's ${entry} entry point; the code is in ../bundle (scripts/build.ts).\nimport { start } from '../bundle/index.js';\nawait start('${entry}');\n`,
    );
  }
}
