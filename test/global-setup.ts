import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureAwsCli } from './support/aws-cli.ts';
import { ACTION_COPY_VARIABLE, copyAction } from './support/action-copy.ts';
import { ensureTestCa } from './fakes/tls.ts';

/**
 * Vitest globalSetup, once before any worker starts:
 * - the fake cloud's test CA: Node reads NODE_EXTRA_CA_CERTS only at process start, and forked
 *   workers inherit this environment;
 * - Debian's AWS CLI (the "later step" of the AWS tests), installed here where missing, so that no
 *   test waits on apt-get within its own timeout;
 * - a private TMPDIR for the run (workers, bundles and clients all inherit it), holding the one
 *   copy of the action every step runs from (test/support/action-copy.ts). At the end, a test run
 *   that left an `oidc-exchange-*` folder there fails; the folder is removed either way.
 */
export default function setup(): () => void {
  process.env['NODE_EXTRA_CA_CERTS'] = ensureTestCa().caCertFile;
  // Not on Windows: the tests that use it are skipped there (.github/workflows/ci.yml, by name).
  if (process.platform !== 'win32') ensureAwsCli();
  const runTemp = mkdtempSync(join(tmpdir(), 'oidc-exchange-test-run-'));
  // Like the system temp folder (tests run commands as `nobody` too); each job folder is 0700.
  chmodSync(runTemp, 0o1777);
  const copy = copyAction(runTemp);
  process.env[ACTION_COPY_VARIABLE] = copy;
  process.env['TMPDIR'] = runTemp;
  const copyFolder = readdirSync(runTemp)[0];
  return () => {
    const left = readdirSync(runTemp).filter(
      (name) => name !== copyFolder && name.startsWith('oidc-exchange-'),
    );
    rmSync(runTemp, { recursive: true, force: true });
    if (left.length > 0) {
      // Vitest reports an error thrown here but still exits 0: set the failure code as well.
      process.exitCode = 1;
      throw new Error(
        `the tests left ${left.length} folder(s) in the temp folder: ${left.slice(0, 10).join(', ')}`,
      );
    }
  };
}
