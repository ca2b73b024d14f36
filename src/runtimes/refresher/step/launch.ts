import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import type { Socket } from 'node:net';
import { OidcExchangeError } from '../../../core/errors.js';
import { childEnvironment } from '../../shared/child-environment.js';
import { childProcess } from '../../../core/child-process.js';
import type { RefresherOrder, RefresherReady } from '../protocol.js';
import { handoverWay, spawnWithListener, type Spawned } from './listener.js';

/**
 * Starts the background refresher, detached, so that the step can end while it runs: no stdout
 * or stderr of its own (a runner waits for a step's output streams to close), stdin only to hand
 * over the order with the request token (never its command line, visible to every process, nor
 * its environment, nor a file), and its loopback listener already bound by the step
 * (./listener.ts). Where the refresher has to listen on its own (Windows), an IPC channel is kept
 * only until it reports its port. Elsewhere its Node starts only once the step's process has ended
 * (`exitGate`).
 */
export interface StartedRefresher {
  pid: number;
  port: number;
  nonce: string;
  /**
   * Lets the refresher's Node start now rather than when the step's process ends (`exitGate`
   * below). Steps never call it: their exit is the signal. Tests whose process outlives the
   * launch do.
   */
  release(): void;
}

const READY_TIMEOUT_MS = 15_000;

/** What the refresher and the `az` it runs need (the same as the step's own `az`). */
export const refresherEnvironment = childEnvironment;

/**
 * A refresher process just spawned, waiting on stdin for its order. `start` hands the order
 * over: with a handed listener it returns at once (the kernel queues early clients), otherwise it
 * waits until the refresher listens.
 */
export interface LaunchedRefresher {
  start(order: Omit<RefresherOrder, 'nonce' | 'listener'>): Promise<StartedRefresher>;
}

export function launchRefresher(
  script: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  shell?: string,
): LaunchedRefresher {
  const nonce = randomBytes(16).toString('hex');
  // The nonce reaches it with the order, on stdin: on the command line any local user could read it and stop the refresher.
  let early: Promise<RefresherReady> = Promise.resolve({ ready: false, error: 'it was not started' });
  const gated = exitGate(platform, shell);
  const spawnWith = (extra: Array<number | 'ipc'>) => {
    const gateFd = 3 + extra.length;
    const [file, args] = gated
      ? [gated, ['-c', gateScript(gateFd), process.execPath, script]]
      : [process.execPath, [script]];
    const child = childProcess().spawn(file, args, {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore', ...extra, ...(gated ? ['pipe' as const] : [])],
      env: refresherEnvironment(env),
      windowsHide: true,
      ...refresherWorkingFolder(platform, process.execPath),
    });
    early = outcome(child); // at once: a failed spawn's 'error' comes on the next tick
    // Never written: the step's end closes when its process ends, or on release().
    const gate = gated ? (child.stdio[gateFd] as Socket | null | undefined) : undefined;
    gate?.unref();
    gate?.on('error', () => undefined);
    release = () => gate?.destroy();
    return child;
  };
  let release = (): void => undefined;
  const launched =
    handoverWay(platform) === 'handed'
      ? spawnWithListener(spawnWith)
      : Promise.resolve<Spawned>({ child: spawnWith(['ipc']), listener: { kind: 'own' } });
  const letGo = (child: ChildProcess) => {
    if (child.connected) child.disconnect();
    child.unref();
  };
  const failed = (child: ChildProcess, why: string) => {
    child.kill();
    letGo(child);
    return new OidcExchangeError('REFRESH_FAILED', `The credential refresher could not start: ${why}.`, {
      hint: 'Set `refresh: false` to get credentials that are not renewed, and report this.',
    });
  };
  return {
    async start(order) {
      const { child, listener } = await launched;
      // Already gone (it could not start, or was killed): no order to a dead pipe, no port to export.
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
        throw failed(
          child,
          child.pid === undefined ? 'no process id' : `it exited with code ${String(child.exitCode)}`,
        );
      child.stdin?.on('error', () => undefined); // it died meanwhile: seen below or by the post step
      child.stdin?.end(`${JSON.stringify({ ...order, nonce, listener })}\n`);
      if (listener.kind === 'handed') {
        letGo(child);
        return { pid: child.pid, port: listener.port, nonce, release };
      }
      release(); // it must listen before the step can go on
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<RefresherReady>((resolve) => {
        timer = setTimeout(
          () => resolve({ ready: false, error: 'it did not start in time' }),
          READY_TIMEOUT_MS,
        );
      });
      const answer = await Promise.race([early, late]);
      clearTimeout(timer);
      if (!answer.ready) throw failed(child, answer.error);
      letGo(child);
      return { pid: child.pid, port: answer.port, nonce, release };
    },
  };
}

/**
 * The exit gate: where a POSIX shell is at hand, the refresher is spawned as `sh`, which waits
 * until the step's end of one more pipe closes (when the step's process ends) and only then
 * becomes the refresher's Node (same process, by `exec`). The fork is the step's only cost; the
 * refresher's start-up (about as much CPU as `node -e 0`) no longer competes with the step's last
 * writes and exit for the runner's cores. Clients that come meanwhile wait in the handed
 * listener's queue. The order is on stdin already; `sh` reads only the gate. Measured:
 * docs/development.md.
 */
export function exitGate(platform: NodeJS.Platform, shell = '/bin/sh'): string | undefined {
  return platform !== 'win32' && existsSync(shell) ? shell : undefined;
}

/** `$0` is Node, `$@` the refresher's script; the gate's descriptor is closed before the exec. */
export function gateScript(fd: number): string {
  return `read -r _ <&${fd}; exec ${fd}<&-; exec "$0" "$@"`;
}

/** What the refresher reports over IPC, or how it ended before it could. */
function outcome(child: ChildProcess): Promise<RefresherReady> {
  return new Promise<RefresherReady>((resolve) => {
    child.once('message', (message: RefresherReady) => resolve(message));
    child.once('exit', (code) => resolve({ ready: false, error: `it exited with code ${String(code)}` }));
    child.once('error', (error) => resolve({ ready: false, error: error.message }));
  });
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
