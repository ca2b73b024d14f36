import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { HANDED_LISTENER_FD, type RefresherListener } from '../protocol.js';

/**
 * The step's side of the listener handover: the step binds the refresher's loopback port itself
 * and the refresher inherits the listening socket, so a client that comes before the refresher
 * has started waits in the kernel's queue, and the step never waits for the refresher's Node.
 */

/**
 * `handed` on Linux and macOS. Windows keeps the refresher's own listener and the step's wait for
 * its "ready, port" message: Node has no descriptor for a socket there (`fd` is -1), so stdio
 * cannot carry it, and a socket sent over IPC (`child.send(message, server)`) is duplicated into
 * the child only when the child's Node takes it, so the step would have to keep its copy open
 * until then: that is the very start-up wait the handover removes, with a path that cannot be
 * tested here in place of one that is.
 */
export function handoverWay(platform: NodeJS.Platform): RefresherListener['kind'] {
  return platform === 'win32' ? 'own' : 'handed';
}

/** A refresher process just spawned, and how it is to listen. */
export interface Spawned {
  child: ChildProcess;
  listener: RefresherListener;
}

/**
 * Binds 127.0.0.1:0 and spawns the refresher with the listening socket as its descriptor 3
 * (`spawnWith` gets the stdio entries after stdin, stdout and stderr), then closes the step's
 * copy. Spawning and closing happen in the callback that follows the bind with no I/O between
 * them, so the step never accepts a client itself; once its copy is closed the refresher holds
 * the only one, and if it dies the kernel refuses clients rather than queue them for no one. The
 * processes the refresher starts (`az`) do not inherit it: Node marks the descriptors it inherits
 * close-on-exec as it starts (test/integration/refresher-handover.test.ts).
 * Where the socket has no descriptor or the bind fails, the refresher listens on its own.
 */
export function spawnWithListener(
  spawnWith: (extra: Array<number | 'ipc'>) => ChildProcess,
): Promise<Spawned> {
  const own = (): Spawned => ({ child: spawnWith(['ipc']), listener: { kind: 'own' } });
  return new Promise<Spawned>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(own()));
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const fd = listeningFd(server);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      if (fd === undefined || port === 0) {
        server.close();
        resolve(own());
        return;
      }
      const child = spawnWith([fd]);
      server.close();
      resolve({ child, listener: { kind: 'handed', fd: HANDED_LISTENER_FD, port } });
    });
  });
}

/** The listening socket's descriptor: Node has no public API for it, so its handle is read, and checked. */
export function listeningFd(server: Server): number | undefined {
  const fd = (server as unknown as { _handle?: { fd?: unknown } })._handle?.fd;
  return typeof fd === 'number' && Number.isInteger(fd) && fd > 2 ? fd : undefined;
}
