import { OidcExchangeError } from '../../core/errors.js';
import { parseJsonBody } from '../../core/http.js';
import { withRetries } from '../../core/retry.js';
import type { Export, Grant, TargetContext } from '../../core/target.js';
import { checkCurrentUser } from './current-user.js';
import type { DatabricksSettings } from './definition.js';
import { exchangeRefused } from './errors.js';

/**
 * Databricks: a token by federation (RFC 8693 exchange at the workspace or account, docs/protocols.md
 * §4.2: the CI token as `subject_token`, `scope=all-apis`, `client_id` only for a service-principal
 * policy; plain HTTP, no SDK needed for one POST) or, in entra mode, from Entra ID (§4.6). Then one
 * cheap authenticated call (the current user) so a token the workspace will not honour fails here,
 * in this step, not in a later job.
 */
export async function exchange(settings: DatabricksSettings, ctx: TargetContext): Promise<Grant> {
  const minted = settings.entra
    ? await (await import('./entra-token.js')).mintViaEntra(settings.entra, ctx)
    : { ...(await federate(settings, ctx)), checkHeaders: {} };
  const identity = await checkCurrentUser(settings, ctx, minted.token, minted.checkHeaders);
  return {
    target: 'databricks',
    exports: [
      ...laterStepExports(settings, ctx.tokens.audience, minted.token),
      { name: 'databricks-token', value: minted.token, secret: true, kind: 'output' },
    ],
    expiresAt: minted.expiresAt,
    summary: [
      ['Databricks host', settings.host],
      ['Databricks identity', identity],
      [
        'Trust',
        settings.entra
          ? `Entra ID (tenant ${settings.entra.app.tenantId})`
          : settings.clientId
            ? `federation policy of service principal ${settings.clientId}`
            : 'account-wide federation policy',
      ],
      ['Later steps use', settings.auth === 'oidc' ? 'the CLI/SDKs’ own OIDC' : 'DATABRICKS_TOKEN'],
    ],
  };
}

async function federate(
  settings: DatabricksSettings,
  ctx: TargetContext,
): Promise<{ token: string; expiresAt: Date }> {
  const purpose = `the Databricks token endpoint (${settings.tokenEndpoint})`;
  return withRetries(async (attempt) => {
    const subjectToken = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
    const form = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: subjectToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      scope: 'all-apis',
    });
    if (settings.clientId) form.set('client_id', settings.clientId);
    const res = await ctx.http.request({
      url: settings.tokenEndpoint,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      purpose,
    });
    if (res.status !== 200) throw exchangeRefused(res, settings, ctx.tokens);
    const body = parseJsonBody(res, purpose) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string' || body.access_token === '') {
      throw new OidcExchangeError(
        'DATABRICKS_EXCHANGE_FAILED',
        `${purpose} answered without an access_token.`,
      );
    }
    ctx.registerSecret(body.access_token);
    const lifetime = Number(body.expires_in);
    return {
      token: body.access_token,
      expiresAt: new Date(ctx.now().getTime() + (lifetime > 0 ? lifetime : 3600) * 1000),
    };
  });
}

function laterStepExports(settings: DatabricksSettings, audience: string, token: string): Export[] {
  const env = (name: string, value: string, secret = false): Export => ({ name, value, secret, kind: 'env' });
  const common = [
    env('DATABRICKS_HOST', settings.host),
    ...(settings.accountId ? [env('DATABRICKS_ACCOUNT_ID', settings.accountId)] : []),
  ];
  // An explicit auth type: the SDKs refuse to choose when they also see Azure variables (ARM_*,
  // AZURE_*) from this same step ("more than one authorization method configured").
  if (settings.auth === 'token')
    return [...common, env('DATABRICKS_AUTH_TYPE', 'pat'), env('DATABRICKS_TOKEN', token, true)];
  // The CLI and SDKs mint their own CI tokens for as long as the job runs (docs/protocols.md §4.5).
  return [
    ...common,
    env('DATABRICKS_AUTH_TYPE', settings.ci === 'azure-devops' ? 'azure-devops-oidc' : 'github-oidc'),
    env('DATABRICKS_CLIENT_ID', settings.clientId ?? ''),
    env('DATABRICKS_TOKEN_AUDIENCE', audience),
  ];
}
