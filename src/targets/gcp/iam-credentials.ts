import { parseJsonBody } from '../../core/http.js';
import { withRetries } from '../../core/retry.js';
import type { TargetContext } from '../../core/target.js';
import { delegateResource } from './chain-inputs.js';
import type { GcpSettings } from './definition.js';
import { impersonationRefused } from './google-errors.js';

/**
 * One call of Google's IAM Credentials API on the service account (`generateAccessToken`,
 * `generateIdToken`; docs/protocols.md §7): the federated token as the caller, the delegation
 * chain when there is one, retried where the error is transient, a refusal turned into the hint
 * that names the missing binding. Returns the parsed JSON answer.
 */
export async function callIamCredentials(
  settings: GcpSettings,
  ctx: TargetContext,
  federated: string,
  call: { method: 'generateAccessToken' | 'generateIdToken'; url: string; body: Record<string, unknown> },
): Promise<{ body: Record<string, unknown>; purpose: string }> {
  const purpose = `the IAM Credentials API (${settings.iamCredentialsEndpoint})`;
  return withRetries(async () => {
    const res = await ctx.http.request({
      url: call.url,
      method: 'POST',
      headers: {
        authorization: `Bearer ${federated}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({
        ...call.body,
        ...(settings.delegates.length > 0 ? { delegates: settings.delegates.map(delegateResource) } : {}),
      }),
      purpose,
      timeoutMs: ctx.timeoutMs,
    });
    if (res.status !== 200) throw impersonationRefused(res, settings, ctx.tokens, call.method);
    return { body: parseJsonBody(res, purpose) as Record<string, unknown>, purpose };
  });
}
