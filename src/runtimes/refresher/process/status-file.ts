import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { neutralise } from '../../../core/neutralise.js';
import { writePrivateFileAtomically } from '../../shared/secret-file.js';
import { STATUS_FILE, type RefresherStatus, type TargetStatus } from '../protocol.js';

/**
 * The refresher's story for the post step (protocol.ts RefresherStatus): per target its state,
 * renewals, failures and last cause, and when and why the refresher stopped. Rewritten whole
 * (atomically) on every change of state, never per request; nothing secret in it, and every
 * upstream text neutralised. Once the step's folder is gone there is no one left to read it.
 */
export interface StatusBoard {
  update(target: string, status: TargetStatus): void;
  stopped(reason: string, byPostStep: boolean): void;
}

export function statusBoard(tempDir: string, now: () => number = Date.now): StatusBoard {
  const path = join(tempDir, STATUS_FILE);
  const status: RefresherStatus = { startedAt: new Date(now()).toISOString(), targets: {} };
  const write = () => {
    if (!existsSync(tempDir)) return;
    try {
      writePrivateFileAtomically(path, `${JSON.stringify(status)}\n`);
    } catch {
      // The folder went away meanwhile (the post step): nothing to tell.
    }
  };
  write();
  return {
    update(target, next) {
      status.targets[target] = next;
      write();
    },
    stopped(reason, byPostStep) {
      status.stoppedAt = new Date(now()).toISOString();
      status.stopReason = neutralise(reason);
      status.stoppedByPostStep = byPostStep;
      write();
    },
  };
}
