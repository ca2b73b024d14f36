import { randomUUID } from 'node:crypto';
import type { FederatedCredential } from './entra-assertion.ts';
import { aad, aadErrorResponse } from './entra-errors.ts';
import { checkExpression } from './entra-flexible.ts';
import type { AadError } from './entra-errors.ts';
import { exchangeAssertion } from './entra-token.ts';
import type { EntraApp, IssuedAccessToken } from './entra-token.ts';
import { tenantDiscovery } from './entra-discovery.ts';
import { startServer } from './http-server.ts';
import type { Fault, FakeResponse, RecordedRequest } from './http-server.ts';
import { createSigningKey, generateRsaKeyPair, signJwt } from './signing-keys.ts';
import type { PublicJwk } from './signing-keys.ts';

export type { FederatedCredential } from './entra-assertion.ts';
export type { IssuedAccessToken } from './entra-token.ts';

export interface FakeEntraAppInput {
  tenantId: string;
  clientId: string;
  federatedCredentials: FederatedCredential[];
  /**
   * A user-assigned managed identity signs in as an app does, with its client id (docs/protocols.md
   * §2.5), but its federated credentials are ARM resources that take no claims-matching expression.
   */
  kind?: 'application' | 'user-assigned-identity';
}

export interface FakeEntra {
  /** For @azure/identity: `authorityHost` (with `disableInstanceDiscovery: true`). */
  authorityHost: string;
  /** Registers (or replaces) an app; a tenant exists once an app names it. */
  addApp(app: FakeEntraAppInput): void;
  /** expires_in of access tokens (docs/protocols.md §2.2: 3599). */
  accessTokenLifetimeSeconds: number;
  /** Leeway on the assertion's nbf/exp. */
  clockSkewSeconds: number;
  /** How long a fetch of the issuer's discovery or JWKS may take before AADSTS50166. */
  externalFetchTimeoutMs: number;
  issued: IssuedAccessToken[];
  /**
   * A managed identity's token, as IMDS hands it out (docs/protocols.md §2.8): for the token-exchange
   * audience a v2 token whose issuer is this authority's `/{tenant}/v2.0` (so it verifies against
   * the discovery document served here), otherwise a v1 access token.
   */
  mintManagedIdentityToken(identity: {
    tenantId: string;
    clientId: string;
    objectId: string;
    resource: string;
  }): {
    accessToken: string;
    expiresOn: number;
  };
  /** Keys that sign the access tokens (also served at /{tenant}/discovery/v2.0/keys). */
  jwks(): { keys: PublicJwk[] };
  /** Signs claims with the key published at every tenant's keys endpoint (Entra-issued ID tokens, e.g. Azure DevOps'). */
  signToken(claims: Record<string, unknown>): string;
  /** Makes a tenant exist (discovery and keys answer) without registering an app in it. */
  addTenant(tenantId: string): void;
  requests: RecordedRequest[];
  failNext: (fault: Fault, times?: number) => void;
  close: () => Promise<void>;
}

/** Transient faults in Entra's shape, for `failNext`. */
export const entraFaults = {
  unavailable: (authorityHost: string): Fault =>
    aadErrorResponse(aad.temporarilyUnavailable(), { authorityHost }),
  throttled: (authorityHost: string, retryAfterSeconds = 1): Fault => {
    const response = aadErrorResponse({ ...aad.temporarilyUnavailable(), status: 429 }, { authorityHost });
    return { ...response, headers: { ...response.headers, 'retry-after': String(retryAfterSeconds) } };
  },
};

