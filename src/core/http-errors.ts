import { OidcExchangeError } from './errors.js';
import { ProxyRefusal } from './proxy-tunnel.js';

/** What a failed request becomes: one error naming the service, and the proxy when it was the one that failed. */
/**
 * A server that is slow may answer a second attempt; a proxy that accepted the connection and
 * said nothing for the whole timeout stands in front of every service, so each retry would only
 * wait as long again: that one is not retried (the refresher still tries again later).
 */
export function timeoutError(
  purpose: string,
  url: URL,
  timeoutMs: number,
  via: URL | undefined,
  connected: boolean,
): OidcExchangeError {
  if (via && !connected) {
    return new OidcExchangeError(
      'TIMEOUT',
      `The proxy ${via.host} did not open a connection to ${url.host} (${purpose}) within ${timeoutMs} ms.`,
      {
        hint: 'Check that the proxy (HTTPS_PROXY, or the agent proxy on Azure DevOps) is up and reaches this host, or list the host in NO_PROXY; `timeout-seconds` bounds each wait.',
      },
    );
  }
  const through = via ? ` (through the proxy ${via.host})` : '';
  return new OidcExchangeError(
    'TIMEOUT',
    `No complete answer from ${purpose}${through} within ${timeoutMs} ms.`,
    {
      retryable: true,
    },
  );
}

const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
]);

export function asNetworkError(
  error: unknown,
  purpose: string,
  url: URL,
  via: URL | undefined,
): OidcExchangeError {
  if (error instanceof OidcExchangeError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  // Our tunnel's refusals, and Node's own proxy support's (ERR_PROXY_TUNNEL: e.g. a 407 or 502).
  if (error instanceof ProxyRefusal || code === 'ERR_PROXY_TUNNEL') {
    return new OidcExchangeError(
      'HTTP_FAILED',
      `Could not reach ${purpose} (${url.host})${via && code ? ` through the proxy ${via.host}` : ''}: ${message}.`,
      {
        hint: 'Check HTTPS_PROXY (the agent proxy) and NO_PROXY; a proxy that needs credentials takes them in its URL.',
      },
    );
  }
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT') {
    return new OidcExchangeError('HTTP_FAILED', `TLS to ${purpose} (${url.host}) failed: ${message}.`, {
      hint: 'A TLS-intercepting proxy or a private CA needs its certificate in NODE_EXTRA_CA_CERTS.',
    });
  }
  return new OidcExchangeError('HTTP_FAILED', `Could not reach ${purpose} (${url.host}): ${message}.`, {
    retryable: TRANSIENT_NETWORK_CODES.has(code) || message === 'socket hang up',
    cause: error,
  });
}
