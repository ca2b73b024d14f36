import { randomBytes, randomUUID } from 'node:crypto';
import {
  connectionClaims,
  pipelineClaims,
  type AdoIssuerFamily,
  type AdoPipeline,
  type AdoServiceConnection,
} from './azure-devops-claims.ts';
import { signInPage, vssError } from './azure-devops-errors.ts';
import type { FakeEntra } from './entra.ts';
import { startServer } from './http-server.ts';
import type { Fault, FakeResponse, RecordedRequest } from './http-server.ts';
import { startOidcIssuer, type FakeIssuer } from './oidc-issuer.ts';

export type { AdoIssuerFamily, AdoPipeline, AdoServiceConnection } from './azure-devops-claims.ts';

export interface IssuedAdoToken {
  /** The connection asked for (undefined: the pipeline token). */
  serviceConnectionId: string | undefined;
  family: AdoIssuerFamily;
  token: string;
  claims: Record<string, unknown>;
}

export interface FakeAzureDevOps {
  /** SYSTEM_OIDCREQUESTURI: http on loopback, no query string (the real one has none). */
  oidcRequestUri: string;
  /** The job access token (SystemVssConnection's AccessToken / SYSTEM_ACCESSTOKEN). */
  accessToken: string;
  /** SYSTEM_COLLECTIONID: the organisation's GUID, in the vstoken issuer and the Entra subject. */
  collectionId: string;
  /** SYSTEM_COLLECTIONURI: `http://localhost:PORT/<organization>/`. */
  collectionUri: string;
  pipeline: AdoPipeline;
  /** SYSTEM_PLANID and SYSTEM_JOBID: the job's place in SYSTEM_OIDCREQUESTURI (hub `build`). */
  planId: string;
  jobId: string;
  /** The Azure DevOps issuer (family `vstoken`): `https://localhost:PORT/<collectionId>`, with discovery + JWKS. */
  vstokenIssuer: FakeIssuer;
  /** The Entra family's issuer for a tenant: the fake Entra's `https://localhost:PORT/<tenant>/v2.0`. */
  entraIssuer(tenantId: string): string;
  /** Registers a service connection (id generated unless given); the tenant appears in the fake Entra. */
  addConnection(
    connection: Partial<AdoServiceConnection> & { name: string; family: AdoIssuerFamily },
  ): AdoServiceConnection;
  connections: Map<string, AdoServiceConnection>;
  /** exp − iat of the tokens (docs/protocols.md §6.4: about 300 s today). */
  tokenLifetimeSeconds: number;
  issued: IssuedAdoToken[];
  requests: RecordedRequest[];
  failNext: (fault: Fault, times?: number) => void;
  close: () => Promise<void>;
}

/**
 * Azure DevOps' oidctoken endpoint (docs/protocols.md §6.1): POST only, api-version required, the job
 * access token as Bearer. A wrong access token gets the 203 HTML sign-in page (with
 * `X-TFS-FedAuthRedirect: Suppress`) or a 302 to it (without). A service connection the job does
 * not reference is refused; an id it does not know (a connection's name, say) silently gets the
 * pipeline token, `p://…`, as the real service does.
 */
