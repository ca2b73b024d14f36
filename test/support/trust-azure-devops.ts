/**
 * A fake cloud that trusts one Azure DevOps service connection's tokens for every target, as an
 * administrator would set it up (docs/protocols.md §6.5, §6.11, §4.5): an Entra app with the federated
 * credential the connection shows, an IAM OIDC provider for the token's issuer whose client id is
 * what STS matches (the Entra-issued token's `azp`, Azure DevOps' app id; else the `aud`) and a role
 * whose trust names the subject, a Databricks service principal with
 * a federation policy. The pipeline's own token (`p://…`) is trusted with `trustAzureDevOpsPipeline`.
 */
import {
  ADO_AUDIENCE,
  AZURE_DEVOPS_APP_ID,
  connectionSubject,
  TOKEN_EXCHANGE_APP_ID,
  type AdoServiceConnection,
} from '../fakes/azure-devops-claims.ts';
import type { FakeCloud } from '../fakes/cloud.ts';
import { trustRoleFor } from './trust-aws.ts';

export const adoRoleArn = 'arn:aws:iam::123456789012:role/ado-deploy';
export const adoSp = '7a1b0000-0000-0000-0000-0000000000ad';
const spAdded = new WeakSet<FakeCloud>();

export interface AdoTrust {
  issuer: string;
  subject: string;
  /** The `aud` the token carries (the GUID form for the Entra family). */
  audience: string;
  /** What the IAM OIDC provider must list: the `azp` of Entra-issued tokens, else the `aud`. */
  stsClientId: string;
}

export function adoTokenFacts(cloud: FakeCloud, connection: AdoServiceConnection | undefined): AdoTrust {
  const ado = cloud.azureDevOps;
  if (!connection) {
    const { organization, project, pipeline } = ado.pipeline;
    return {
      issuer: ado.vstokenIssuer.issuer,
      subject: `p://${organization}/${project}/${pipeline}`,
      audience: ADO_AUDIENCE,
      stsClientId: ADO_AUDIENCE,
    };
  }
  const entra = connection.family === 'entra';
  return {
    issuer: entra ? ado.entraIssuer(connection.tenantId) : ado.vstokenIssuer.issuer,
    subject: connectionSubject(connection, ado.pipeline, ado.collectionId),
    audience: entra ? TOKEN_EXCHANGE_APP_ID : ADO_AUDIENCE,
    // STS matches a token's `azp` when it has one (docs/protocols.md §3.5).
    stsClientId: entra ? AZURE_DEVOPS_APP_ID : ADO_AUDIENCE,
  };
}

/** Trusts the connection's tokens (or, with no connection, the pipeline token) on every target. */
export function trustAzureDevOps(cloud: FakeCloud, connection?: AdoServiceConnection): AdoTrust {
  const facts = adoTokenFacts(cloud, connection);
  cloud.entra.addApp({
    tenantId: connection?.tenantId ?? '11111111-1111-1111-1111-111111111111',
    clientId: connection?.clientId ?? '00000000-0000-0000-0000-000000000000',
    // The credential says the URI form even for Entra-issued tokens; Entra maps the GUID to it.
    federatedCredentials: [
      { name: 'ado', issuer: facts.issuer, subject: facts.subject, audiences: [ADO_AUDIENCE] },
    ],
  });
  cloud.sts.addOidcProvider({
    accountId: '123456789012',
    url: facts.issuer,
    clientIds: [facts.stsClientId],
  });
  trustRoleFor(cloud, adoRoleArn, facts.subject, facts.issuer);
  if (!spAdded.has(cloud)) cloud.databricks.addServicePrincipal({ applicationId: adoSp, displayName: 'ado' });
  spAdded.add(cloud);
  cloud.databricks.addFederationPolicy({
    kind: 'servicePrincipal',
    applicationId: adoSp,
    issuer: facts.issuer,
    audiences: [facts.audience],
    subject: facts.subject,
  });
  return facts;
}
