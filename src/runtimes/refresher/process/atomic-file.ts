import { existsSync } from 'node:fs';
import { writePrivateFileAtomically } from '../../shared/secret-file.js';

/**
 * Replaces a credential file so that a reader sees the old token or the new one, never a partial
 * one (see writePrivateFileAtomically: a new 0600 file, never through a symlink, renamed over).
 *
 * Only a file that exists is replaced: the step writes it first (exclusively), and once the post
 * step removed it, it must stay removed. Returns whether it was replaced.
 */
export function replaceSecretFile(path: string, content: string): boolean {
  if (!existsSync(path)) return false;
  writePrivateFileAtomically(path, content);
  return true;
}
