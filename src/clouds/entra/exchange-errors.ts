import { OidcExchangeError } from '../../core/errors.js';
import { parseJsonBody } from '../../core/http.js';
import type { TargetContext } from '../../core/target.js';
import { entraError, type Presented } from './entra-errors.js';
import type { EntraApp } from './token-getter.js';

/** Thrown by the timer around getToken (see core/timeout.ts), recognised below. */
export class EntraTimeout extends Error {
  override name = 'TimeoutError';
}

/**
 * What @azure/identity throws → one OidcExchangeError. When MSAL could not even resolve the
 * tenant's endpoints (its `endpoints_resolution_error` hides Entra's answer), the discovery
 * document is fetched once more by us, on this failure path only, to say why: most often
 * AADSTS90002, a tenant that does not exist in this cloud.
 */
export async function toExchangeError(
  error: unknown,
  scope: string,
  app: EntraApp,
  ctx: TargetContext,
): Promise<OidcExchangeError> {
  // Our own errors (a token that failed its claim check on a retry) pass through unchanged.
  if (error instanceof OidcExchangeError) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof OidcExchangeError) return cause;
  const name = (error as { name?: string }).name;
  if (name === 'AbortError' || name === 'TimeoutError') {
    return new OidcExchangeError(
      'TIMEOUT',
      `Entra ID did not answer within ${ctx.timeoutMs} ms (scope ${scope}).`,
      { retryable: true },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  const presented: Presented = {
    issuer: ctx.tokens.issuer,
    subject: ctx.tokens.subject,
    audience: ctx.tokens.audience,
    clientId: app.clientId,
    tenantId: app.tenantId,
    scope,
  };
  if (message.includes('endpoints_resolution_error')) return diagnoseEndpoints(app, ctx, presented);
  const statusCode = (error as { statusCode?: number }).statusCode;
  if (message.includes('AADSTS') || statusCode !== undefined)
    return entraError(message, presented, statusCode);
  return new OidcExchangeError('AZURE_EXCHANGE_FAILED', `Entra ID token request failed: ${message}`, {
    retryable: true,
  });
}

async function diagnoseEndpoints(
  app: EntraApp,
  ctx: TargetContext,
  presented: Presented,
): Promise<OidcExchangeError> {
  const url = `${app.authorityHost}/${encodeURIComponent(app.tenantId)}/v2.0/.well-known/openid-configuration`;
  const purpose = `Entra ID's discovery document for tenant ${app.tenantId}`;
  try {
    const res = await ctx.http.request({ url, purpose });
    const body = parseJsonBody(res, purpose) as { error_description?: unknown };
    if (typeof body.error_description === 'string')
      return entraError(body.error_description, presented, res.status);
    return new OidcExchangeError('AZURE_EXCHANGE_FAILED', `${purpose} answered HTTP ${res.status}.`, {
      retryable: res.status >= 500,
    });
  } catch (failure) {
    if (failure instanceof OidcExchangeError) return failure;
    return new OidcExchangeError('AZURE_EXCHANGE_FAILED', `Could not read ${purpose}.`, { retryable: true });
  }
}
