/**
 * The test run of the Windows and macOS CI jobs (.github/workflows/ci.yml): every test file
 * except those the job's `skip:` list names, each printed with its reason, so that a skipped file
 * is never silent. A name that is not a test file fails the run (the list must not rot).
 *
 *   OIDC_EXCHANGE_SKIP='{"test/e2e/x.test.ts": "why"}' node scripts/portable-tests.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const skip = JSON.parse(process.env['OIDC_EXCHANGE_SKIP'] || '{}') as Record<string, string>;

const missing = Object.keys(skip).filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
  console.error(`The skip list names files that do not exist: ${missing.join(', ')}`);
  process.exit(1);
}
for (const [file, reason] of Object.entries(skip))
  console.log(`skipped on ${process.platform}: ${file} (${reason})`);

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const excludes = Object.keys(skip).flatMap((file) => ['--exclude', file]);
const run = spawnSync(process.execPath, [vitest, 'run', ...excludes], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
