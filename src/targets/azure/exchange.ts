import { ClientAssertionCredential, type AccessToken } from '@azure/identity';
import { withRetries } from '../../core/retry.js';
import type { Export, Grant, TargetContext } from '../../core/target.js';
import { azureCliLogin } from './cli-login.js';
import type { AzureSettings } from './definition.js';
import { withTimeout } from '../../core/timeout.js';
import { EntraTimeout, toExchangeError } from './exchange-errors.js';
import type { AzureScope } from './scopes.js';

/**
 * Entra client-assertion exchange through @azure/identity (PROTOCOLS.md §2.1–2.2), one request
 * per scope, all scopes in parallel. The assertion callback hands MSAL the step's checked token;
 * a retry mints a new one first. This module (and @azure/identity with it) is loaded only when an
 * Azure target is asked for.
 */
export async function exchange(settings: AzureSettings, ctx: TargetContext): Promise<Grant> {
  const credentialFor = (fresh: boolean): ClientAssertionCredential =>
    new ClientAssertionCredential(
      settings.tenantId,
      settings.clientId,
      () => (fresh ? ctx.tokens.fresh() : ctx.tokens.current()),
      {
        authorityHost: settings.authorityHost,
        // Known clouds need no instance discovery, and a custom host must be the only host contacted.
        disableInstanceDiscovery: true,
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
      },
    );
  const shared = credentialFor(false);
  const tokens = await Promise.all(
    settings.scopes.map((scope) => getToken(scope, shared, credentialFor, settings, ctx)),
  );

  const expiresAt = new Date(Math.min(...tokens.map((t) => t.expiresOnTimestamp)));
  const exports: Export[] = [
    ...identityExports(settings),
    { name: 'AZURE_FEDERATED_TOKEN_FILE', value: await ctx.tokens.current(), secret: true, kind: 'file' },
    ...settings.scopes.map((scope, i): Export => ({
      name: scope.outputName,
      value: tokens[i]?.token ?? '',
      secret: true,
      kind: 'output',
    })),
  ];
  const grant: Grant = {
    target: 'azure',
    exports,
    expiresAt,
    summary: [
      ['Azure application', settings.clientId],
      ['Tenant', settings.tenantId],
      ['Subscription', settings.subscriptionId ?? '(none)'],
      [
        'Cloud',
        settings.customAuthorityHost
          ? `${settings.cloud.name} via ${settings.authorityHost}`
          : settings.cloud.name,
      ],
      ['Scopes', settings.scopes.map((s) => s.scope).join(', ')],
    ],
  };
  if (settings.cliLogin) grant.finalize = () => azureCliLogin(settings, ctx);
  return grant;
}

async function getToken(
  scope: AzureScope,
  shared: ClientAssertionCredential,
  credentialFor: (fresh: boolean) => ClientAssertionCredential,
  settings: AzureSettings,
  ctx: TargetContext,
): Promise<AccessToken> {
  return withRetries(async (attempt) => {
    const credential = attempt === 1 ? shared : credentialFor(true);
    try {
      const token = await withTimeout(
        credential.getToken(scope.scope),
        ctx.timeoutMs,
        () => new EntraTimeout(),
      );
      ctx.registerSecret(token.token);
      return token;
    } catch (error) {
      throw await toExchangeError(error, scope, settings, ctx);
    }
  });
}

function identityExports(settings: AzureSettings): Export[] {
  const env = (name: string, value: string): Export => ({ name, value, secret: false, kind: 'env' });
  const subscription = settings.subscriptionId;
  const nonPublic = settings.cloud.name !== 'AzureCloud' || settings.customAuthorityHost;
  const out: Export[] = [
    env('AZURE_CLIENT_ID', settings.clientId),
    env('AZURE_TENANT_ID', settings.tenantId),
    ...(subscription ? [env('AZURE_SUBSCRIPTION_ID', subscription)] : []),
    ...(nonPublic ? [env('AZURE_AUTHORITY_HOST', settings.authorityHost)] : []),
    env('ARM_USE_OIDC', 'true'),
    env('ARM_CLIENT_ID', settings.clientId),
    env('ARM_TENANT_ID', settings.tenantId),
    ...(subscription ? [env('ARM_SUBSCRIPTION_ID', subscription)] : []),
  ];
  if (settings.cloud.armEnvironment) out.push(env('ARM_ENVIRONMENT', settings.cloud.armEnvironment));
  return out;
}
