import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';

/**
 * The refresher's loopback server, hardened against the other users of the machine, who can all
 * reach 127.0.0.1 (docs/security.md):
 * - Connections: at most MAX_CONNECTIONS. A full server never refuses a newcomer, which another
 *   user could arrange by holding connections open: it drops its oldest connection that has no
 *   request in flight. MAX_CONNECTIONS exceeds Node's listen backlog (511), so the connections
 *   accepted in one turn of the event loop cannot push out a client whose request is already
 *   waiting to be read: it is read, and then it is in flight, before it is the oldest.
 * - Time: a connection gets FIRST_REQUEST_MS to send its request's headers, later requests on a
 *   kept-alive connection get as long (headersTimeout), and an idle kept-alive connection is
 *   closed after KEEP_ALIVE_MS. Clients on loopback send a request in one write, at once.
 * - Size: no request has a body; one that announces one gets 413. Headers: MAX_HEADER_BYTES.
 * - Host: names the loopback address and the port the client connected to (`127.0.0.1:PORT`,
 *   what every client sends for the URLs the step exports; `localhost:PORT` too, which no web page
 *   elsewhere can make a browser send): anything else is 421, so a DNS-rebinding page never reads
 *   an answer. Refusals carry no detail.
 * Requests that pass reach `handle` unchanged.
 */
const MAX_CONNECTIONS = 1024;
const FIRST_REQUEST_MS = 3_000;
const KEEP_ALIVE_MS = 3_000;
const MAX_HEADER_BYTES = 8 * 1024;

export function createGuardedServer(handle: RequestListener): Server {
  /** Connections with no request in flight, oldest first (a Map keeps insertion order). */
  const waiting = new Map<Socket, NodeJS.Timeout | undefined>();
  let inFlight = 0;
  const server = createServer(
    {
      headersTimeout: FIRST_REQUEST_MS,
      requestTimeout: FIRST_REQUEST_MS + 1_000,
      keepAliveTimeout: KEEP_ALIVE_MS,
      connectionsCheckingInterval: 500,
      maxHeaderSize: MAX_HEADER_BYTES,
      requireHostHeader: true,
    },
    (req: IncomingMessage, res: ServerResponse) => {
      const socket = req.socket;
      const timer = waiting.get(socket);
      if (timer) clearTimeout(timer);
      waiting.delete(socket);
      inFlight++;
      res.once('close', () => {
        inFlight--;
        if (!socket.destroyed) waiting.set(socket, undefined); // now the newest; keepAliveTimeout ends it
      });
      const refusal = refuse(req);
      if (refusal) {
        res.writeHead(refusal, { 'content-length': '0', connection: 'close' });
        res.end();
        return;
      }
      handle(req, res);
    },
  );
  server.on('connection', (socket: Socket) => {
    if (waiting.size + inFlight >= MAX_CONNECTIONS) {
      const oldest = waiting.keys().next();
      if (oldest.done) {
        socket.destroy(); // every slot holds a request in flight: an authorised client's
        return;
      }
      drop(oldest.value);
    }
    waiting.set(socket, setTimeout(() => drop(socket), FIRST_REQUEST_MS).unref());
    socket.once('close', () => {
      const timer = waiting.get(socket);
      if (timer) clearTimeout(timer);
      waiting.delete(socket);
    });
  });

  function drop(socket: Socket): void {
    const timer = waiting.get(socket);
    if (timer) clearTimeout(timer);
    waiting.delete(socket);
    socket.destroy();
  }
  return server;
}

/** The status that refuses a request, or undefined when it may be handled. */
function refuse(req: IncomingMessage): number | undefined {
  const port = req.socket.localPort;
  const host = (req.headers.host ?? '').toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return host ? 421 : 400;
  const length = req.headers['content-length'];
  if ((length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined) return 413;
  return undefined;
}
