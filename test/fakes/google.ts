import { iam } from './google-errors.ts';
import { generateAccessToken } from './google-iam.ts';
import { generateIdToken, type GoogleIdToken } from './google-id-token.ts';
import { createSigningKey, generateRsaKeyPair, type SigningKey } from './signing-keys.ts';
import type { GoogleAccessToken, GoogleServiceAccount } from './google-iam.ts';
import { evaluate } from './google-condition.ts';
import { resourceName, stsExchange } from './google-sts.ts';
import type { FederatedToken, GoogleProvider } from './google-sts.ts';
import { startServer } from './http-server.ts';
import type { Fault, FakeResponse, RecordedRequest } from './http-server.ts';

export type { FederatedToken, GoogleProvider } from './google-sts.ts';
export type { GoogleAccessToken, GoogleServiceAccount } from './google-iam.ts';
export type { GoogleIdToken } from './google-id-token.ts';

export interface GoogleRefusal {
  path: string;
  status: number;
  reason: string;
}

export interface FakeGoogle {
  /** `https://localhost:PORT`: Google STS, the IAM Credentials API and Resource Manager on one server. */
  url: string;
  projectNumber: string;
  projectId: string;
  /** Registers a provider and returns its resource name. */
  addProvider(provider: Omit<GoogleProvider, 'projectNumber'> & { projectNumber?: string }): string;
  addServiceAccount(account: GoogleServiceAccount): void;
  /** Grants roles/iam.serviceAccountTokenCreator on an existing account to these members. */
  addTokenCreators(email: string, members: string[]): void;
  reset(): void;
  /** Of STS's federated tokens (Google: an hour). */
  federatedTokenLifetimeSeconds: number;
  /** Cuts every access token's life (a knob of the fake, for refresh tests). */
  accessTokenLifetimeCapSeconds: number;
  /** Largest `lifetime` generateAccessToken accepts (3600 without the org policy). */
  maxLifetimeSeconds: number;
  /** Of generateIdToken's tokens (Google: an hour). */
  idTokenLifetimeSeconds: number;
  /** Where the fake publishes the keys of its ID tokens (Google: https://www.googleapis.com/oauth2/v3/certs). */
  jwksUrl: string;
  federated: FederatedToken[];
  issued: GoogleAccessToken[];
  idTokens: GoogleIdToken[];
  refusals: GoogleRefusal[];
  /** Calls to Resource Manager that were let in, and by whom. */
  resourceCalls: Array<{ path: string; principal: string; serviceAccount: string | undefined }>;
  requests: RecordedRequest[];
  failNext: (fault: Fault, times?: number) => void;
  close: () => Promise<void>;
}

const GENERATE = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateAccessToken$/;
const GENERATE_ID = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateIdToken$/;
const CERTS = '/oauth2/v3/certs';
const PROJECT = /^\/v1\/projects\/([^/:]+)$/;

/**
 * Google Cloud on loopback https (docs/gcp.md): STS `POST /v1/token` (RFC 8693, form or JSON),
 * IAM Credentials `generateAccessToken` and `generateIdToken` (both through `delegates`), the ID
 * tokens' keys at `/oauth2/v3/certs`, and Resource Manager's `GET /v1/projects/<id>` as a
 * resource a later step reads with its token. No provider or account exists until a test adds it.
 */
