/**
 * A recording forward proxy on loopback, as on a self-hosted runner behind a corporate proxy:
 * CONNECT tunnels for https, absolute-URI forwarding for http. `seen` lists every host:port asked for.
 * While `silent` is set it is a black hole: it accepts connections and never answers.
 *
 * With `routes` it is also how a client that cannot be pointed at a fake (the real `az`) reaches
 * one (docs/development.md: az cloud register does not work): a CONNECT to a routed `host:443` goes to the
 * fake's loopback port (its certificate names the host, test/fakes/tls.ts); loopback passes
 * through; anything else is refused with 403 (no test reaches the internet).
 */
import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';

export interface RecordingProxy {
  url: string;
  seen: string[];
  silent: boolean;
  close(): Promise<void>;
}

export async function startConnectProxy(routes?: Record<string, number>): Promise<RecordingProxy> {
  const seen: string[] = [];
  // Tunnelled sockets leave the HTTP server's bookkeeping, so close() must end them itself.
  const tunnels = new Set<{ destroy(): void }>();
  const state = { silent: false };
  const server: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '');
    seen.push(target.host);
    if (state.silent) return void tunnels.add(req.socket);
    const upstream = request(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    const [host = '', port] = (req.url ?? '').split(':');
    seen.push(req.url ?? '');
    if (state.silent) return void tunnels.add(client.on('error', () => undefined));
    const routed = routes?.[`${host}:${port ?? ''}`];
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(host);
    if (routes && routed === undefined && !loopback) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const [toHost, toPort] =
      routed !== undefined
        ? ['127.0.0.1', routed]
        : [host === 'localhost' ? '127.0.0.1' : host, Number(port)];
    const upstream = connect(toPort, toHost, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels.add(client).add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    get silent() {
      return state.silent;
    },
    set silent(on: boolean) {
      state.silent = on;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
