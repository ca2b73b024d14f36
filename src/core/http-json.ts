import { OidcExchangeError } from './errors.js';
import { capitalise, parseJsonBody, type HttpClient, type HttpRequest, type HttpResponse } from './http.js';
import { RetryAfter, parseRetryAfter, withRetries } from './retry.js';

/**
 * A request whose answer must be 200 with a JSON body, retried only when the failure is
 * transient (5xx, 429, network). Anything else becomes one error naming the service and status.
 */
export async function requestJson(http: HttpClient, req: HttpRequest): Promise<unknown> {
  return withRetries(async () => {
    const res = await http.request(req);
    if (res.status !== 200) throw statusError(res, req.purpose);
    return parseJsonBody(res, req.purpose);
  });
}

export function statusError(res: HttpResponse, purpose: string, hint?: string): OidcExchangeError {
  const transient = res.status >= 500 || res.status === 429 || res.status === 408;
  const redirect = res.status >= 300 && res.status < 400;
  const error = new OidcExchangeError(
    'HTTP_FAILED',
    `${capitalise(purpose)} answered HTTP ${res.status}${redirect ? ` (a redirect to ${res.headers.location ?? 'nowhere'}, which is not followed)` : ''}.`,
    { retryable: transient, hint },
  );
  const retryAfter = parseRetryAfter(res.headers['retry-after']);
  return transient && retryAfter !== undefined ? new RetryAfter(error, retryAfter) : error;
}
