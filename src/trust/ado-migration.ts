import { familyOfIssuer, type AzureDevOpsExpectations } from '../core/azure-devops-issuers.js';

/**
 * Azure DevOps retires its own issuer (`https://vstoken.dev.azure.com/<org id>`) for Azure
 * Resource Manager service connections on 1 July 2027 (docs/protocols.md §6.5): a converted
 * connection keeps its id and presents Entra-issued tokens instead, with issuer
 * `<authority>/<tenant>/v2.0`, subject `/eid1/c/pub/t/<tenant>/a/<Azure DevOps app>/sc/<org id>/<connection id>`
 * (GUIDs as .NET byte order in base64url), audience the token exchange app's id and `azp` Azure
 * DevOps' app id. All of it is known before the conversion, so the new trust can be added first.
 */
export const RETIREMENT_DATE = '2027-07-01';
/** Azure DevOps' own application: the `azp` of its Entra-issued tokens. */
export const AZURE_DEVOPS_APP_ID = '499b84ac-1321-427f-aa17-267ca6975798';

export interface EntraSuccessor {
  issuer: string;
  subject: string;
  authorizedParty: string;
}

/** The Entra-issuer identity of a service connection's token, when the run names the tenant, org and connection. */
export function entraMigration(ado: AzureDevOpsExpectations, subject: string): EntraSuccessor | undefined {
  if (!subject.startsWith('sc://')) return undefined; // the pipeline's own token is not moving (yet)
  // From the run's facts, not only the accepted issuers: a step whose `issuer` names the Azure
  // DevOps one still learns the connection's tenant, and the new trust is the one it needs.
  const entra = ado.issuers.find((i) => i.family === 'entra')?.issuer ?? ado.entraIssuer;
  const vstoken = ado.issuers.find((i) => i.family === 'vstoken')?.issuer;
  const tenant = entra ? /\/([^/]+)\/v2\.0\/?$/.exec(entra)?.[1] : undefined;
  const org = vstoken?.split('/').at(-1);
  const connection = ado.serviceConnectionId;
  if (!entra || !tenant || !org || !connection || !isGuid(tenant)) return undefined;
  return {
    issuer: entra,
    subject: `/eid1/c/pub/t/${guidSegment(tenant)}/a/${guidSegment(AZURE_DEVOPS_APP_ID)}/sc/${org}/${connection}`,
    authorizedParty: AZURE_DEVOPS_APP_ID,
  };
}

/** The one warning line the step logs while its connection's token still comes from the retiring issuer. */
export function migrationWarningFor(
  ado: AzureDevOpsExpectations,
  issuer: string,
  subject: string,
): string | undefined {
  if (familyOfIssuer(issuer) !== 'vstoken' || !subject.startsWith('sc://')) return undefined;
  const successor = entraMigration(ado, subject);
  if (!successor)
    return `This service connection's token comes from the Azure DevOps issuer, retired for Azure connections on ${RETIREMENT_DATE}: add a trust for the Entra issuer before converting the connection (docs/trust.md).`;
  return (
    `This service connection's token comes from the Azure DevOps issuer, retired for Azure connections on ${RETIREMENT_DATE}: ` +
    `before converting the connection, add a trust for issuer '${successor.issuer}', subject '${successor.subject}' ` +
    // Only an Azure DevOps task logs this: no input name of the action (`dry-run`) in it.
    '(the dry run, or `oidc-exchange trust`, prints it for every target; docs/trust.md).'
  );
}

function isGuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

/** A GUID's bytes as .NET's Guid.ToByteArray() lays them out (first three fields little-endian), base64url. */
export function guidSegment(guid: string): string {
  const bytes = Buffer.from(guid.replace(/-/g, ''), 'hex');
  const swap = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).reverse();
  return Buffer.concat([swap(0, 4), swap(4, 6), swap(6, 8), bytes.subarray(8)]).toString('base64url');
}
