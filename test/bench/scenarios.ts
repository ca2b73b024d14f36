/**
 * What the benchmark runs: `node -e 0` as the floor, and the bundled action for each target alone
 * and all three in one step, each against the loopback fake cloud with a trust that accepts it.
 */
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { roleArn, sp, subject } from '../support/trust.ts';

export interface Scenario {
  name: string;
  /** Arguments after `node --import report-rss.mjs`. */
  args: string[];
  inputs: Record<string, string>;
}

export function scenarios(cloud: FakeCloud, mainEntry: string): Scenario[] {
  // The exchange step alone: no post step runs here to stop a refresher (its start-up cost is
  // measured separately, README "Long-running jobs").
  const common = { issuer: cloud.issuer.issuer, subject, refresh: 'false' };
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
