import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { renameOver } from './rename-over.js';
import { credentialFilePath } from '../../core/credential-file-path.js';

export { credentialFilePath };

/**
 * A credential file, 0600, created exclusively and never through a symlink (O_EXCL|O_NOFOLLOW): a
 * file planted in advance, or a link to elsewhere, makes this fail instead of writing through it.
 */
export function writeSecretFile(dir: string, name: string, content: string): string {
  const path = credentialFilePath(dir, name);
  createPrivateFile(path, content);
  return path;
}

/** Writes `content` to a new 0600 file at `path`; fails if anything (file or link) is already there. */
export function createPrivateFile(path: string, content: string): void {
  const fd = openSync(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    0o600,
  );
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts `content` at `path` so that a reader sees the old file or the new one, never a partial one,
 * and the result is 0600 whatever was there before: a new private file (above) with a random name
 * in the same folder is renamed over `path` (atomic within a filesystem). A symlink at `path` is
 * replaced, not followed; a file or link planted at the temporary name makes this fail.
 */
export function writePrivateFileAtomically(
  path: string,
  content: string,
  tempName: (path: string) => string = randomTempName,
): void {
  const temp = tempName(path);
  createPrivateFile(temp, content);
  try {
    renameOver(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function randomTempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}
