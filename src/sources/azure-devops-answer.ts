import { OidcExchangeError } from '../core/errors.js';
import { parseJsonBody, type HttpResponse } from '../core/http.js';
import { statusError } from '../core/http-json.js';

/**
 * What the oidctoken endpoint's answers mean (docs/protocols.md §6.1, §6.12). Only 200 with
 * a JSON `oidcToken` is a token: a refused access token can come back as 203 with the HTML sign-in
 * page, which `response.ok` would accept, or as a redirect to `_signin`. Neither page is ever
 * quoted (it is noise, and long). Azure DevOps' JSON errors (`{message, typeKey}`) are quoted, since
 * they say what is wrong ("no explicit reference to service connection …"), with the diagnostic
 * headers the Azure DevOps team asks for in bug reports (x-vss-e2eid, x-msedge-ref).
 */
const REFUSED_HINT =
  'Inside a task the job access token comes from the SystemVssConnection endpoint; in a classic pipeline tick ' +
  '"Allow scripts to access the OAuth token" on the agent job. The token is valid only while the job runs.';

export function answerError(
  res: HttpResponse,
  origin: string,
  serviceConnectionId: string | undefined,
): OidcExchangeError {
  const where = diagnostics(res);
  if (isSignInAnswer(res)) {
    return new OidcExchangeError(
      'TOKEN_REQUEST_FAILED',
      `${capital(origin)} refused the job access token: it answered HTTP ${res.status} with a sign-in page instead of a token${where}.`,
      { hint: REFUSED_HINT },
    );
  }
  const served = serviceError(res);
  if (res.status === 401 || res.status === 403) {
    return new OidcExchangeError(
      'TOKEN_REQUEST_FAILED',
      `${capital(origin)} refused the job access token (HTTP ${res.status}${served ? `: ${served.message}` : ''})${where}.`,
      { hint: served && mentionsConnection(served) ? connectionHint(serviceConnectionId) : REFUSED_HINT },
    );
  }
  if (served && !(res.status >= 500 || res.status === 429)) {
    const hint = mentionsConnection(served)
      ? connectionHint(serviceConnectionId)
      : served.typeKey === 'VssInvalidPreviewVersionException'
        ? 'This Azure DevOps does not know api-version 7.1 of the oidctoken API; it needs Azure DevOps Services or Server 2022.1 or later.'
        : undefined;
    return new OidcExchangeError(
      'TOKEN_REQUEST_FAILED',
      `${capital(origin)} answered HTTP ${res.status}: ${served.message}${where}.`,
      { hint },
    );
  }
  if (res.status === 404) {
    return statusError(
      res,
      origin,
      'System.OidcRequestUri points at this job only while it runs; pass the variable as the agent set it, unchanged.',
    );
  }
  return statusError(res, origin);
}

/** The token from a 200 answer, or one clear error. */
export function readOidcToken(res: HttpResponse, origin: string): string {
  if (isSignInAnswer(res)) throw answerError(res, origin, undefined);
  const body = parseJsonBody(res, origin) as { oidcToken?: unknown } | null;
  const token = body?.oidcToken;
  if (typeof token !== 'string' || token.trim() === '') {
    throw new OidcExchangeError(
      'TOKEN_REQUEST_FAILED',
      `The answer from ${origin} has no \`oidcToken\` (the ID token)${diagnostics(res)}.`,
      { retryable: true },
    );
  }
  return token.trim();
}

export function connectionHint(serviceConnectionId: string | undefined): string {
  return (
    `Azure DevOps issues a token for a service connection only to a job that references it in a task input (decided when the run is queued)` +
    `${serviceConnectionId ? `; this step asked for connection ${serviceConnectionId}` : ''}. Reference the connection by its id, not its name, ` +
    'in an input of this task (e.g. `azureSubscription`), and authorise the pipeline to use it.'
  );
}

function isSignInAnswer(res: HttpResponse): boolean {
  const type = String(res.headers['content-type'] ?? '').toLowerCase();
  const location = String(res.headers.location ?? '');
  return (
    res.status === 203 ||
    type.includes('text/html') ||
    /_signin|\/signin/i.test(location) ||
    /^\s*<(!doctype|html)/i.test(res.body)
  );
}

interface ServiceError {
  message: string;
  typeKey: string | undefined;
}

function serviceError(res: HttpResponse): ServiceError | undefined {
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return undefined;
  }
  const record = (body ?? {}) as Record<string, unknown>;
  const message = typeof record['message'] === 'string' ? record['message'] : undefined;
  if (!message) return undefined;
  // One line, bounded: it goes into a task result.
  // eslint-disable-next-line no-control-regex -- control characters never belong in a log line
  const clean = message.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return {
    message: clean.length > 300 ? `${clean.slice(0, 297)}...` : clean,
    typeKey: typeof record['typeKey'] === 'string' ? record['typeKey'] : undefined,
  };
}

function mentionsConnection(error: ServiceError): boolean {
  return /service ?connection|endpoint/i.test(error.message);
}

function diagnostics(res: HttpResponse): string {
  const ids = ['x-vss-e2eid', 'x-msedge-ref']
    .map((name) => [name, res.headers[name]] as const)
    .filter(
      (pair): pair is readonly [string, string] =>
        typeof pair[1] === 'string' && /^[\w.:\- ]{1,200}$/.test(pair[1]),
    )
    .map(([name, value]) => `${name} ${value}`);
  return ids.length > 0 ? ` (${ids.join(', ')})` : '';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
