import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { ensureTestCa } from './tls.ts';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-case header names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  body: string;
  /** Parsed body when it was sent as application/x-www-form-urlencoded. */
  form?: Record<string, string>;
  /** Parsed body when it was sent as JSON. */
  json?: unknown;
}

export interface FakeResponse {
  status: number;
  /** A string is sent as is; anything else as JSON (`application/json; charset=utf-8`). */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * An injected failure; `path` limits it to requests whose path ends with that string. `delayUntil`
 * is no failure: the request is answered normally once the promise settles (to prove that two
 * requests are in flight at the same time).
 */
export type Fault = (FakeResponse | { hang: true } | { reset: true } | { delayUntil: Promise<unknown> }) & {
  path?: string;
};

export type Handler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

export interface FakeServer {
  /** `https://localhost:PORT` (or `http://…` for plain servers), no trailing slash. */
  url: string;
  port: number;
  /** Every request received, faulted ones included, in arrival order. */
  requests: RecordedRequest[];
  /** Answers the next `times` matching requests with `fault` instead of the real handler. */
  failNext: (fault: Fault, times?: number) => void;
  close: () => Promise<void>;
}

/**
 * Starts a server on loopback port 0. It listens on both 127.0.0.1 and ::1 (same port) so that
 * `localhost` works whichever address the resolver returns first.
 */
export async function startServer(handler: Handler, opts: { tls?: boolean } = {}): Promise<FakeServer> {
  const tls = opts.tls ?? true;
  const requests: RecordedRequest[] = [];
  const faults: Array<{ fault: Fault; remaining: number }> = [];

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    void serve(req, res);
  };
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const recorded = await record(req);
    requests.push(recorded);
    const fault = takeFault(faults, recorded.path);
    if (fault && 'hang' in fault) return;
    if (fault && 'reset' in fault) return void req.socket.destroy();
    if (fault && 'delayUntil' in fault) await fault.delayUntil.catch(() => undefined);
    const injected = fault && 'status' in fault ? fault : undefined;
    let response: FakeResponse;
    try {
      response = injected ?? (await handler(recorded));
    } catch (error) {
      response = { status: 500, body: { error: 'fake_server_error', message: String(error) } };
    }
    send(res, response);
  };

  const make = () => {
    if (!tls) return createHttpServer(onRequest);
    const { cert, key } = ensureTestCa();
    return createHttpsServer({ cert, key }, onRequest);
  };
  const servers = await listenOnLoopback(make);
  const port = (servers[0]?.address() as { port: number }).port;
  return {
    url: `${tls ? 'https' : 'http'}://localhost:${port}`,
    port,
    requests,
    failNext: (fault, times = 1) => {
      faults.push({ fault, remaining: times });
    },
    close: async () => {
      await Promise.all(servers.map(closeServer));
    },
  };
}

function takeFault(faults: Array<{ fault: Fault; remaining: number }>, path: string): Fault | undefined {
  const index = faults.findIndex((f) => f.fault.path === undefined || path.endsWith(f.fault.path));
  const entry = faults[index];
  if (!entry) return undefined;
  if (--entry.remaining <= 0) faults.splice(index, 1);
  return entry.fault;
}

async function record(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const recorded: RecordedRequest = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body,
  };
  const type = headers['content-type'] ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) {
    recorded.form = Object.fromEntries(new URLSearchParams(body));
  } else if (type.includes('json') && body !== '') {
    try {
      recorded.json = JSON.parse(body);
    } catch {
      // Left unparsed: the handler sees the raw body and can answer like the real service would.
    }
  }
  return recorded;
}

function send(res: ServerResponse, response: FakeResponse): void {
  const headers = { ...response.headers };
  let body = '';
  if (typeof response.body === 'string') {
    body = response.body;
  } else if (response.body !== undefined) {
    body = JSON.stringify(response.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  res.writeHead(response.status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function listenOnLoopback(make: () => Server): Promise<Server[]> {
  for (let attempt = 0; ; attempt++) {
    const v4 = make();
    await listen(v4, 0, '127.0.0.1');
    const port = (v4.address() as { port: number }).port;
    const v6 = make();
    try {
      await listen(v6, port, '::1');
      return [v4, v6];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return [v4]; // no IPv6 loopback here
      await closeServer(v4);
      if (attempt >= 10) throw error;
    }
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

// closeAllConnections drops keep-alive and hung connections that would otherwise keep close() waiting.
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