export async function startGoogle(): Promise<FakeGoogle> {
  const idTokenKey: SigningKey = createSigningKey('thumbprint', await generateRsaKeyPair());
  const providers: GoogleProvider[] = [];
  const accounts: GoogleServiceAccount[] = [];
  const federatedByToken = new Map<string, FederatedToken>();
  const accessByToken = new Map<string, GoogleAccessToken>();

  const refuse = (req: RecordedRequest, outcome: { response: FakeResponse; reason: string }) => {
    fake.refusals.push({ path: req.path, status: outcome.response.status, reason: outcome.reason });
    return outcome.response;
  };
  const bearer = (req: RecordedRequest) =>
    /^Bearer (.+)$/.exec(req.headers['authorization'] ?? '')?.[1] ?? '';

  const handle = async (req: RecordedRequest): Promise<FakeResponse> => {
    if (req.method === 'POST' && req.path === '/v1/token') {
      const outcome = await stsExchange(req.form ?? camelToSnake(req.json), providers, {
        lifetimeSeconds: Math.min(fake.federatedTokenLifetimeSeconds, fake.accessTokenLifetimeCapSeconds),
        fetchTimeoutMs: 3000,
      });
      if (!outcome.ok) return refuse(req, outcome);
      fake.federated.push(outcome.issued);
      federatedByToken.set(outcome.issued.token, outcome.issued);
      const expiresIn = Math.round((outcome.issued.expiresAt - Date.now()) / 1000);
      return {
        status: 200,
        body: {
          access_token: outcome.issued.token,
          issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          token_type: 'Bearer',
          expires_in: expiresIn,
        },
      };
    }
    const generate = GENERATE.exec(req.path);
    if (req.method === 'POST' && generate) {
      const outcome = generateAccessToken(
        decodeURIComponent(generate[1] ?? ''),
        federatedByToken.get(bearer(req)),
        req.json,
        accounts,
        {
          maxLifetimeSeconds: fake.maxLifetimeSeconds,
          lifetimeCapSeconds: fake.accessTokenLifetimeCapSeconds,
        },
      );
      if (!outcome.ok) return refuse(req, outcome);
      fake.issued.push(outcome.issued);
      accessByToken.set(outcome.issued.token, outcome.issued);
      return {
        status: 200,
        body: {
          accessToken: outcome.issued.token,
          expireTime: new Date(outcome.issued.expiresAt).toISOString(),
        },
      };
    }
    const generateId = GENERATE_ID.exec(req.path);
    if (req.method === 'POST' && generateId) {
      const outcome = generateIdToken(
        decodeURIComponent(generateId[1] ?? ''),
        federatedByToken.get(bearer(req)),
        req.json,
        accounts,
        { key: idTokenKey, lifetimeSeconds: fake.idTokenLifetimeSeconds },
      );
      if (!outcome.ok) return refuse(req, outcome);
      fake.idTokens.push(outcome.issued);
      return { status: 200, body: { token: outcome.issued.token } };
    }
    if (req.method === 'GET' && req.path === CERTS) return { status: 200, body: { keys: [idTokenKey.jwk] } };
    const project = PROJECT.exec(req.path);
    if (req.method === 'GET' && project) {
      const token = bearer(req);
      const caller = accessByToken.get(token) ?? federatedByToken.get(token);
      if (!caller || caller.expiresAt <= Date.now())
        return refuse(req, { response: iam.unauthenticated(), reason: 'no live token' });
      fake.resourceCalls.push({
        path: req.path,
        principal: caller.principal,
        serviceAccount: 'serviceAccount' in caller ? caller.serviceAccount : undefined,
      });
      return {
        status: 200,
        body: {
          projectNumber: fake.projectNumber,
          projectId: project[1],
          lifecycleState: 'ACTIVE',
          name: project[1],
        },
      };
    }
    return { status: 404, body: { error: { code: 404, message: 'Not Found', status: 'NOT_FOUND' } } };
  };

  const server = await startServer(handle);
  const fake: FakeGoogle = {
    url: server.url,
    projectNumber: '123456789012',
    projectId: 'octo-project',
    addProvider(provider) {
      // Google reads every expression when the provider is created and refuses one it cannot.
      for (const expression of Object.values(provider.attributeMapping ?? {})) evaluate(expression, {});
      if (provider.attributeCondition) evaluate(provider.attributeCondition, {});
      const full = { ...provider, projectNumber: provider.projectNumber ?? fake.projectNumber };
      providers.push(full);
      return resourceName(full);
    },
    addServiceAccount: (account) => void accounts.push(account),
    addTokenCreators(email, members) {
      const account = accounts.find((a) => a.email === email);
      if (account) account.tokenCreators = [...(account.tokenCreators ?? []), ...members];
    },
    reset() {
      providers.length = 0;
      accounts.length = 0;
    },
    federatedTokenLifetimeSeconds: 3600,
    accessTokenLifetimeCapSeconds: 43200,
    maxLifetimeSeconds: 3600,
    idTokenLifetimeSeconds: 3600,
    jwksUrl: `${server.url}${CERTS}`,
    federated: [],
    issued: [],
    idTokens: [],
    refusals: [],
    resourceCalls: [],
    requests: server.requests,
    failNext: server.failNext,
    close: server.close,
  };
  return fake;
}

/** STS also takes JSON with camelCase names (google-github-actions/auth sends that). */
function camelToSnake(json: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof json !== 'object' || json === null) return out;
  for (const [key, value] of Object.entries(json)) {
    if (typeof value === 'string') out[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
  }
  return out;
}
