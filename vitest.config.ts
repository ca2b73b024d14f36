import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Forks, not threads: NODE_EXTRA_CA_CERTS (the fake cloud's test CA) is read by Node at process
    // start, so it must be in the environment before a worker starts (see test/global-setup.ts).
    pool: 'forks',
    // Most of a test's time is spent waiting (child processes, the fakes' 2-second lifetimes), not
    // computing: three forks on two cores run the suite in ~2 min instead of ~6 with the default
    // (one fork there), and the timing tests still pass under that load.
    maxWorkers: 3,
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/support/stop-refreshers.ts'],
    reporters: ['default', './test/support/plain-summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
