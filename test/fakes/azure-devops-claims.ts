import { randomUUID } from 'node:crypto';

/**
 * The claims of the ID tokens Azure DevOps issues (docs/protocols.md §6.2, §6.4, §6.5), per issuer
 * family: the Azure DevOps issuer (`vstoken`) with name-based subjects, and the Entra issuer with
 * `/eid1/…/sc/<org id>/<connection id>` subjects and the AAD token exchange app's GUID as audience.
 */
export type AdoIssuerFamily = 'vstoken' | 'entra';

export interface AdoServiceConnection {
  id: string;
  name: string;
  family: AdoIssuerFamily;
  /** The connection's tenant (its `tenantid` auth parameter); the Entra family's issuer names it. */
  tenantId: string;
  /** The app or managed identity the connection signs in as (`serviceprincipalid`). */
  clientId: string;
  /** False: the job does not reference it in a task input, so Azure DevOps refuses it. */
  referenced: boolean;
}

export interface AdoPipeline {
  organization: string;
  project: string;
  projectId: string;
  pipeline: string;
  definitionId: string;
  runId: string;
  repositoryId: string;
  repositoryUri: string;
  ref: string;
  commit: string;
}

export const ADO_AUDIENCE = 'api://AzureADTokenExchange';
/** The "AAD Token Exchange Endpoint" app: the `aud` of Entra-issued Azure DevOps tokens. */
export const TOKEN_EXCHANGE_APP_ID = 'fb60f99c-7a34-4190-8149-302f77469936';
/** Azure DevOps' own app id, the `azp` of Entra-issued tokens. */
export const AZURE_DEVOPS_APP_ID = '499b84ac-1321-427f-aa17-267ca6975798';

/** A GUID as .NET's Guid.ToByteArray() lays it out (little-endian first three fields), base64url. */
export function guidSegment(guid: string): string {
  const hex = guid.replace(/-/g, '');
  const bytes = Buffer.from(hex, 'hex');
  const swapped = Buffer.concat([
    Buffer.from(bytes.subarray(0, 4)).reverse(),
    Buffer.from(bytes.subarray(4, 6)).reverse(),
    Buffer.from(bytes.subarray(6, 8)).reverse(),
    bytes.subarray(8),
  ]);
  return swapped.toString('base64url');
}

export function connectionSubject(
  connection: AdoServiceConnection,
  pipeline: AdoPipeline,
  collectionId: string,
): string {
  if (connection.family === 'vstoken')
    return `sc://${pipeline.organization}/${pipeline.project}/${connection.name}`;
  return (
    `/eid1/c/pub/t/${guidSegment(connection.tenantId)}/a/${guidSegment(AZURE_DEVOPS_APP_ID)}` +
    `/sc/${collectionId}/${connection.id}`
  );
}

interface Times {
  nowSeconds: number;
  lifetimeSeconds: number;
}

/** The ADO issuer's times: nbf ten minutes before iat (§6.4). */
function vstokenTimes({ nowSeconds, lifetimeSeconds }: Times) {
  return { nbf: nowSeconds - 600, iat: nowSeconds, exp: nowSeconds + lifetimeSeconds };
}

export function pipelineClaims(
  pipeline: AdoPipeline,
  issuer: string,
  collectionId: string,
  times: Times,
): Record<string, unknown> {
  return {
    jti: randomUUID(),
    sub: `p://${pipeline.organization}/${pipeline.project}/${pipeline.pipeline}`,
    aud: ADO_AUDIENCE,
    org_id: collectionId,
    prj_id: pipeline.projectId,
    def_id: pipeline.definitionId,
    rpo_id: pipeline.repositoryId,
    rpo_uri: pipeline.repositoryUri,
    rpo_ver: pipeline.commit,
    rpo_ref: pipeline.ref,
    run_id: pipeline.runId,
    iss: issuer,
    ...vstokenTimes(times),
  };
}

export function connectionClaims(
  connection: AdoServiceConnection,
  pipeline: AdoPipeline,
  collectionId: string,
  issuer: string,
  times: Times,
): Record<string, unknown> {
  const sub = connectionSubject(connection, pipeline, collectionId);
  if (connection.family === 'vstoken') {
    return { jti: randomUUID(), sub, aud: ADO_AUDIENCE, iss: issuer, ...vstokenTimes(times) };
  }
  return {
    aud: TOKEN_EXCHANGE_APP_ID,
    iss: issuer,
    iat: times.nowSeconds,
    nbf: times.nowSeconds,
    exp: times.nowSeconds + times.lifetimeSeconds,
    azp: AZURE_DEVOPS_APP_ID,
    azpacr: '2',
    idtyp: 'app',
    oid: randomUUID(),
    sub,
    tid: connection.tenantId,
    uti: randomUUID().replace(/-/g, '').slice(0, 22),
    ver: '2.0',
  };
}
