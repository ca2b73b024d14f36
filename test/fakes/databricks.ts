import { randomUUID } from 'node:crypto';
import { authenticate } from './databricks-bearer.ts';
import type { EntraTrust } from './databricks-bearer.ts';
import { addFederationPolicy, addServicePrincipal, addUser } from './databricks-directory.ts';
import type {
  Directory,
  FederationPolicy,
  FakeServicePrincipalInput,
  FakeUserInput,
  ServicePrincipal,
  User,
} from './databricks-directory.ts';
import { authorizationServer, scimMe } from './databricks-documents.ts';
import { api, apiErrorResponse, oauthErrorResponse } from './databricks-errors.ts';
import { exchangeToken } from './databricks-exchange.ts';
import type { IssuedDatabricksToken } from './databricks-tokens.ts';
import { startServer } from './http-server.ts';
import type { Fault, FakeResponse, RecordedRequest } from './http-server.ts';
import { createSigningKey, generateRsaKeyPair } from './signing-keys.ts';
import type { PublicJwk } from './signing-keys.ts';

export { azureDatabricksAppId } from './databricks-bearer.ts';
export type { EntraTrust } from './databricks-bearer.ts';
export type {
  FederationPolicy,
  FakeServicePrincipalInput,
  FakeUserInput,
  Principal,
  ServicePrincipal,
  User,
} from './databricks-directory.ts';
export type { IssuedDatabricksToken } from './databricks-tokens.ts';

/** A refused call, with the reason Databricks keeps to itself (for tests). */
export interface DatabricksRefusal {
  path: string;
  status: number;
  reason: string;
}

export interface FakeDatabricks {
  /** `https://localhost:PORT`: `DATABRICKS_HOST` of the workspace. */
  workspaceHost: string;
  /** The account console; the same server here (account paths carry `/accounts/<id>`). */
  accountHost: string;
  accountId: string;
  /** What `X-Databricks-Azure-Workspace-Resource-Id` must name for the SP-management path (§4.6). */
  azureWorkspaceResourceId: string;
  /** Registers an SP and returns its live record (`inWorkspace` changes when Azure adds it). */
  addServicePrincipal(sp: FakeServicePrincipalInput): ServicePrincipal;
  addUser(user: FakeUserInput): User;
  /** Throws where Databricks refuses the policy at creation (unknown SP, more than 20 per SP). */
  addFederationPolicy(policy: FederationPolicy): void;
  /** Accepts Entra access tokens of this tenant as bearers (Azure Databricks, §4.6). */
  trustEntra(trust: EntraTrust): void;
  /** Removes every user, SP and policy (the logs and Entra trusts stay). */
  reset(): void;
  /** Upper bound of `expires_in`; the federated token's remaining life cuts it further (§4.4). */
  accessTokenLifetimeSeconds: number;
  /** How long a fetch of the issuer's discovery or JWKS may take. */
  externalFetchTimeoutMs: number;
  issued: IssuedDatabricksToken[];
  refusals: DatabricksRefusal[];
  /** Keys that sign the access tokens (also at `<issuer>/jwks.json`). */
  jwks(): { keys: PublicJwk[] };
  requests: RecordedRequest[];
  failNext: (fault: Fault, times?: number) => void;
  close: () => Promise<void>;
}

const defaultResourceId =
  '/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-data' +
  '/providers/Microsoft.Databricks/workspaces/fake-workspace';

/**
 * A Databricks workspace and its account console on one loopback https server (docs/protocols.md §4):
 * OAuth discovery and token federation at both levels, and two workspace APIs, the current user
 * (`/api/2.0/preview/scim/v2/Me`) and `/api/2.{0,1}/clusters/list` (always `{}`, no clusters).
 */
export async function startDatabricks(): Promise<FakeDatabricks> {
  const accountId = randomUUID();
  const dir: Directory = { principals: [], policies: [] };
  const trusts: EntraTrust[] = [];
  const byToken = new Map<string, IssuedDatabricksToken>();
  const signingKey = createSigningKey('uuid', await generateRsaKeyPair());
  const accountPrefix = `/oidc/accounts/${accountId}`;

  const refuse = (req: RecordedRequest, response: FakeResponse, reason: string): FakeResponse => {
    fake.refusals.push({ path: req.path, status: response.status, reason });
    return response;
  };

  const token = async (req: RecordedRequest, level: 'workspace' | 'account'): Promise<FakeResponse> => {
    if (req.method !== 'POST') return { status: 405, body: '' };
    const issuer = level === 'workspace' ? `${server.url}/oidc` : `${server.url}${accountPrefix}`;
    const outcome = await exchangeToken(req.form ?? {}, dir, {
      level,
      issuer,
      accountId,
      lifetimeSeconds: fake.accessTokenLifetimeSeconds,
      signingKey,
      externalFetchTimeoutMs: fake.externalFetchTimeoutMs,
    });
    if (!outcome.ok) return refuse(req, oauthErrorResponse(outcome.error), outcome.reason);
    fake.issued.push(outcome.issued);
    byToken.set(outcome.issued.accessToken, outcome.issued);
    return { status: 200, body: outcome.body };
  };

  const workspaceApi = (req: RecordedRequest): FakeResponse => {
    const auth = authenticate(req.headers, {
      dir,
      findIssued: (t) => byToken.get(t),
      entra: trusts,
      workspaceResourceId: fake.azureWorkspaceResourceId,
    });
    if (!auth.ok) return refuse(req, apiErrorResponse(auth.error), auth.reason);
    const route = `${req.method} ${req.path}`;
    if (route === 'GET /api/2.0/preview/scim/v2/Me') return { status: 200, body: scimMe(auth.principal) };
    // No clusters: Databricks leaves the empty `clusters` list out. The JS SDK calls 2.1.
    if (route === 'GET /api/2.0/clusters/list' || route === 'GET /api/2.1/clusters/list') {
      return { status: 200, body: {} };
    }
    return apiErrorResponse(api.endpointNotFound(req.method, req.path));
  };

  const handle = (req: RecordedRequest): FakeResponse | Promise<FakeResponse> => {
    if (req.path.startsWith('/api/')) return workspaceApi(req);
    switch (req.path) {
      case '/oidc/.well-known/oauth-authorization-server':
        return { status: 200, body: authorizationServer(`${server.url}/oidc`) };
      case `${accountPrefix}/.well-known/oauth-authorization-server`:
        return { status: 200, body: authorizationServer(`${server.url}${accountPrefix}`) };
      case '/oidc/jwks.json':
      case `${accountPrefix}/jwks.json`:
        return { status: 200, body: fake.jwks() };
      case '/oidc/v1/token':
        return token(req, 'workspace');
      case `${accountPrefix}/v1/token`:
        return token(req, 'account');
      default:
        return { status: 404, body: '' };
    }
  };

  const server = await startServer(handle);
  const fake: FakeDatabricks = {
    workspaceHost: server.url,
    accountHost: server.url,
    accountId,
    azureWorkspaceResourceId: defaultResourceId,
    addServicePrincipal: (sp) => addServicePrincipal(dir, sp),
    addUser: (user) => addUser(dir, user),
    addFederationPolicy: (policy) => addFederationPolicy(dir, policy),
    trustEntra: (trust) => void trusts.push(trust),
    reset() {
      dir.principals.length = 0;
      dir.policies.length = 0;
    },
    accessTokenLifetimeSeconds: 3600,
    externalFetchTimeoutMs: 3000,
    issued: [],
    refusals: [],
    jwks: () => ({ keys: [signingKey.jwk] }),
    requests: server.requests,
    failNext: server.failNext,
    close: server.close,
  };
  return fake;
}
