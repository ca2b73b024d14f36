/**
 * `npm run package:task -- --publisher NAME`: builds the bundles (the task's into
 * tasks/OidcExchangeV1/dist) and packs the extension for the Marketplace publisher NAME (or
 * OIDC_EXCHANGE_PUBLISHER; without either, the manifest's placeholder `oidc-exchange`, which only
 * its owner can publish under). `--skip-build` packs what is committed.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createVsix } from './vsix.ts';

const { values } = parseArgs({
  options: { publisher: { type: 'string' }, 'skip-build': { type: 'boolean', default: false } },
});
const publisher = values.publisher ?? (process.env['OIDC_EXCHANGE_PUBLISHER'] || undefined);
if (!values['skip-build'])
  execFileSync(process.execPath, [join(import.meta.dirname, 'build.ts')], { stdio: 'inherit' });
console.log(`extension: ${createVsix(undefined, publisher)}${publisher ? ` (publisher ${publisher})` : ''}`);
