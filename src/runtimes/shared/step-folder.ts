import { randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { makeFolderPrivate } from './private-folder.js';

/**
 * Each step keeps its files (the federated token file, the Azure CLI's config, the AWS profile)
 * in a private folder under RUNNER_TEMP, which the runner empties after the job; the post step
 * removes it sooner. Only a folder of this exact shape, directly under the runner's temp folder,
 * is removed.
 *
 * The folder is private from the moment it exists, never "made private" after another user could
 * have reached it: elsewhere mkdtemp creates it 0700. On Windows a new folder takes its parent's
 * access list (often write access for every local user, inherited from C:\), and setting its own
 * list afterwards leaves a window in which another user could create files in it or open it, and
 * a handle opened then keeps the access it was granted. So the step folder is born inside a
 * staging folder that already has the private list (see private-folder.ts), inheriting that list
 * as it is created, and is then renamed to its place: a rename within a volume keeps a folder's
 * list. Whatever another user did to the staging folder before its list was set cannot reach the
 * step folder, which they never could open; the staging folder is then removed.
 */
const PREFIX = 'oidc-exchange-';
const STAGING_PREFIX = 'oidc-exchange.staging-';

export function createStepTempDir(
  runnerTemp: string | undefined,
  platform: NodeJS.Platform = process.platform,
  makePrivate: (dir: string) => void = makeFolderPrivate,
): string {
  const parent = runnerTemp || tmpdir();
  if (platform !== 'win32') return mkdtempSync(join(parent, PREFIX)); // 0700 from the start
  const staging = mkdtempSync(join(parent, STAGING_PREFIX));
  try {
    makePrivate(staging);
    const born = mkdtempSync(join(staging, 'step-')); // inherits the private list as it is created
    const dir = join(parent, `${PREFIX}${randomBytes(6).toString('hex')}`);
    renameSync(born, dir);
    return dir;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export function removeStepTempDir(dir: string, runnerTemp: string | undefined): boolean {
  const parent = resolve(runnerTemp || tmpdir());
  const target = resolve(dir);
  if (dirname(target) !== parent || !basename(target).startsWith(PREFIX)) return false;
  rmSync(target, { recursive: true, force: true });
  return true;
}
