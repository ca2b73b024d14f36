import { ensureTestCa } from './fakes/tls.ts';

/**
 * Vitest globalSetup: create the fake cloud's test CA before any worker starts. Node reads
 * NODE_EXTRA_CA_CERTS only at process start, and forked workers inherit this environment.
 */
export default function setup(): void {
  process.env['NODE_EXTRA_CA_CERTS'] = ensureTestCa().caCertFile;
}
