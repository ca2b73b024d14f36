import { request } from 'node:http';

/**
 * Stops the refresher a main step started: `POST /stop/<nonce>` on its loopback port, which only
 * that refresher answers, then waits (bounded) for its process to be gone. A refresher that is
 * already gone (the folder removed, the deadline, a refused token) is not an error.
 */
export async function stopRefresher(state: string, waitMs = 5_000): Promise<'stopped' | 'not running'> {
  const [portText = '', nonce = '', pidText = ''] = state.split(':');
  const port = Number(portText);
  const pid = Number(pidText);
  if (!Number.isInteger(port) || port <= 0 || !/^[0-9a-f]{32}$/.test(nonce)) return 'not running';
  const answered = await new Promise<boolean>((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: `/stop/${nonce}`, timeout: 3_000 },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
  if (!answered) return 'not running';
  for (const started = Date.now(); Date.now() - started < waitMs;) {
    if (!alive(pid)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return 'stopped';
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
