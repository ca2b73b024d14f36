import { ClientAssertionCredential, type AccessToken } from '@azure/identity';
import { withRetries } from '../../core/retry.js';
import type { TargetContext } from '../../core/target.js';
import { withTimeout } from '../../core/timeout.js';
import { EntraTimeout, toExchangeError } from './exchange-errors.js';

/**
 * Entra client-assertion exchange through @azure/identity (PROTOCOLS.md §2.1–2.2), shared by the
 * targets that need Entra tokens (Azure; Azure Databricks). One request per scope; the first
 * attempt of every scope shares one credential and the step's checked token, a retry mints a new
 * token first. Each attempt is bounded by our own timer, each token masked on arrival.
 */
export interface EntraApp {
  tenantId: string;
  clientId: string;
  authorityHost: string;
}

export type EntraTokenGetter = (scope: string) => Promise<AccessToken>;

export function createEntraTokenGetter(app: EntraApp, ctx: TargetContext): EntraTokenGetter {
  const credentialFor = (fresh: boolean): ClientAssertionCredential =>
    new ClientAssertionCredential(
      app.tenantId,
      app.clientId,
      () => (fresh ? ctx.tokens.fresh() : ctx.tokens.current()),
      {
        authorityHost: app.authorityHost,
        // Known clouds need no instance discovery, and a custom host must be the only host contacted.
        disableInstanceDiscovery: true,
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
        ...proxyOptions(ctx, app.authorityHost),
      },
    );
  const shared = credentialFor(false);
  return (scope) =>
    withRetries(async (attempt) => {
      const credential = attempt === 1 ? shared : credentialFor(true);
      try {
        const token = await withTimeout(credential.getToken(scope), ctx.timeoutMs, () => new EntraTimeout());
        ctx.registerSecret(token.token);
        return token;
      } catch (error) {
        throw await toExchangeError(error, scope, app, ctx);
      }
    });
}

/**
 * @azure/identity has its own HTTP stack, which reads HTTPS_PROXY from the environment only; the
 * Azure DevOps agent's proxy is not there (agent #5589 is this very bug), so the step's proxy is
 * handed over explicitly.
 */
function proxyOptions(ctx: TargetContext, authorityHost: string) {
  const proxy = ctx.http.proxyFor(authorityHost);
  if (!proxy) return {};
  const port = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
  return {
    proxyOptions: {
      host: `${proxy.protocol}//${proxy.hostname}`,
      port,
      ...(proxy.username ? { username: decodeURIComponent(proxy.username) } : {}),
      ...(proxy.password ? { password: decodeURIComponent(proxy.password) } : {}),
    },
  };
}
