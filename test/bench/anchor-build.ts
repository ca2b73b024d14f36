/**
 * Bundles the configure-aws-credentials stand-in (anchor-aws.mjs) with ncc into one file, as the
 * action ships (esbuild there, not minified), once: kept in node_modules/.cache and rebuilt only
 * when the stand-in changes. Returns the bundle's path.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function anchorAwsBundle(root: string): string {
  const source = join(import.meta.dirname, 'anchor-aws.mjs');
  const out = join(root, 'node_modules', '.cache', 'oidc-exchange-bench', 'anchor-aws');
  const bundle = join(out, 'index.mjs');
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(source).mtimeMs)
    execFileSync(join(root, 'node_modules', '.bin', 'ncc'), ['build', source, '-o', out, '-q'], {
      stdio: 'inherit',
    });
  return bundle;
}
