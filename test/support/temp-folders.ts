/**
 * Temporary folders of the tests, each removed after its test file (test/support/stop-refreshers.ts
 * runs `removeTempFolders` once the file's refreshers are stopped). The whole run's TMPDIR is a
 * private folder that test/global-setup.ts checks and removes: a test that leaves an
 * `oidc-exchange-*` folder behind fails the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

export function removeTempFolders(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}
