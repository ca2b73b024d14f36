/**
 * The listener handover (src/runtimes/refresher/step/listener.ts), with a stand-in refresher that
 * starts slowly on purpose: the step's `start` returns before the refresher listens, a client that
 * connects at once is queued by the kernel and answered once the refresher accepts, and a
 * refresher that dies leaves no port that swallows clients. The same launch code starts the real
 * refresher (test/e2e/refresher-handover.test.ts runs the bundle).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RefresherOrder } from '../../src/runtimes/refresher/protocol.ts';
import { launchRefresher } from '../../src/runtimes/refresher/step/launch.ts';
import { tempFolder } from '../support/temp-folders.ts';
import { until } from '../support/until.ts';
import { alive } from '../support/process-alive.ts';

/** Reads the order, sleeps SLOW ms after it, then answers every request with the nonce. */
const STAND_IN = `
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
let text = '';
for await (const chunk of process.stdin) text += chunk;
const order = JSON.parse(text);
if (order.inputs.die) process.exit(1);
await new Promise((resolve) => setTimeout(resolve, Number(order.inputs.slow)));
// With CHILD, it starts a long-lived process (as the refresher starts \`az\`), notes its pid, and dies.
if (order.inputs.child) {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { detached: true, stdio: 'ignore' });
  writeFileSync(join(order.tempDir, 'child-pid'), String(child.pid));
  child.unref();
  process.exit(1);
}
const answer = order.nonce;
const server = createServer((socket) => {
  socket.once('data', () => socket.end('HTTP/1.1 200 OK\\r\\nconnection: close\\r\\ncontent-length: ' + answer.length + '\\r\\n\\r\\n' + answer));
});
const where = order.listener?.kind === 'handed' ? { fd: order.listener.fd } : { port: 0, host: '127.0.0.1' };
server.listen(where, () => {
  writeFileSync(join(order.tempDir, 'listening'), String(Date.now()));
  process.send?.({ ready: true, port: server.address().port }, () => process.disconnect());
});
`;

function standIn(): { script: string; dir: string } {
  const dir = tempFolder('oidc-exchange-handover-');
  const script = join(dir, 'stand-in.mjs');
  writeFileSync(script, STAND_IN);
  return { script, dir };
}

function order(dir: string, inputs: Record<string, string>): Omit<RefresherOrder, 'nonce' | 'listener'> {
  return { inputs, tempDir: dir, tokenFiles: [] } as unknown as Omit<RefresherOrder, 'nonce' | 'listener'>;
}

function ask(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

describe('the step hands its bound listener to the refresher', () => {
  it('returns before the refresher listens; an early client is queued and answered', async () => {
    const { script, dir } = standIn();
    const started = await launchRefresher(script, process.env, 'linux').start(order(dir, { slow: '1000' }));
    const asked = Date.now();
    // The stand-in listens 1 s after it has the order, so `start` did not wait for that.
    expect(existsSync(join(dir, 'listening'))).toBe(false);
    started.release(); // what the step's exit does
    const answer = await ask(started.port);
    expect(answer).toBe(started.nonce);
    expect(Number(readFileSync(join(dir, 'listening'), 'utf8'))).toBeGreaterThanOrEqual(asked);
    process.kill(started.pid);
  });

  it('a process the refresher starts (its `az`) does not keep the port when the refresher dies', async () => {
    // Node marks the descriptors it inherits close-on-exec as it starts (libuv's
    // uv_disable_stdio_inheritance), so a child of the refresher does not inherit the listener:
    // once the refresher is gone, clients are refused, not queued until that child exits.
    const { script, dir } = standIn();
    const started = await launchRefresher(script, process.env, 'linux').start(
      order(dir, { slow: '0', child: '1' }),
    );
    started.release();
    await until(() => existsSync(join(dir, 'child-pid')) && !alive(started.pid));
    const childPid = Number(readFileSync(join(dir, 'child-pid'), 'utf8'));
    try {
      expect(alive(childPid)).toBe(true);
      await expect(ask(started.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      process.kill(childPid);
    }
  });

  it('a refresher that dies leaves a port that refuses clients, not one that keeps them waiting', async () => {
    const { script, dir } = standIn();
    const started = await launchRefresher(script, process.env, 'linux').start(order(dir, { die: '1' }));
    started.release();
    await until(() => !alive(started.pid));
    await expect(ask(started.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it("the refresher's Node starts only once the step lets go (its process ends); clients wait meanwhile", async () => {
    const { script, dir } = standIn();
    const started = await launchRefresher(script, process.env, 'linux').start(order(dir, { slow: '0' }));
    const command = () => readFileSync(`/proc/${started.pid}/cmdline`, 'utf8').split('\0');
    try {
      const answer = ask(started.port); // queued by the kernel
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Still the gate, with the order unread on its stdin and the client waiting.
      expect(command()[0]).toBe('/bin/sh');
      expect(existsSync(join(dir, 'listening'))).toBe(false);
      started.release();
      expect(await answer).toBe(started.nonce);
      expect(command()).toEqual([process.execPath, script, '']);
    } finally {
      process.kill(started.pid);
    }
  });

  it('without a POSIX shell, the refresher starts at once (no gate) and still gets the handed listener', async () => {
    const { script, dir } = standIn();
    const started = await launchRefresher(script, process.env, 'linux', '/nonexistent/sh').start(
      order(dir, { slow: '0' }),
    );
    try {
      expect(await ask(started.port)).toBe(started.nonce);
      expect(readFileSync(`/proc/${started.pid}/cmdline`, 'utf8').split('\0')[0]).toBe(process.execPath);
    } finally {
      process.kill(started.pid);
    }
  });

  it('on Windows the refresher listens on its own and the step waits for its port over IPC', async () => {
    const { script, dir } = standIn();
    const started = await launchRefresher(script, process.env, 'win32').start(order(dir, { slow: '200' }));
    expect(existsSync(join(dir, 'listening'))).toBe(true);
    expect(await ask(started.port)).toBe(started.nonce);
    process.kill(started.pid);
  });
});
