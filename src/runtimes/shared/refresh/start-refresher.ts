import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { OidcExchangeError } from '../../../core/errors.js';
import type { RefresherOrder, RefresherReady } from './order.js';

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

// What the refresher and the `az` it runs need; nothing of the step's inputs or runner secrets.
// RUNNER_TRACKING_ID (GitHub) and VSTS_PROCESS_LOOKUP_ID (Azure DevOps) are how the runners find
// the processes a job left behind, to end them when it is over: kept, so that they still can.
// AZURE_POD_IDENTITY_AUTHORITY_HOST / IMDS_ENDPOINT point @azure/identity at a managed identity's endpoint.
const PASSED_ENV =
  /^(PATH|PATHEXT|HOME|USERPROFILE|APPDATA|LOCALAPPDATA|SYSTEMROOT|COMSPEC|TEMP|TMP|TMPDIR|RUNNER_TEMP|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|HTTPS?_PROXY|NO_PROXY|https?_proxy|no_proxy|LANG|LC_ALL|RUNNER_TRACKING_ID|VSTS_PROCESS_LOOKUP_ID|AZURE_POD_IDENTITY_AUTHORITY_HOST|IMDS_ENDPOINT)$/;

export function refresherEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && PASSED_ENV.test(name)) out[name] = value;
  return out;
}

export async function startRefresher(
  script: string,
  order: Omit<RefresherOrder, 'nonce'>,
  env: NodeJS.ProcessEnv,
): Promise<StartedRefresher> {
  const nonce = randomBytes(16).toString('hex');
  const child = spawn(process.execPath, [script, '--id', nonce], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore', 'ipc'],
    env: refresherEnvironment(env),
    windowsHide: true,
  });
  const ready = new Promise<RefresherReady>((resolve) => {
    const timer = setTimeout(
      () => resolve({ ready: false, error: 'it did not start in time' }),
      READY_TIMEOUT_MS,
    );
    child.once('message', (message: RefresherReady) => {
      clearTimeout(timer);
      resolve(message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ ready: false, error: `it exited with code ${String(code)}` });
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ready: false, error: error.message });
    });
  });
  child.stdin?.end(`${JSON.stringify({ ...order, nonce })}\n`);
  const answer = await ready;
  if (child.connected) child.disconnect();
  child.unref();
  if (!answer.ready || child.pid === undefined) {
    child.kill();
    throw new OidcExchangeError(
      'REFRESH_FAILED',
      `The credential refresher could not start: ${answer.ready ? 'no process id' : answer.error}.`,
      {
        hint: 'Set `refresh: false` to get credentials that are not renewed, and report this.',
      },
    );
  }
  return { pid: child.pid, port: answer.port, nonce };
}
