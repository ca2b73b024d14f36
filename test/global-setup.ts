import { ensureAwsCli } from './support/aws-cli.ts';
import { ensureTestCa } from './fakes/tls.ts';

/**
 * Vitest globalSetup, once before any worker starts:
 * - the fake cloud's test CA: Node reads NODE_EXTRA_CA_CERTS only at process start, and forked
 *   workers inherit this environment;
 * - Debian's AWS CLI (the "later step" of the AWS tests), installed here where missing, so that no
 *   test waits on apt-get within its own timeout.
 */
export default function setup(): void {
  process.env['NODE_EXTRA_CA_CERTS'] = ensureTestCa().caCertFile;
  // Only the Linux job's tests use it (.github/workflows/ci.yml skips them elsewhere, by name).
  if (process.platform === 'linux') ensureAwsCli();
}
