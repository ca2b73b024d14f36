import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createPrivateFile } from '../shared/secret-file.js';

/**
 * Replaces a credential file so that a reader sees the old token or the new one, never a partial
 * one: the new content goes to a 0600 file created exclusively (never through a symlink) in the
 * same folder, which is then renamed over the old one (atomic within a filesystem).
 *
 * Only a file that exists is replaced: the step writes it first (exclusively), and once the post
 * step removed it, it must stay removed. Returns whether it was replaced.
 */
export function replaceSecretFile(path: string, content: string): boolean {
  if (!existsSync(path)) return false;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  createPrivateFile(temp, content);
  try {
    renameSync(temp, path);
    return true;
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
