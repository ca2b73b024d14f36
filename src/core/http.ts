import * as http from 'node:http';
import * as https from 'node:https';
import { OidcExchangeError } from './errors.js';
import { asNetworkError, timeoutError } from './http-errors.js';
import {
  proxyAuthorization,
  proxyFor,
  supportsProxyEnv,
  TunnelingAgent,
  type ProxySettings,
} from './proxy-tunnel.js';

/**
 * The HTTP client every source and verifier uses: node:https with keep-alive agents rather than
 * the built-in fetch, because fetch (undici) costs ~85 ms of start-up on its first use
 * (docs/development.md, "Dependencies and start-up") and this step runs in every pipeline.
 *
 * - https only, except loopback hosts (the fake cloud in tests);
 * - a timeout on every request, covering the whole exchange including the body;
 * - redirects are never followed (a redirected JWKS is a misconfiguration, not something to chase);
 * - proxies from HTTPS_PROXY / HTTP_PROXY / NO_PROXY through Node's own agent support (`proxyEnv`),
 *   or, on a Node without it (20, the Azure DevOps Node20_1 handler) or with a `bypass` test (the
 *   Azure DevOps agent's regular expressions), our CONNECT tunnel, which asks per connection.
 */
export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** What this request is for, used in error messages ("the GitHub ID token endpoint"). */
  purpose: string;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpClient {
  request(req: HttpRequest): Promise<HttpResponse>;
  /** Per-request timeout this client applies by default. */
  readonly timeoutMs: number;
  /** The largest clock difference seen in a server's Date header (server minus runner), if any. */
  clockSkew(): { host: string; seconds: number } | undefined;
  /** Closes kept-alive connections so the process can end. */
  close(): void;
}

/** HTTPS_PROXY / HTTP_PROXY / NO_PROXY, and a `bypass` test for URLs that go direct besides NO_PROXY. */
export type ProxyEnvironment = ProxySettings;

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Responses larger than this are refused: nothing we talk to legitimately sends more. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Throws unless `url` is https (or http to a loopback host). */
export function assertSecureUrl(url: string, purpose: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OidcExchangeError('HTTP_FAILED', `The URL for ${purpose} is not a valid URL.`);
  }
  const loopback = isLoopbackHost(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new OidcExchangeError(
      'HTTP_FAILED',
      `The URL for ${purpose} must use https, but it is ${parsed.protocol}//${parsed.host}.`,
    );
  }
  return parsed;
}

/**
 * Where a request goes: its agent; for plain http through a proxy (our tunnelling only) that
 * proxy; and the proxy it passes through in any case (`via`), to name it when it is silent.
 */
interface Route {
  agent: http.Agent;
  proxy?: URL | undefined;
  via?: URL | undefined;
}

export function createHttpClient(
  proxyEnv: ProxyEnvironment = {},
  timeoutMs = DEFAULT_TIMEOUT_MS,
  nativeProxyEnv = supportsProxyEnv(process.versions.node),
): HttpClient {
  // Node's own proxyEnv knows NO_PROXY only; a `bypass` test must be asked per connection, which
  // our tunnelling agent does. It is also what a Node without proxyEnv gets.
  const tunnel = !nativeProxyEnv || proxyEnv.bypass !== undefined;
  const settings = normaliseProxyEnv(proxyEnv);
  const httpsAgent = tunnel
    ? new TunnelingAgent(proxyEnv, { keepAlive: true })
    : new https.Agent({ keepAlive: true, proxyEnv: settings });
  const httpAgent = new http.Agent(tunnel ? { keepAlive: true } : { keepAlive: true, proxyEnv: settings });
  const route = (url: URL): Route => {
    const via = proxyFor(url, proxyEnv);
    return url.protocol === 'https:'
      ? { agent: httpsAgent, via }
      : { agent: httpAgent, proxy: tunnel ? via : undefined, via };
  };
  let skew: { host: string; seconds: number } | undefined;
  const observe = (url: string, res: HttpResponse): HttpResponse => {
    const date = Date.parse(String(res.headers.date ?? ''));
    if (!Number.isNaN(date)) {
      const seconds = Math.round((date - Date.now()) / 1000);
      if (!skew || Math.abs(seconds) > Math.abs(skew.seconds)) skew = { host: new URL(url).host, seconds };
    }
    return res;
  };
  return {
    timeoutMs,
    clockSkew: () => skew,
    request: async (req) => observe(req.url, await send({ timeoutMs, ...req }, route)),
    close() {
      httpsAgent.destroy();
      httpAgent.destroy();
    },
  };
}

function normaliseProxyEnv(env: ProxyEnvironment): Record<string, string> {
  const out: Record<string, string> = {};
  if (env.HTTPS_PROXY) out['HTTPS_PROXY'] = env.HTTPS_PROXY;
  if (env.HTTP_PROXY) out['HTTP_PROXY'] = env.HTTP_PROXY;
  if (env.NO_PROXY) out['NO_PROXY'] = env.NO_PROXY;
  return out;
}

function send(req: HttpRequest, routeFor: (url: URL) => Route): Promise<HttpResponse> {
  const url = assertSecureUrl(req.url, req.purpose);
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = { 'user-agent': 'oidc-exchange', ...req.headers };
  if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
  const { agent, proxy, via } = routeFor(url);
  const method = req.method ?? 'GET';

  return new Promise<HttpResponse>((resolve, reject) => {
    // `timeout` reaches the agent's connection too: it bounds the CONNECT of our tunnel and of
    // Node's own proxy support, which would otherwise hold a silent proxy's socket for ever. It is
    // a little longer than the timer below, which is what ends the request and names the proxy.
    const cleanupAfterMs = timeoutMs + 1_000;
    // Plain http through a proxy: the proxy gets the absolute URI (RFC 9112 §3.2.2).
    const outgoing = proxy
      ? http.request({
          host: proxy.hostname.replace(/^\[|\]$/g, ''),
          port: proxy.port || 80,
          path: url.href,
          method,
          headers: { ...headers, host: url.host, ...proxyAuthorization(proxy) },
          agent,
          timeout: cleanupAfterMs,
        })
      : transport.request(url, { method, headers, agent, timeout: cleanupAfterMs });
    // A request gets its socket only once a proxy has opened the tunnel.
    let connected = false;
    outgoing.once('socket', () => (connected = true));
    const fail = (error: unknown): void => {
      clearTimeout(timer);
      reject(asNetworkError(error, req.purpose, url, via));
    };
    // Settles the promise itself: destroying a request that has no socket yet (a tunnel still
    // waiting for the proxy) emits nothing until the tunnel ends.
    const timer = setTimeout(() => {
      const error = timeoutError(req.purpose, url, timeoutMs, via, connected);
      fail(error);
      outgoing.destroy(error);
    }, timeoutMs);
    outgoing.on('error', fail);
    outgoing.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          res.destroy(new OidcExchangeError('HTTP_FAILED', `The answer from ${req.purpose} is too large.`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    outgoing.end(req.body);
  });
}

/** Parses a JSON body, or says plainly which service sent something else. */
export function parseJsonBody(res: HttpResponse, purpose: string): unknown {
  try {
    return JSON.parse(res.body) as unknown;
  } catch {
    throw new OidcExchangeError(
      'HTTP_FAILED',
      `${capitalise(purpose)} answered HTTP ${res.status} with a body that is not JSON` +
        ` (content-type ${res.headers['content-type'] ?? 'none'}).`,
      { retryable: res.status >= 500 },
    );
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
