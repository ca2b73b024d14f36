import { readFileSync } from 'node:fs';
import { until } from './until.ts';

/** Whether a process with this id exists (signal 0 checks without sending anything). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until the refresher's exit gate (a shell until the step's process has ended) has become
 * the refresher's Node: only then do /proc's command line and environment show the refresher's
 * (during the exec itself /proc reads them empty). Linux only, as /proc is.
 */
export async function untilRefresherNode(pid: number): Promise<void> {
  const program = () => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    } catch {
      return undefined;
    }
  };
  await until(() => program() === process.execPath);
}
