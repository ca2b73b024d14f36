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
 * - a private TMPDIR for the run (workers inherit it; every process a test starts gets it through
 *   test/support/child-env.ts), holding the one copy of the action every step runs from
 *   (test/support/action-copy.ts). At the end, a test run that left an `oidc-exchange-*` folder
 *   there fails; the folder is removed either way. So does one during which a new
 *   `oidc-exchange-XXXXXX` folder appeared in the system temp folder: a process started without
 *   the run's TMPDIR.
 */
export default function setup(): () => void {
  process.env['NODE_EXTRA_CA_CERTS'] = ensureTestCa().caCertFile;
  // Not on Windows: the tests that use it are skipped there (.github/workflows/ci.yml, by name).
  if (process.platform !== 'win32') ensureAwsCli();
  const systemTemp = tmpdir();
  const systemBefore = new Set(systemLeftovers(systemTemp));
  const runTemp = mkdtempSync(join(systemTemp, 'oidc-exchange-test-run-'));
  // Like the system temp folder (tests run commands as `nobody` too); each job folder is 0700.
  chmodSync(runTemp, 0o1777);
  const copy = copyAction(runTemp);
  process.env[ACTION_COPY_VARIABLE] = copy;
  // TMPDIR for POSIX programs, TEMP and TMP for Windows' os.tmpdir() (and Python's tempfile).
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = runTemp;
  const copyFolder = readdirSync(runTemp)[0];
  return () => {
    const left = readdirSync(runTemp).filter(
      (name) => name !== copyFolder && name.startsWith('oidc-exchange-'),
    );
    rmSync(runTemp, { recursive: true, force: true });
    const strays = systemLeftovers(systemTemp).filter((name) => !systemBefore.has(name));
    const problems = [
      left.length > 0 &&
        `the tests left ${left.length} folder(s) in the temp folder: ${left.slice(0, 10).join(', ')}`,
      strays.length > 0 &&
        `${strays.length} oidc-exchange-XXXXXX folder(s) appeared in the system temp folder ${systemTemp} during the run (a process started without the run's TMPDIR: start it with test/support/child-env.ts): ${strays.slice(0, 10).join(', ')}`,
    ].filter((p): p is string => typeof p === 'string');
    if (problems.length > 0) {
      // Vitest reports an error thrown here but still exits 0: set the failure code as well.
      process.exitCode = 1;
      throw new Error(problems.join('; '));
    }
  };
}

/**
 * What the project's own processes make in a temp folder: `oidc-exchange-` and mkdtemp's six
 * characters (the command line's and the action's folders, which hold token files). Not the test
 * runs' private folders (this one's, or another's at the same time on the machine), nor the
 * benchmark's `oidc-exchange-bench-*`.
 */
function systemLeftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => /^oidc-exchange-[A-Za-z0-9]{6}$/.test(name));
}
