import * as http from 'node:http';
import * as https from 'node:https';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';

/**
 * Proxies on runtimes whose agents lack `proxyEnv` (Node 20, which Azure DevOps agents still run
 * tasks on through the Node20_1 handler): https goes through an HTTP CONNECT tunnel to the proxy,
 * plain http (loopback only) is sent to the proxy with an absolute URI, as Node 24 does itself.
 * Written on node:http/https/tls: no dependency, and nothing loaded that Node 24 does not need.
 */
export interface ProxySettings {
  HTTPS_PROXY?: string | undefined;
  HTTP_PROXY?: string | undefined;
  NO_PROXY?: string | undefined;
  /** URLs that go direct besides NO_PROXY (the Azure DevOps agent's bypass list is regular expressions). */
  bypass?: ((url: URL) => boolean) | undefined;
}

/**
 * `proxyEnv` on http.Agent arrived in Node 24.5 and 22.21 (nodejs/node#58980); older agents
 * ignore the option silently, so the version decides.
 */
export function supportsProxyEnv(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21);
}

/** The proxy for a URL: HTTPS_PROXY for https, HTTP_PROXY for http, none when NO_PROXY matches. */
export function proxyFor(url: URL, settings: ProxySettings): URL | undefined {
  const raw = url.protocol === 'https:' ? settings.HTTPS_PROXY : settings.HTTP_PROXY;
  if (!raw || bypassed(url, settings.NO_PROXY ?? '') || settings.bypass?.(url)) return undefined;
  try {
    return new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    return undefined;
  }
}

/** NO_PROXY: `*`, host names (and their subdomains), `.domain`, `*.domain`, IPs, optional `:port`. */
export function bypassed(url: URL, noProxy: string): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const parsed = parseEntry(entry.toLowerCase());
      const name = parsed.name.replace(/^\*?\./, '');
      if (parsed.port !== undefined && parsed.port !== port) return false;
      return name !== '' && (host === name || host.endsWith(`.${name}`));
    });
}

/** `host`, `host:port`, `[v6]`, `[v6]:port`, or a bare IPv6 address (several colons, no port). */
function parseEntry(entry: string): { name: string; port?: string | undefined } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { name: bracketed[1] ?? '', port: bracketed[2] };
  if ((entry.match(/:/g) ?? []).length > 1) return { name: entry };
  const [name = '', port] = entry.split(':');
  return { name, port };
}

export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (proxy.username === '' && proxy.password === '') return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}

type ConnectionCallback = (error: Error | null, socket: Duplex) => void;

/** An https.Agent that opens each new connection through a CONNECT tunnel when a proxy applies. */
export class TunnelingAgent extends https.Agent {
  readonly #settings: ProxySettings;

  constructor(settings: ProxySettings, options: https.AgentOptions) {
    super(options);
    this.#settings = settings;
  }

  // Node's Agent accepts a callback-style createConnection (returning nothing) since Node 10.
  override createConnection(options: http.RequestOptions, callback?: ConnectionCallback): Duplex | undefined {
    const host = options.host ?? 'localhost';
    const port = Number(options.port ?? 443);
    const target = new URL(`https://${host.includes(':') ? `[${host}]` : host}:${port}`);
    const proxy = proxyFor(target, this.#settings);
    if (!proxy) return super.createConnection(options, callback) ?? undefined;
    const done = (error: Error | null, socket?: Duplex): void =>
      (callback as ((error: Error | null, socket?: Duplex) => void) | undefined)?.(error, socket);
    const authority = `${target.hostname}:${port}`;
    const transport = proxy.protocol === 'https:' ? https : http;
    const connect = transport.request({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(proxy) },
      agent: false,
      timeout: typeof options.timeout === 'number' ? options.timeout : undefined,
    });
    connect.once('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        done(
          new ProxyRefusal(
            `the proxy ${proxy.host} refused the tunnel to ${authority} (HTTP ${res.statusCode})`,
          ),
        );
        return;
      }
      const tlsOptions = options as tls.ConnectionOptions;
      const servername = tlsOptions.servername ?? (isIp(host) ? undefined : host);
      const secure = tls.connect({ ...tlsOptions, socket, ...(servername ? { servername } : {}) });
      done(null, secure);
    });
    connect.once('error', (error) => done(error));
    connect.once('timeout', () => connect.destroy(new Error(`no answer from the proxy ${proxy.host}`)));
    connect.end();
    return undefined; // the socket arrives through the callback, once the tunnel is up
  }
}

export class ProxyRefusal extends Error {
  override readonly name = 'ProxyRefusal';
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
