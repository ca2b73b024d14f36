import { randomBytes } from 'node:crypto';
import { checkAssertion } from './entra-assertion.ts';
import type { AssertionSettings, FederatedCredential } from './entra-assertion.ts';
import { aad } from './entra-errors.ts';
import type { AadError } from './entra-errors.ts';
import { signJwt } from './signing-keys.ts';
import type { SigningKey } from './signing-keys.ts';

export interface EntraApp {
  tenantId: string;
  clientId: string;
  /** Object id of the app's service principal: the `oid`/`sub` of its access tokens. */
  objectId: string;
  federatedCredentials: FederatedCredential[];
}

export interface IssuedAccessToken {
  tenantId: string;
  clientId: string;
  scope: string;
  accessToken: string;
  expiresOn: Date;
  assertionClaims: Record<string, unknown>;
}

export interface TokenSettings extends AssertionSettings {
  accessTokenLifetimeSeconds: number;
  signingKey: SigningKey;
}

export type TokenOutcome =
  { ok: true; body: Record<string, unknown>; issued: IssuedAccessToken } | { ok: false; error: AadError };

const jwtBearer = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * The client-credentials grant with a federated assertion (docs/protocols.md §2.1–2.2), checked in the
 * order the real service reports problems. The caller has already resolved the tenant (90002).
 */
export async function exchangeAssertion(
  form: Record<string, string>,
  tenantId: string,
  app: (clientId: string) => EntraApp | undefined,
  settings: TokenSettings,
): Promise<TokenOutcome> {
  const fail = (error: AadError): TokenOutcome => ({ ok: false, error });
  const grantType = form['grant_type'];
  if (!grantType) return fail(aad.missingParameter('grant_type'));
  if (grantType !== 'client_credentials') return fail(aad.unsupportedGrantType(grantType));
  const clientId = form['client_id'];
  if (!clientId) return fail(aad.missingParameter('client_id'));
  const found = app(clientId);
  if (!found) return fail(aad.appNotFound(clientId, tenantId));

  const assertion = form['client_assertion'];
  if (!assertion && form['client_secret']) return fail(aad.invalidSecret(clientId));
  if (!assertion || form['client_assertion_type'] !== jwtBearer) return fail(aad.missingCredential());

  const scope = form['scope'];
  if (scope === undefined) return fail(aad.missingParameter('scope'));
  const scopes = scope.split(' ').filter((s) => s !== '');
  if (scopes.length !== 1) return fail(aad.invalidScope(scope));
  if (!scope.endsWith('/.default')) return fail(aad.scopeNotDefault(scope));
  const resource = scope.slice(0, -'/.default'.length);
  if (resource === '') return fail(aad.invalidScope(scope));

  const checked = await checkAssertion(assertion, found.federatedCredentials, settings);
  if (!checked.ok) return checked;
  return mint(found, scope, resource, checked.claims, settings);
}

/** An app-only v1 access token, signed by the fake's own key so that tests can decode it. */
function mint(
  app: EntraApp,
  scope: string,
  resource: string,
  assertionClaims: Record<string, unknown>,
  settings: TokenSettings,
): TokenOutcome {
  const now = Math.floor(Date.now() / 1000);
  const lifetime = settings.accessTokenLifetimeSeconds;
  const stsIssuer = `https://sts.windows.net/${app.tenantId}/`;
  const claims = {
    aud: resource,
    iss: stsIssuer,
    // Entra back-dates iat/nbf of access tokens by five minutes to absorb clock skew.
    iat: now - 300,
    nbf: now - 300,
    exp: now + lifetime,
    aio: randomBytes(24).toString('base64'),
    appid: app.clientId,
    appidacr: '2',
    idp: stsIssuer,
    idtyp: 'app',
    oid: app.objectId,
    rh: `0.${randomBytes(24).toString('base64url')}.`,
    sub: app.objectId,
    tid: app.tenantId,
    uti: randomBytes(16).toString('base64url'),
    ver: '1.0',
  };
  const accessToken = signJwt(settings.signingKey, claims);
  return {
    ok: true,
    body: { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: accessToken },
    issued: {
      tenantId: app.tenantId,
      clientId: app.clientId,
      scope,
      accessToken,
      expiresOn: new Date(claims.exp * 1000),
      assertionClaims,
    },
  };
}
