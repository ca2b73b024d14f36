import { renameSync } from 'node:fs';

/**
 * Renames a new file over an old one. On Windows a rename over a file that another process has
 * open without delete sharing (a Python SDK reading the federated token file, an antivirus scan)
 * fails for a moment with EPERM, EACCES or EBUSY; a background renewal must not stop for that,
 * so it is retried for a bounded time there. Elsewhere a rename over an open file succeeds, and
 * those errors are real: not retried.
 */
const TRANSIENT_ON_WINDOWS = new Set(['EPERM', 'EACCES', 'EBUSY']);
const STEP_MS = 50;
const TOTAL_MS = 2_000;

export function renameOver(
  from: string,
  to: string,
  platform: NodeJS.Platform = process.platform,
  rename: (from: string, to: string) => void = renameSync,
): void {
  for (let waited = 0; ; waited += STEP_MS) {
    try {
      rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (platform !== 'win32' || !TRANSIENT_ON_WINDOWS.has(code) || waited >= TOTAL_MS) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, STEP_MS);
    }
  }
}
