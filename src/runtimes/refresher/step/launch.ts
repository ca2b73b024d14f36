import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { win32 } from 'node:path';
import { OidcExchangeError } from '../../../core/errors.js';
import { childEnvironment } from '../../shared/child-environment.js';
import type { RefresherOrder, RefresherReady } from '../protocol.js';

/**
 * Starts the background refresher, detached, so that the step can end while it runs: no stdout
 * or stderr of its own (a runner waits for a step's output streams to close), stdin only to hand
 * over the order with the request token (never its command line, visible to every process, nor
 * its environment, nor a file), and an IPC channel only until it reports that it listens.
 */
export interface StartedRefresher {
  pid: number;
  port: number;
  nonce: string;
}

const READY_TIMEOUT_MS = 15_000;

/** What the refresher and the `az` it runs need (the same as the step's own `az`). */
export const refresherEnvironment = childEnvironment;

/**
 * A refresher process launched early, while the step still exchanges its tokens, so that Node's
 * start-up and the bundle's loading overlap with the network work; it waits on stdin for its
 * order. `start` hands the order over and waits until it listens; `cancel` ends it when the step
 * fails or nothing needs renewing.
 */
export interface PendingRefresher {
  start(order: Omit<RefresherOrder, 'nonce'>): Promise<StartedRefresher>;
  cancel(): void;
}

export function launchRefresher(script: string, env: NodeJS.ProcessEnv): PendingRefresher {
  const nonce = randomBytes(16).toString('hex');
  // The nonce reaches it with the order, on stdin: on the command line any local user could read it and stop the refresher.
  const child = spawn(process.execPath, [script], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore', 'ipc'],
    env: refresherEnvironment(env),
    windowsHide: true,
    ...refresherWorkingFolder(process.platform, process.execPath),
  });
  const early = new Promise<RefresherReady>((resolve) => {
    child.once('message', (message: RefresherReady) => resolve(message));
    child.once('exit', (code) => resolve({ ready: false, error: `it exited with code ${String(code)}` }));
    child.once('error', (error) => resolve({ ready: false, error: error.message }));
  });
  const letGo = () => {
    if (child.connected) child.disconnect();
    child.unref();
  };
  return {
    cancel() {
      child.kill();
      letGo();
    },
    async start(order) {
      child.stdin?.end(`${JSON.stringify({ ...order, nonce })}\n`);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<RefresherReady>((resolve) => {
        timer = setTimeout(
          () => resolve({ ready: false, error: 'it did not start in time' }),
          READY_TIMEOUT_MS,
        );
      });
      const answer = await Promise.race([early, late]);
      clearTimeout(timer);
      letGo();
      if (!answer.ready || child.pid === undefined) {
        child.kill();
        throw new OidcExchangeError(
          'REFRESH_FAILED',
          `The credential refresher could not start: ${answer.ready ? 'no process id' : answer.error}.`,
          { hint: 'Set `refresh: false` to get credentials that are not renewed, and report this.' },
        );
      }
      return { pid: child.pid, port: answer.port, nonce };
    },
  };
}

/**
 * On Windows the refresher works in Node's own folder, not the step's: Windows cannot delete a
 * folder some process is working in, and the job's workspace must stay removable while it runs.
 * (It does not outlive the job: the runners end every process carrying the job's
 * RUNNER_TRACKING_ID / VSTS_PROCESS_LOOKUP_ID, kept in its environment, and it exits by itself at
 * the job's time limit or once the step's folder is gone. `windowsHide`: no console window.)
 */
export function refresherWorkingFolder(platform: NodeJS.Platform, nodePath: string): { cwd?: string } {
  return platform === 'win32' ? { cwd: win32.dirname(nodePath) } : {};
}
