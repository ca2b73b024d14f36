import { join } from 'node:path';

/**
 * Where every runtime writes a `file` export (a 0600 file in the step's private folder, named
 * after its variable): a target whose credentials file must name another of its files (Google's
 * `credential_source.file`) knows the path before the runtime writes it.
 */
export function credentialFilePath(dir: string, name: string): string {
  return join(dir, name.toLowerCase());
}
