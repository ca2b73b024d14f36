import { createEntraTokenGetter } from '../../clouds/entra/token-getter.js';
import type { Export, Grant, TargetContext } from '../../core/target.js';
import { azureCliLogin } from './cli-login.js';
import type { AzureSettings } from './definition.js';

/**
 * Azure: Entra access tokens for every scope of `azure-scopes`, in parallel, and the variables the
 * Azure SDKs, the CLI and Terraform read. Loaded only when an Azure target is asked for;
 * @azure/identity only for the VM's managed identity.
 */
export async function exchange(settings: AzureSettings, ctx: TargetContext): Promise<Grant> {
  const getToken = settings.managedIdentity
    ? managedIdentityGetter(settings, ctx)
    : createEntraTokenGetter(settings, ctx);
  const tokens = await Promise.all(settings.scopes.map((scope) => getToken(scope.scope)));

  const expiresAt = new Date(Math.min(...tokens.map((t) => t.expiresOnTimestamp)));
  const exports: Export[] = [
    ...identityExports(settings),
    // With the VM's own identity, later steps' SDKs use it directly (ManagedIdentityCredential).
    ...(settings.managedIdentity
      ? []
      : [
          {
            name: 'AZURE_FEDERATED_TOKEN_FILE',
            value: await ctx.tokens.current(),
            secret: true,
            kind: 'file',
          } as const,
        ]),
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

/** The VM's managed identity, one IMDS request per scope, each token masked on arrival. */
function managedIdentityGetter(settings: AzureSettings, ctx: TargetContext) {
  return async (scope: string) => {
    const { managedIdentityToken } = await import('../../clouds/entra/managed-identity.js');
    const token = await managedIdentityToken(
      { clientId: settings.clientId, resourceId: undefined },
      scope,
      ctx.timeoutMs,
    );
    ctx.registerSecret(token.token);
    return token;
  };
}

function identityExports(settings: AzureSettings): Export[] {
  const env = (name: string, value: string): Export => ({ name, value, secret: false, kind: 'env' });
  const subscription = settings.subscriptionId;
  const nonPublic = settings.cloud.name !== 'AzureCloud' || settings.customAuthorityHost;
  return [
    env('AZURE_CLIENT_ID', settings.clientId),
    env('AZURE_TENANT_ID', settings.tenantId),
    ...(subscription ? [env('AZURE_SUBSCRIPTION_ID', subscription)] : []),
    ...(nonPublic ? [env('AZURE_AUTHORITY_HOST', settings.authorityHost)] : []),
    settings.managedIdentity ? env('ARM_USE_MSI', 'true') : env('ARM_USE_OIDC', 'true'),
    env('ARM_CLIENT_ID', settings.clientId),
    env('ARM_TENANT_ID', settings.tenantId),
    ...(subscription ? [env('ARM_SUBSCRIPTION_ID', subscription)] : []),
    ...(settings.cloud.armEnvironment ? [env('ARM_ENVIRONMENT', settings.cloud.armEnvironment)] : []),
  ];
}
