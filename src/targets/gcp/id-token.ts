import { OidcExchangeError } from '../../core/errors.js';
import { decodeJwt } from '../../core/jwt.js';
import type { TargetContext } from '../../core/target.js';
import { generateIdTokenUrl } from './credentials-file.js';
import type { GcpSettings } from './definition.js';
import { federate, received } from './federate.js';
import { callIamCredentials } from './iam-credentials.js';

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
  const { body, purpose } = await callIamCredentials(settings, ctx, federated, {
    method: 'generateIdToken',
    url: generateIdTokenUrl(settings),
    body: { audience: settings.idTokenAudience, includeEmail: settings.idTokenIncludeEmail },
  });
  const token = received(body['token'], purpose, 'token', ctx);
  let payload: Record<string, unknown>;
  try {
    payload = decodeJwt(token, purpose).payload;
  } catch {
    throw new OidcExchangeError('GCP_EXCHANGE_FAILED', `${purpose} answered with a token that is not a JWT.`);
  }
  return { token, iat: Number(payload['iat'] ?? 0), exp: Number(payload['exp'] ?? 0) };
}

/** A new ID token from a new CI token: what the refresher calls to keep the ID token file fresh. */
export async function mintIdToken(settings: GcpSettings, ctx: TargetContext): Promise<IdToken> {
  const federated = await federate(settings, ctx);
  return generateIdToken(settings, ctx, federated.token);
}
