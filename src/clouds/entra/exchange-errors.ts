import { OidcExchangeError } from '../../core/errors.js';
import type { HttpResponse } from '../../core/http.js';
import { parseJsonBody } from '../../core/http.js';
import { statusError } from '../../core/http-json.js';
import { parseRetryAfter, RetryAfter } from '../../core/retry.js';
import { entraError, type Presented } from './entra-errors.js';
import type { EntraAccessToken } from './token-getter.js';

/**
 * Entra's answer to the token request → an access token, or one OidcExchangeError (docs/protocols.md
 * §2.2): its JSON error body carries the AADSTS code that entraError() maps to a fix; a body that
 * is not Entra's (a proxy's page) is judged by its HTTP status alone. A transient refusal keeps
 * the server's Retry-After.
 */
export function tokenFromAnswer(
  res: HttpResponse,
  presented: Presented,
  sentAtMs: number,
  registerSecret: (value: string) => void,
): EntraAccessToken {
  const purpose = `Entra ID's token endpoint for tenant ${presented.tenantId}`;
  if (res.status !== 200) {
    const description = errorDescription(res);
    if (description === undefined) throw statusError(res, purpose);
    const error = entraError(description, presented, res.status);
    const retryAfter = parseRetryAfter(res.headers['retry-after']);
    throw error.retryable && retryAfter !== undefined ? new RetryAfter(error, retryAfter) : error;
  }
  const body = parseJsonBody(res, purpose) as { access_token?: unknown; expires_in?: unknown };
  const token = typeof body.access_token === 'string' ? body.access_token : '';
  if (token) registerSecret(token);
  // expires_in is a number in Entra's answers; a string form is accepted as MSAL does.
  const expiresIn = Number(body.expires_in);
  if (!token || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw new OidcExchangeError(
      'AZURE_EXCHANGE_FAILED',
      `${purpose} answered without an access token and its lifetime (scope ${presented.scope}).`,
    );
  }
  // Counted from when the request was sent, so the expiry is never later than Entra's.
  return { token, expiresOnTimestamp: sentAtMs + expiresIn * 1000 };
}

function errorDescription(res: HttpResponse): string | undefined {
  try {
    const body = JSON.parse(res.body) as { error_description?: unknown; error?: unknown };
    if (typeof body.error_description === 'string') return body.error_description;
    return typeof body.error === 'string' ? body.error : undefined;
  } catch {
    return undefined;
  }
}
