import { OidcExchangeError } from '../../core/errors.js';
import { parseJsonBody } from '../../core/http.js';
import { withRetries } from '../../core/retry.js';
import type { TargetContext } from '../../core/target.js';
import { stsTokenUrl } from './credentials-file.js';
import { GOOGLE_IAM_HOST, type GcpSettings } from './definition.js';
import { stsRefused } from './google-errors.js';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

/**
 * Google STS's token exchange (RFC 8693, docs/protocols.md §7.1): the CI token for a federated
 * access token. A retry after a refusal of the token mints a new one first.
 */
export async function federate(settings: GcpSettings, ctx: TargetContext): Promise<AccessToken> {
  const url = stsTokenUrl(settings);
  const purpose = `Google STS (${url})`;
  return withRetries(async (attempt) => {
    const subjectToken = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
    const form = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: `//${GOOGLE_IAM_HOST}/${settings.provider}`,
      // Impersonation needs cloud-platform on the federated token; the account's token gets the scopes.
      scope: settings.serviceAccount ? CLOUD_PLATFORM : settings.scopes.join(' '),
      requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      subject_token: subjectToken,
    });
    const res = await ctx.http.request({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      purpose,
      timeoutMs: ctx.timeoutMs,
    });
    if (res.status !== 200) throw stsRefused(res, settings, ctx.tokens);
    const body = parseJsonBody(res, purpose) as { access_token?: unknown; expires_in?: unknown };
    const token = received(body.access_token, purpose, 'access_token', ctx);
    const lifetime = Number(body.expires_in);
    return { token, expiresAt: new Date(ctx.now().getTime() + (lifetime > 0 ? lifetime : 3600) * 1000) };
  });
}

/** A token is masked the moment it arrives, before anything else can print it. */
export function received(value: unknown, purpose: string, field: string, ctx: TargetContext): string {
  if (typeof value !== 'string' || value === '') {
    throw new OidcExchangeError('GCP_EXCHANGE_FAILED', `${purpose} answered without ${field}.`);
  }
  ctx.registerSecret(value);
  return value;
}
