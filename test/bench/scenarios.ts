/**
 * What the benchmark runs: `node -e 0` as the floor, and the bundled action for each target alone
 * and all three in one step, each against the loopback fake cloud with a trust that accepts it.
 */
import { ids, type FakeCloud } from '../fakes/cloud.ts';

export interface Scenario {
  name: string;
  /** Arguments after `node --import report-rss.mjs`. */
  args: string[];
  inputs: Record<string, string>;
}

const subject = 'repo:octo-org/app:ref:refs/heads/main';
const roleArn = 'arn:aws:iam::123456789012:role/deploy';
const sp = '7a1b0000-0000-0000-0000-000000000001';

export function configureTrust(cloud: FakeCloud): void {
  const host = cloud.issuer.issuer.replace('https://', '');
  cloud.entra.addApp({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    federatedCredentials: [
      { issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchange'] },
    ],
  });
  cloud.sts.addOidcProvider({
    accountId: '123456789012',
    url: cloud.issuer.issuer,
    clientIds: ['sts.amazonaws.com'],
  });
  cloud.sts.addRole({
    arn: roleArn,
    trustPolicy: {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${host}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { [`${host}:sub`]: subject } },
        },
      ],
    },
  });
  cloud.databricks.addServicePrincipal({ applicationId: sp, displayName: 'bench' });
  cloud.databricks.addFederationPolicy({
    kind: 'servicePrincipal',
    applicationId: sp,
    issuer: cloud.issuer.issuer,
    audiences: [`${cloud.databricks.workspaceHost}/oidc/v1/token`],
    subject,
  });
}

export function scenarios(cloud: FakeCloud, mainEntry: string): Scenario[] {
  const common = { issuer: cloud.issuer.issuer, subject };
  const azure = {
    'azure-client-id': ids.clientId,
    'azure-tenant-id': ids.tenantId,
    'azure-authority-host': cloud.entra.authorityHost,
  };
  const aws = { 'aws-role-arn': roleArn, 'aws-region': 'eu-west-1', 'aws-sts-endpoint': cloud.sts.endpoint };
  const databricks = { 'databricks-host': cloud.databricks.workspaceHost, 'databricks-client-id': sp };
  return [
    { name: 'node -e 0 (floor)', args: ['-e', '0'], inputs: {} },
    { name: 'Azure', args: [mainEntry], inputs: { ...common, ...azure } },
    { name: 'AWS', args: [mainEntry], inputs: { ...common, ...aws } },
    { name: 'Databricks', args: [mainEntry], inputs: { ...common, ...databricks } },
    { name: 'all three', args: [mainEntry], inputs: { ...common, ...azure, ...aws, ...databricks } },
  ];
}
