import { win32 } from 'node:path';
import { OidcExchangeError } from '../../core/errors.js';
import { childProcess } from '../../core/child-process.js';

/**
 * On Windows, file modes (0600, 0700) do nothing: NTFS decides by the folder's access control
 * list, which a new folder inherits from its parent. A self-hosted runner's folder often inherits
 * read access for every local user (the root of C: grants it to Users). So the step's private
 * folder gets its own list: inheritance removed, full control for its owner (OWNER RIGHTS, the
 * account the runner runs as), SYSTEM and Administrators, inherited by everything created in
 * it (token files, the AWS profile, the Azure CLI's folder). It is set on an empty staging folder in
 * which the step folder is then created, so the step folder is never without it (step-folder.ts).
 * icacls' command line holds the folder's path only. Elsewhere the folder's 0700 mode does this.
 */
export type RunCommand = (file: string, args: string[]) => { status: number | null; output: string };

const OWNER_ONLY = ['*S-1-3-4:(OI)(CI)F', '*S-1-5-18:(OI)(CI)F', '*S-1-5-32-544:(OI)(CI)F'];

export function icaclsArguments(dir: string): string[] {
  return [dir, '/inheritance:r', '/grant:r', ...OWNER_ONLY, '/Q'];
}

export function makeFolderPrivate(
  dir: string,
  platform: NodeJS.Platform = process.platform,
  run: RunCommand = runCommand,
  systemRoot: string = process.env['SystemRoot'] ?? 'C:\\Windows',
): void {
  if (platform !== 'win32') return; // mkdtemp already made it 0700
  // By full path: Node looks up a bare name on PATH only, which a job can change.
  const icacls = win32.join(systemRoot, 'System32', 'icacls.exe');
  const result = run(icacls, icaclsArguments(dir));
  if (result.status !== 0) {
    throw new OidcExchangeError(
      'INTERNAL',
      `Could not make the step's folder private to the runner's account: icacls exited with ${String(result.status)}${result.output ? ` (${result.output})` : ''}.`,
      { hint: `Check that the runner's account may change permissions under its temp folder (${dir}).` },
    );
  }
}

function runCommand(file: string, args: string[]): { status: number | null; output: string } {
  const result = childProcess().spawnSync(file, args, {
    encoding: 'utf8',
    windowsHide: true,
    timeout: 10_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() || (result.error?.message ?? '');
  return { status: result.status, output: output.slice(0, 300) };
}
