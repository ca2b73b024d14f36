/**
 * `npm run package:task`: builds the bundles (the task's into tasks/OidcExchangeV1/dist) and packs
 * the extension. `--skip-build` packs what is committed.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createVsix } from './vsix.ts';

if (!process.argv.includes('--skip-build'))
  execFileSync(process.execPath, [join(import.meta.dirname, 'build.ts')], { stdio: 'inherit' });
console.log(`extension: ${createVsix()}`);
