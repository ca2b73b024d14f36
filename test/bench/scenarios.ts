/**
 * What the benchmark runs: `node -e 0` as the floor, and the bundled action for each target alone
 * and all three in one step, each against the loopback fake cloud with a trust that accepts it.
 */
import { ids } from '../fakes/cloud.ts';
import { roleArn, sp, subject } from '../support/trust.ts';

export interface Scenario {
  name: string;
  /** Arguments after `node --import report-rss.mjs`. */
  args: string[];
  inputs: Record<string, string>;
  /** The step leaves a refresher running: stopped after each run, outside the timing. */
  refresher?: boolean;
}

/** Where the fake cloud (cloud-process.ts) listens, and what the runner's token request needs. */
export interface CloudAddresses {
  issuer: string;
  authorityHost: string;
  stsEndpoint: string;
  workspaceHost: string;
  requestUrl: string;
  requestToken: string;
  googleUrl: string;
  googleProvider: string;
  googleServiceAccount: string;
}

/** The targets alone and together, for one build's main entry; `label` tells builds apart in the table. */
export function scenarios(cloud: CloudAddresses, mainEntry: string, label = ''): Scenario[] {
  // The exchange step alone, `refresh` off (rows without "refresh on"), and with it on.
  const common = { issuer: cloud.issuer, subject, refresh: 'false' };
  const on = { ...common, refresh: 'true' };
  const azure = {
    'azure-client-id': ids.clientId,
    'azure-tenant-id': ids.tenantId,
    'azure-authority-host': cloud.authorityHost,
  };
  const aws = { 'aws-role-arn': roleArn, 'aws-region': 'eu-west-1', 'aws-sts-endpoint': cloud.stsEndpoint };
  const databricks = { 'databricks-host': cloud.workspaceHost, 'databricks-client-id': sp };
  const google = {
    'gcp-workload-identity-provider': cloud.googleProvider,
    'gcp-service-account': cloud.googleServiceAccount,
    'gcp-sts-endpoint': cloud.googleUrl,
    'gcp-iam-credentials-endpoint': cloud.googleUrl,
  };
  const suffix = label ? ` (${label})` : '';
  return [
    { name: `Azure${suffix}`, args: [mainEntry], inputs: { ...common, ...azure } },
    { name: `AWS${suffix}`, args: [mainEntry], inputs: { ...common, ...aws } },
    { name: `Databricks${suffix}`, args: [mainEntry], inputs: { ...common, ...databricks } },
    { name: `Google Cloud${suffix}`, args: [mainEntry], inputs: { ...common, ...google } },
    { name: `all three${suffix}`, args: [mainEntry], inputs: { ...common, ...azure, ...aws, ...databricks } },
    // The same steps with `refresh` on, its default: the refresher is launched and handed its listener.
    { name: `Azure, refresh on${suffix}`, args: [mainEntry], inputs: { ...on, ...azure }, refresher: true },
    { name: `AWS, refresh on${suffix}`, args: [mainEntry], inputs: { ...on, ...aws }, refresher: true },
  ];
}

/** aws-actions/configure-aws-credentials' OIDC path, modelled by anchor-aws.mjs (bundled). */
export function anchorScenario(cloud: CloudAddresses, bundle: string): Scenario {
  const inputs = { 'role-to-assume': roleArn, 'aws-region': 'eu-west-1', 'sts-endpoint': cloud.stsEndpoint };
  return { name: 'configure-aws-credentials', args: [bundle], inputs };
}

export const floor: Scenario = { name: 'node -e 0 (floor)', args: ['-e', '0'], inputs: {} };
