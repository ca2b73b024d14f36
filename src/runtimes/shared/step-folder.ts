import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { makeFolderPrivate } from './private-folder.js';

/**
 * Each step keeps its files (the federated token file, the Azure CLI's config) in a private
 * folder under RUNNER_TEMP, which the runner empties after the job; the post step removes it
 * sooner. Only a folder of this exact shape, directly under the runner's temp folder, is removed.
 */
const PREFIX = 'oidc-exchange-';

export function createStepTempDir(runnerTemp: string | undefined): string {
  const dir = mkdtempSync(join(runnerTemp || tmpdir(), PREFIX)); // mkdtemp creates it 0700
  try {
    makeFolderPrivate(dir); // Windows: modes mean nothing there, an access list does it
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

export function removeStepTempDir(dir: string, runnerTemp: string | undefined): boolean {
  const parent = resolve(runnerTemp || tmpdir());
  const target = resolve(dir);
  if (dirname(target) !== parent || !basename(target).startsWith(PREFIX)) return false;
  rmSync(target, { recursive: true, force: true });
  return true;
}
