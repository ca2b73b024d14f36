import { randomUUID } from 'node:crypto';
import { userNameOf } from './databricks-directory.ts';
import type { FederationPolicy, Principal } from './databricks-directory.ts';
import type { FederationMatch } from './databricks-federation.ts';
import { signJwt } from './signing-keys.ts';
import type { SigningKey } from './signing-keys.ts';

export interface IssuedDatabricksToken {
  accessToken: string;
  /** The token endpoint that minted it. */
  level: 'workspace' | 'account';
  principal: Principal;
  /** The value of the policy's subject claim in the federated token. */
  subject: string;
  /** The federated token's audience that the policy accepted. */
  audience: string;
  /** The `client_id` sent with the exchange (SP federation), if any. */
  clientId?: string;
  policy: FederationPolicy;
  scope: string;
  expiresOn: Date;
  federatedClaims: Record<string, unknown>;
}

export interface MintSettings {
  level: 'workspace' | 'account';
  /** The `issuer` of the discovery document the token endpoint belongs to. */
  issuer: string;
  accountId: string;
  scope: string;
  clientId: string | undefined;
  lifetimeSeconds: number;
  signingKey: SigningKey;
}

/**
 * A Databricks OAuth access token (a JWT, as the real ones are) and the standard token response
 * (docs/protocols.md §4.4). Its lifetime is "derived from the lifetime of the federated token": the
 * fake takes `lifetimeSeconds`, cut to what the federated token has left.
 */
export function mintAccessToken(
  match: FederationMatch,
  settings: MintSettings,
): { issued: IssuedDatabricksToken; body: Record<string, unknown> } {
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = Math.max(1, Math.min(settings.lifetimeSeconds, Math.floor(match.expiresAt - now)));
  const userName = userNameOf(match.principal);
  const accessToken = signJwt(settings.signingKey, {
    client_id: settings.clientId ?? userName,
    scope: settings.scope,
    sub: userName,
    iss: settings.issuer,
    aud: settings.accountId,
    iat: now,
    exp: now + expiresIn,
    jti: randomUUID(),
  });
  const issued: IssuedDatabricksToken = {
    accessToken,
    level: settings.level,
    principal: match.principal,
    subject: match.subject,
    audience: match.audience,
    ...(settings.clientId === undefined ? {} : { clientId: settings.clientId }),
    policy: match.policy,
    scope: settings.scope,
    expiresOn: new Date((now + expiresIn) * 1000),
    federatedClaims: match.claims,
  };
  const body = {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: expiresIn,
    scope: settings.scope,
  };
  return { issued, body };
}
