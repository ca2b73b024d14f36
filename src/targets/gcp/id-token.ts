import { OidcExchangeError } from '../../core/errors.js';
import { parseJsonBody } from '../../core/http.js';
import { decodeJwt } from '../../core/jwt.js';
import { withRetries } from '../../core/retry.js';
import type { TargetContext } from '../../core/target.js';
import { delegateResource } from './chain-inputs.js';
import { generateIdTokenUrl } from './credentials-file.js';
import type { GcpSettings } from './definition.js';
import { federate, received } from './federate.js';
import { impersonationRefused } from './google-errors.js';

export interface IdToken {
  token: string;
  /** `iat` and `exp` of the token (seconds), for the refresher's schedule. */
  iat: number;
  exp: number;
}

/**
 * A Google-signed ID token of the service account for `gcp-id-token-audience` (IAM Credentials
 * `generateIdToken`, docs/protocols.md §7.4), asked for with the federated token as the caller, the
 * delegation chain and `includeEmail`. Google signs any audience; its receivers (Cloud Run, IAP)
 * are the ones that refuse a wrong one.
 */
export async function generateIdToken(
  settings: GcpSettings,
  ctx: TargetContext,
  federated: string,
): Promise<IdToken> {
  const url = generateIdTokenUrl(settings);
  const purpose = `the IAM Credentials API (${settings.iamCredentialsEndpoint})`;
  return withRetries(async () => {
    const res = await ctx.http.request({
      url,
      method: 'POST',
      headers: {
        authorization: `Bearer ${federated}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({
        audience: settings.idTokenAudience,
        includeEmail: settings.idTokenIncludeEmail,
        ...(settings.delegates.length > 0 ? { delegates: settings.delegates.map(delegateResource) } : {}),
      }),
      purpose,
      timeoutMs: ctx.timeoutMs,
    });
    if (res.status !== 200) throw impersonationRefused(res, settings, ctx.tokens, 'generateIdToken');
    const body = parseJsonBody(res, purpose) as { token?: unknown };
    const token = received(body.token, purpose, 'token', ctx);
    let payload: Record<string, unknown>;
    try {
      payload = decodeJwt(token, purpose).payload;
    } catch {
      throw new OidcExchangeError(
        'GCP_EXCHANGE_FAILED',
        `${purpose} answered with a token that is not a JWT.`,
      );
    }
    return { token, iat: Number(payload['iat'] ?? 0), exp: Number(payload['exp'] ?? 0) };
  });
}

/** A new ID token from a new CI token: what the refresher calls to keep the ID token file fresh. */
export async function mintIdToken(settings: GcpSettings, ctx: TargetContext): Promise<IdToken> {
  const federated = await federate(settings, ctx);
  return generateIdToken(settings, ctx, federated.token);
}