export async function startAzureDevOps(opts: { entra: FakeEntra }): Promise<FakeAzureDevOps> {
  const collectionId = randomUUID();
  const pipeline: AdoPipeline = {
    organization: 'contoso',
    project: 'web',
    projectId: randomUUID(),
    pipeline: 'deploy',
    definitionId: '12',
    runId: '3456',
    repositoryId: randomUUID(),
    repositoryUri: 'https://dev.azure.com/contoso/web/_git/web',
    ref: 'refs/heads/main',
    commit: 'a3f1c9e5d2b8476f0e1d2c3b4a5968778695a4b3',
  };
  const vstokenIssuer = await startOidcIssuer({ path: `/${collectionId}` });
  const [planId, jobId] = [randomUUID(), randomUUID()];
  const path =
    `/${pipeline.organization}/${pipeline.projectId}/_apis/distributedtask/hubs/build/plans/` +
    `${planId}/jobs/${jobId}/oidctoken`;

  const mint = async (req: RecordedRequest): Promise<FakeResponse> => {
    // The Databricks SDKs' azure-devops-oidc joins SYSTEM_TEAMFOUNDATIONCOLLECTIONURI (which ends
    // in `/`) and the project id with one more `/`. Unverified: that the service serves that path
    // too is inferred from those SDKs, whose requests work against it.
    if (req.path.replace(/\/{2,}/g, '/') !== path)
      return vssError(404, 'VssResourceNotFoundException', 'The requested resource was not found.');
    const bearer = /^bearer (.+)$/i.exec(req.headers['authorization'] ?? '')?.[1];
    if (bearer !== fake.accessToken) {
      if ((req.headers['x-tfs-fedauthredirect'] ?? '').toLowerCase() !== 'suppress') {
        return {
          status: 302,
          headers: { location: `${fake.collectionUri}_signin?realm=dev.azure.com` },
          body: '',
        };
      }
      return signInPage(fake.collectionUri);
    }
    if (req.method !== 'POST')
      return vssError(
        405,
        'HttpMethodNotAllowed',
        `The requested resource does not support http method '${req.method}'.`,
      );
    const version = req.query['api-version'];
    if (!version)
      return vssError(
        400,
        'VssVersionNotSpecifiedException',
        'No api-version was supplied for the POST request. An api-version must be supplied.',
      );
    if (!/^7\.(1|2)(-preview(\.1)?)?$/.test(version)) {
      return vssError(
        400,
        'VssInvalidPreviewVersionException',
        `The requested version "${version}" of the resource is under preview. The -preview flag must be supplied in the api-version for such requests.`,
      );
    }
    const id = req.query['serviceConnectionId'];
    const connection = id === undefined ? undefined : fake.connections.get(id.toLowerCase());
    if (connection && !connection.referenced) {
      return vssError(
        400,
        'InvalidRequestException',
        `There is no explicit reference to service connection ${connection.id} from current stage. Service connections must be referenced as an input of a task.`,
      );
    }
    const times = { nowSeconds: Math.floor(Date.now() / 1000), lifetimeSeconds: fake.tokenLifetimeSeconds };
    let claims: Record<string, unknown>;
    let token: string;
    if (!connection) {
      claims = pipelineClaims(pipeline, vstokenIssuer.issuer, collectionId, times);
      token = await vstokenIssuer.sign(claims);
    } else if (connection.family === 'vstoken') {
      claims = connectionClaims(connection, pipeline, collectionId, vstokenIssuer.issuer, times);
      token = await vstokenIssuer.sign(claims);
    } else {
      claims = connectionClaims(
        connection,
        pipeline,
        collectionId,
        fake.entraIssuer(connection.tenantId),
        times,
      );
      token = opts.entra.signToken(claims);
    }
    fake.issued.push({ serviceConnectionId: id, family: connection?.family ?? 'vstoken', token, claims });
    return {
      status: 200,
      body: { oidcToken: token },
      headers: {
        'x-vss-e2eid': randomUUID(),
        'x-msedge-ref': `Ref A: ${randomBytes(8).toString('hex').toUpperCase()}`,
      },
    };
  };

  const server = await startServer(mint, { tls: false });
  const fake: FakeAzureDevOps = {
    oidcRequestUri: `${server.url}${path}`,
    accessToken: randomBytes(32).toString('base64url'),
    collectionId,
    collectionUri: `${server.url}/${pipeline.organization}/`,
    pipeline,
    planId,
    jobId,
    vstokenIssuer,
    entraIssuer: (tenantId) => `${opts.entra.authorityHost}/${tenantId}/v2.0`,
    addConnection(input) {
      const connection: AdoServiceConnection = {
        id: input.id ?? randomUUID(),
        name: input.name,
        family: input.family,
        tenantId: input.tenantId ?? '11111111-1111-1111-1111-111111111111',
        clientId: input.clientId ?? '00000000-0000-0000-0000-000000000000',
        referenced: input.referenced ?? true,
      };
      fake.connections.set(connection.id.toLowerCase(), connection);
      if (connection.family === 'entra') opts.entra.addTenant(connection.tenantId);
      return connection;
    },
    connections: new Map(),
    tokenLifetimeSeconds: 300,
    issued: [],
    requests: server.requests,
    failNext: server.failNext,
    close: async () => {
      await Promise.all([server.close(), vstokenIssuer.close()]);
    },
  };
  return fake;
}