/** Microsoft Entra ID's token service for the federated client-credentials flow (docs/protocols.md §2). */
export async function startEntra(): Promise<FakeEntra> {
  const apps = new Map<string, Map<string, EntraApp>>(); // tenant (lower case) → client id → app
  const signingKey = createSigningKey('thumbprint', await generateRsaKeyPair());

  const handle = async (req: RecordedRequest): Promise<FakeResponse> => {
    // MSAL sends client-request-id in the query string (and the form); Entra echoes it back.
    const correlationId = req.query['client-request-id'] ?? req.headers['client-request-id'];
    const error = (err: AadError) =>
      aadErrorResponse(err, { authorityHost: fake.authorityHost, correlationId });
    const [, tenant = '', ...rest] = req.path.split('/');
    const route = rest.join('/');
    const tenantApps = apps.get(tenant.toLowerCase());
    if (route === 'discovery/v2.0/keys' && (tenantApps || tenant === 'common')) {
      return { status: 200, body: fake.jwks() };
    }
    // Reached as login.microsoftonline.com through the routing proxy (the real az), it answers as that host.
    const host =
      req.headers['host'] === 'login.microsoftonline.com'
        ? 'https://login.microsoftonline.com'
        : fake.authorityHost;
    if (route === 'v2.0/.well-known/openid-configuration') {
      if (!tenantApps) return error(aad.tenantNotFound(tenant, 'invalid_tenant'));
      return { status: 200, body: tenantDiscovery(host, tenant) };
    }
    if (tenant === 'common' && route === 'discovery/instance') {
      // MSAL's instance discovery (az asks it before a token for a new resource).
      const name = host.replace('https://', '');
      return {
        status: 200,
        body: {
          tenant_discovery_endpoint: `${host}/${req.query['authorization_endpoint']?.split('/')[3] ?? 'common'}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: name, preferred_cache: name, aliases: [name] }],
        },
      };
    }
    if (route !== 'oauth2/v2.0/token') return { status: 404, body: '' };
    if (req.method !== 'POST') return error(aad.postOnly(req.method));
    if (!tenantApps) return error(aad.tenantNotFound(tenant));
    const outcome = await exchangeAssertion(
      req.form ?? {},
      tenant,
      (id) => tenantApps.get(id.toLowerCase()),
      {
        accessTokenLifetimeSeconds: fake.accessTokenLifetimeSeconds,
        clockSkewSeconds: fake.clockSkewSeconds,
        externalFetchTimeoutMs: fake.externalFetchTimeoutMs,
        signingKey,
      },
    );
    if (!outcome.ok) return error(outcome.error);
    fake.issued.push(outcome.issued);
    const headers: Record<string, string> = { 'x-ms-request-id': randomUUID() };
    if (correlationId !== undefined) headers['client-request-id'] = correlationId;
    return { status: 200, body: outcome.body, headers };
  };

  const server = await startServer(handle);
  const fake: FakeEntra = {
    authorityHost: server.url,
    addApp(app) {
      validateFics(app.federatedCredentials);
      if (
        app.kind === 'user-assigned-identity' &&
        app.federatedCredentials.some((f) => f.claimsMatchingExpression)
      )
        throw new Error('a user-assigned managed identity takes no flexible federated credential');
      const tenant = app.tenantId.toLowerCase();
      const tenantApps = apps.get(tenant) ?? new Map<string, EntraApp>();
      apps.set(tenant, tenantApps);
      const objectId = tenantApps.get(app.clientId.toLowerCase())?.objectId ?? randomUUID();
      tenantApps.set(app.clientId.toLowerCase(), {
        tenantId: app.tenantId,
        clientId: app.clientId,
        objectId,
        federatedCredentials: [...app.federatedCredentials],
      });
    },
    accessTokenLifetimeSeconds: 3599,
    clockSkewSeconds: 60,
    externalFetchTimeoutMs: 3000,
    issued: [],
    jwks: () => ({ keys: [signingKey.jwk] }),
    signToken: (claims) => signJwt(signingKey, claims),
    addTenant(tenantId) {
      if (!apps.has(tenantId.toLowerCase())) apps.set(tenantId.toLowerCase(), new Map());
    },
    mintManagedIdentityToken(identity) {
      const now = Math.floor(Date.now() / 1000);
      const exp = now + fake.accessTokenLifetimeSeconds;
      const v2 = identity.resource.startsWith('api://AzureADTokenExchange');
      const claims = {
        aud: identity.resource,
        iss: v2
          ? `${fake.authorityHost}/${identity.tenantId}/v2.0`
          : `https://sts.windows.net/${identity.tenantId}/`,
        iat: now - 300,
        nbf: now - 300,
        exp,
        sub: identity.objectId,
        oid: identity.objectId,
        tid: identity.tenantId,
        ...(v2 ? { azp: identity.clientId, ver: '2.0' } : { appid: identity.clientId, ver: '1.0' }),
        idtyp: 'app',
        xms_mirid: `/subscriptions/22222222-2222-2222-2222-222222222222/resourcegroups/runners/providers/Microsoft.ManagedIdentity/userAssignedIdentities/runner`,
      };
      const accessToken = signJwt(signingKey, claims);
      // Recorded like any token Entra issues, so the leak scan knows it too.
      fake.issued.push({
        tenantId: identity.tenantId,
        clientId: identity.clientId,
        scope: identity.resource,
        accessToken,
        expiresOn: new Date(exp * 1000),
        assertionClaims: {},
      });
      return { accessToken, expiresOn: exp };
    },
    requests: server.requests,
    failNext: server.failNext,
    close: server.close,
  };
  return fake;
}

// The same checks Graph applies when a FIC is created (docs/protocols.md §2.5); anything else is
// accepted and only fails at exchange time, as in the real service.
function validateFics(fics: FederatedCredential[]): void {
  if (fics.length > 20) throw new Error('at most 20 federated identity credentials per app');
  for (const fic of fics) {
    if (fic.claimsMatchingExpression !== undefined) {
      if (fic.subject !== '') throw new Error(`FIC ${fic.name ?? ''}: a flexible credential has no subject`);
      checkExpression(fic.claimsMatchingExpression, fic.issuer);
    }
    if (fic.audiences.length !== 1)
      throw new Error(`FIC ${fic.name ?? fic.subject}: audiences must have exactly one value`);
    if (fic.issuer !== fic.issuer.trim())
      throw new Error(`FIC ${fic.name ?? fic.subject}: issuer has surrounding whitespace`);
    if (fic.issuer.length > 600 || fic.subject.length > 600)
      throw new Error('FIC issuer and subject are limited to 600 characters');
  }
}
