import { OidcExchangeError } from '../core/errors.js';
import type { HttpClient } from '../core/http.js';
import { parseJsonBody } from '../core/http.js';
import { statusError } from '../core/http-json.js';
import { withRetries } from '../core/retry.js';
import type { TokenSource } from '../core/token-supply.js';

/**
 * The GitHub Actions job's ID token (docs/protocols.md §1.1–1.2): GET the request URL with
 * `&audience=` appended (the URL already has a query string) and the request token as Bearer;
 * the answer is `{"value": "<jwt>"}`. A new token on every call: they live 5 minutes.
 */
export interface GithubSourceOptions {
  requestUrl: string | undefined;
  requestToken: string | undefined;
  http: HttpClient;
}

const ORIGIN = 'the GitHub Actions ID token endpoint';

export function githubSource(options: GithubSourceOptions): TokenSource {
  const { requestUrl, requestToken, http } = options;
  if (!requestUrl || !requestToken) {
    const missing = !requestUrl ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
    throw new OidcExchangeError(
      'TOKEN_REQUEST_UNAVAILABLE',
      `This job cannot request an OIDC token: ${missing} is not set.`,
      {
        hint:
          'Add `permissions: { id-token: write }` to the workflow or job (with `contents: read` if it checks out code). ' +
          'Pull requests from forks never get an OIDC token (nor do Dependabot runs); a reusable workflow from another ' +
          'organisation needs the caller to grant `id-token: write`.',
      },
    );
  }
  return {
    origin: ORIGIN,
    getToken: (audience) => withRetries(() => requestOnce(http, requestUrl, requestToken, audience)),
  };
}

async function requestOnce(
  http: HttpClient,
  requestUrl: string,
  requestToken: string,
  audience: string,
): Promise<string> {
  const separator = requestUrl.includes('?') ? '&' : '?';
  const res = await http.request({
    url: `${requestUrl}${separator}audience=${encodeURIComponent(audience)}`,
    headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
    purpose: ORIGIN,
  });
  if (res.status === 401) {
    throw statusError(res, ORIGIN, 'The request token was refused; it is only valid while this job runs.');
  }
  if (res.status === 403 || res.status === 400) {
    throw statusError(
      res,
      ORIGIN,
      `GitHub would not issue a token for audience '${audience}'; check \`audience\`.`,
    );
  }
  if (res.status !== 200) throw statusError(res, ORIGIN);
  const body = parseJsonBody(res, ORIGIN) as { value?: unknown };
  if (typeof body.value !== 'string' || body.value === '') {
    throw new OidcExchangeError(
      'TOKEN_REQUEST_FAILED',
      `The answer from ${ORIGIN} has no \`value\` (the ID token).`,
      {
        retryable: true,
      },
    );
  }
  return body.value;
}
