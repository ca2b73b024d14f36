import { randomUUID } from 'node:crypto';
import { asOidcExchangeError, OidcExchangeError } from '../../core/errors.js';
import { withRetries } from '../../core/retry.js';
import type { TargetContext } from '../../core/target.js';
import { tokenFromAnswer } from './exchange-errors.js';

/**
 * Entra's client-credentials grant with the OIDC token as client assertion (docs/protocols.md
 * §2.1–2.2), shared by the targets that need Entra tokens (Azure; Azure Databricks): one form POST
 * per scope to `{authority}/{tenant}/oauth2/v2.0/token` over our own client (keep-alive, proxies,
 * a timeout on every request). Sent directly rather than through @azure/identity, whose load and
 * discovery request cost more than the exchange itself (docs/development.md). The first attempt
 * of every scope uses the step's checked token; a retry mints a new token first. Each access token
 * is masked on arrival.
 */
export interface EntraApp {
  tenantId: string;
  clientId: string;
  authorityHost: string;
}

export interface EntraAccessToken {
  token: string;
  /** Milliseconds since the epoch. */
  expiresOnTimestamp: number;
}

export type EntraTokenGetter = (scope: string) => Promise<EntraAccessToken>;

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export function tokenEndpoint(app: EntraApp): string {
  return `${app.authorityHost}/${encodeURIComponent(app.tenantId)}/oauth2/v2.0/token`;
}

export function createEntraTokenGetter(app: EntraApp, ctx: TargetContext): EntraTokenGetter {
  return (scope) =>
    withRetries(async (attempt) => {
      const assertion = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
      const presented = {
        issuer: ctx.tokens.issuer,
        subject: ctx.tokens.subject,
        audience: ctx.tokens.audience,
        clientId: app.clientId,
        tenantId: app.tenantId,
        scope,
      };
      const body = new URLSearchParams({
        client_id: app.clientId,
        scope,
        grant_type: 'client_credentials',
        client_assertion_type: JWT_BEARER,
        client_assertion: assertion,
      });
      const sentAt = ctx.now().getTime();
      try {
        const res = await ctx.http.request({
          url: tokenEndpoint(app),
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded;charset=utf-8',
            accept: 'application/json',
            // Entra echoes it and quotes it in every error, as MSAL sends it: it ties our logs to theirs.
            'client-request-id': randomUUID(),
          },
          body: body.toString(),
          purpose: `Entra ID's token endpoint for tenant ${app.tenantId}`,
          timeoutMs: ctx.timeoutMs,
        });
        return tokenFromAnswer(res, presented, sentAt, ctx.registerSecret);
      } catch (error) {
        // A silent proxy (a TIMEOUT that is not retryable) keeps its own message, which names it.
        if (error instanceof OidcExchangeError && error.code === 'TIMEOUT' && error.retryable) {
          throw new OidcExchangeError(
            'TIMEOUT',
            `Entra ID did not answer within ${ctx.timeoutMs} ms (scope ${scope}).`,
            { retryable: true },
          );
        }
        // Our own errors (a refreshed token that failed its claim check) pass through unchanged.
        throw asOidcExchangeError(error);
      }
    });
}
