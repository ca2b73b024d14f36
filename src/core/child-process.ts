import type * as ChildProcessModule from 'node:child_process';
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * `node:child_process`, loaded on first use rather than as the step starts: loading it (with the
 * `dgram` and socket modules it pulls in) took 5–7 ms and about 150 page faults per step on the
 * benchmark's machine, which a step that starts no process (`refresh: false` on Linux and macOS,
 * without `az login`) need not pay. Measured: docs/development.md.
 */
export function childProcess(): typeof ChildProcessModule {
  return load('node:child_process') as typeof ChildProcessModule;
}
