import { OidcExchangeError } from '../../core/errors.js';
import { parseJsonBody } from '../../core/http.js';
import { statusError } from '../../core/http-json.js';
import { withRetries } from '../../core/retry.js';
import type { TargetContext } from '../../core/target.js';
import type { DatabricksSettings } from './definition.js';
import { describeDatabricksError } from './errors.js';

/**
 * One authenticated call with the new token: the SCIM "Me" endpoint of the workspace (or the
 * account). A token the workspace will not honour (the service principal is not in it, or lacks
 * the entitlement) fails here with the reason, instead of in a later step.
 */
export async function checkCurrentUser(
  settings: DatabricksSettings,
  ctx: TargetContext,
  token: string,
  extraHeaders: Record<string, string> = {},
): Promise<string> {
  const url = settings.isAccountHost
    ? `${settings.host}/api/2.0/accounts/${settings.accountId ?? ''}/scim/v2/Me`
    : `${settings.host}/api/2.0/preview/scim/v2/Me`;
  const purpose = `Databricks' current-user endpoint (${url})`;
  const res = await withRetries(async () => {
    const answer = await ctx.http.request({
      url,
      headers: { ...extraHeaders, authorization: `Bearer ${token}`, accept: 'application/json' },
      purpose,
    });
    if (answer.status >= 500 || answer.status === 429) throw statusError(answer, purpose);
    return answer;
  });
  if (res.status !== 200) {
    const detail = describeDatabricksError(res.body);
    throw new OidcExchangeError(
      'DATABRICKS_CHECK_FAILED',
      `Databricks issued a token, but ${purpose} refused it: HTTP ${res.status}${detail ? ` ${detail}` : ''}.`,
      {
        hint: settings.clientId
          ? `Add the service principal ${settings.clientId} to the workspace (with workspace access), or check its entitlements.`
          : 'The identity the account-wide policy mapped the token to must be a user or service principal of this workspace.',
      },
    );
  }
  const me = parseJsonBody(res, purpose) as {
    userName?: unknown;
    applicationId?: unknown;
    displayName?: unknown;
  };
  const name = [me.displayName, me.applicationId ?? me.userName].filter(
    (v) => typeof v === 'string' && v !== '',
  );
  return name.join(' / ') || 'unknown';
}
