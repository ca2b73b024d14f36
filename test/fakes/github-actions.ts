import { randomBytes, randomUUID } from 'node:crypto';
import { claimsFor, defaultJob } from './github-claims.ts';
import type { FakeJob } from './github-claims.ts';
import { startServer } from './http-server.ts';
import type { Fault, FakeResponse, RecordedRequest } from './http-server.ts';
import type { FakeIssuer } from './oidc-issuer.ts';

export type { FakeJob } from './github-claims.ts';

export interface IssuedIdToken {
  audience: string;
  token: string;
  claims: Record<string, unknown>;
}

export interface FakeGithubActions {
  /** ACTIONS_ID_TOKEN_REQUEST_URL: already carries `?api-version=2.0`, so append `&audience=`. */
  requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN: the bearer the endpoint requires. */
  requestToken: string;
  job: FakeJob;
  /** exp − iat of minted tokens (docs/protocols.md §1.4: 300 s). */
  tokenLifetimeSeconds: number;
  /** Shifts iat/nbf/exp of minted tokens, to simulate a runner clock that is off. */
  clockOffsetSeconds: number;
  issued: IssuedIdToken[];
  /**
   * When set, tokens carry the right claims but are made by this instead of the issuer's active
   * key: a compromised or spoofed token endpoint (hostile-token tests, the refresher's included).
   */
  forge: ((claims: Record<string, unknown>) => Promise<string>) | undefined;
  requests: RecordedRequest[];
  failNext: (fault: Fault, times?: number) => void;
  close: () => Promise<void>;
}

// What the Actions token service (an Azure DevOps-style service) answers without a valid bearer.
const unauthorizedBody = {
  $id: '1',
  innerException: null,
  message: 'TF400813: Resource not available for anonymous access. Client authentication required.',
  typeName:
    'Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException, Microsoft.TeamFoundation.Framework.Server',
  typeKey: 'UnauthorizedRequestException',
  errorCode: 0,
  eventId: 3000,
};

/** The GitHub Actions ID-token endpoint (docs/protocols.md §1.1, §1.4–1.6), signing with `issuer`'s key. */
export async function startGithubTokenEndpoint(opts: { issuer: FakeIssuer }): Promise<FakeGithubActions> {
  const path = `/_apis/distributedtask/hubs/build/plans/${randomUUID()}/jobs/${randomUUID()}/idtoken`;
  const fake: Omit<FakeGithubActions, 'requestUrl' | 'requests' | 'failNext' | 'close'> = {
    requestToken: randomBytes(32).toString('base64url'),
    job: defaultJob(),
    tokenLifetimeSeconds: 300,
    clockOffsetSeconds: 0,
    issued: [],
    forge: undefined,
  };

  const mint = async (req: RecordedRequest): Promise<FakeResponse> => {
    if (req.path !== path) return { status: 404, body: '' };
    if (req.method !== 'GET') return { status: 405, body: '' };
    const bearer = /^bearer (.+)$/i.exec(req.headers['authorization'] ?? '')?.[1];
    if (bearer !== fake.requestToken) {
      return { status: 401, body: unauthorizedBody, headers: { 'www-authenticate': 'Bearer' } };
    }
    // No audience asked for: the token is for the repository owner's URL (docs/protocols.md §1.1).
    const owner = fake.job.repository.split('/')[0] ?? '';
    const audience = req.query['audience'] || `https://github.com/${owner}`;
    const serverNow = Date.now() + fake.clockOffsetSeconds * 1000;
    const claims = claimsFor(fake.job, {
      issuer: opts.issuer.issuer,
      audience,
      nowSeconds: Math.floor(serverNow / 1000),
      lifetimeSeconds: fake.tokenLifetimeSeconds,
    });
    const token = fake.forge ? await fake.forge(claims) : await opts.issuer.sign(claims);
    fake.issued.push({ audience, token, claims });
    // The service's Date header follows the same (possibly offset) clock as its tokens.
    return {
      status: 200,
      body: { count: 1, value: token },
      headers: { date: new Date(serverNow).toUTCString() },
    };
  };

  const server = await startServer(mint);
  return Object.assign(fake, {
    requestUrl: `${server.url}${path}?api-version=2.0`,
    requests: server.requests,
    failNext: server.failNext,
    close: server.close,
  });
}
