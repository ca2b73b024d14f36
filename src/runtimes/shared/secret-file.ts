import { closeSync, constants, openSync, writeSync } from 'node:fs';
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
