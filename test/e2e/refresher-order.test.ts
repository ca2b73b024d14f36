/**
 * The bundled refresher given an order that is not JSON (a pipe cut short): it says why it could
 * not start without quoting the order, which holds the request token (V8's parse errors quote the
 * text around the fault), since the step prints that reason in its log.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const REFRESHER = fileURLToPath(new URL('../../dist/refresher/index.js', import.meta.url));

it('reports an order that is not JSON without quoting it', async () => {
  const secret = 'tok3n'; // short: V8 quotes the first ten characters or so
  const child = spawn(process.execPath, [REFRESHER], { stdio: ['pipe', 'ignore', 'ignore', 'ipc'] });
  const answer = new Promise<unknown>((resolve) => child.once('message', resolve));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.stdin?.end(`${secret} {"source":{"secret":"${secret}"}`);
  const said = (await answer) as { ready: boolean; error: string };
  expect(said.ready).toBe(false);
  expect(said.error).toContain('not JSON');
  expect(JSON.stringify(said)).not.toContain(secret);
  expect(await exited).toBe(1);
});
