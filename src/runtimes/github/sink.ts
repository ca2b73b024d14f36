import { writeSecretFile } from '../shared/secret-file.js';
import type { Export } from '../../core/target.js';
import { addMask, appendFileCommand, keyValueBlock, type RunnerFiles } from './runner-commands.js';

/**
 * The one writer to the GitHub runner: every mask first, then credential files (0600, in the
 * step's private temp folder, never following a symlink), then variables, then outputs, each file
 * in a single append. Access tokens are outputs only, never GITHUB_ENV.
 */
export function writeExports(exports: Export[], files: RunnerFiles, tempDir: string): void {
  for (const e of exports) if (e.secret) addMask(e.value);

  const env: string[] = [];
  const outputs: string[] = [];
  for (const e of exports) {
    if (e.kind === 'file')
      env.push(keyValueBlock(e.name, writeSecretFile(tempDir, e.name.toLowerCase(), e.value)));
    else if (e.kind === 'env') env.push(keyValueBlock(e.name, e.value));
    else outputs.push(keyValueBlock(e.name, e.value));
  }
  appendFileCommand(files.env, 'env', env.join(''));
  appendFileCommand(files.output, 'output', outputs.join(''));
}

export function saveState(files: RunnerFiles, name: string, value: string): void {
  appendFileCommand(files.state, 'state', keyValueBlock(name, value));
}
