import { accessSync, constants, lstatSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writePrivateFileAtomically } from '../shared/secret-file.js';

/**
 * `--output PATH`: where the command line writes its result (credentials) instead of stdout.
 *
 * Checked before any request, so that a path that cannot be written fails as a usage error
 * instead of after a role was assumed. Written as a new 0600 file renamed over PATH: an existing
 * file's mode is not kept (a 0644 file would otherwise keep holding the secret key readable by
 * all), and a symlink at PATH is replaced, never followed.
 */

/** Why `--output PATH` cannot be written, or undefined when it can (as far as can be known now). */
export function outputPathProblem(path: string): string | undefined {
  if (path === '') return '--output needs a file path';
  const shown = JSON.stringify(path);
  const existing = lstatOrUndefined(path);
  if (existing?.isDirectory()) return `--output ${shown} is a directory; give a file path`;
  const dir = dirname(resolve(path));
  const parent = statOrError(dir);
  if ('code' in parent) {
    return parent.code === 'ENOENT'
      ? `--output ${shown}: the directory ${JSON.stringify(dir)} does not exist`
      : `--output ${shown}: the directory ${JSON.stringify(dir)} cannot be reached (${parent.code})`;
  }
  if (!parent.isDirectory()) return `--output ${shown}: ${JSON.stringify(dir)} is not a directory`;
  try {
    // A new file is created beside PATH and renamed over it: the folder must be writable.
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    return `--output ${shown}: the directory ${JSON.stringify(dir)} is not writable`;
  }
  return undefined;
}

/** Writes the result: a new private file, renamed over PATH. */
export function writeOutputFile(path: string, text: string): void {
  writePrivateFileAtomically(path, text);
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrError(path: string): Stats | { code: string } {
  try {
    return statSync(path);
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code ?? 'error' };
  }
}
