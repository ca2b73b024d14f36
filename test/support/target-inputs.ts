/**
 * The step inputs that point each target at the fake cloud which `trustEveryTarget` set up, so
 * tests about something other than inputs name their targets instead of repeating the literals.
 */
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { roleArn, sp } from './trust.ts';

export type Target = 'azure' | 'aws' | 'databricks';

export function inputsFor(cloud: FakeCloud, ...targets: Target[]): Record<string, string> {
  const all: Record<Target, Record<string, string>> = {
    azure: {
      'azure-client-id': ids.clientId,
      'azure-tenant-id': ids.tenantId,
      'azure-authority-host': cloud.entra.authorityHost,
    },
    aws: { 'aws-role-arn': roleArn, 'aws-region': 'eu-west-1', 'aws-sts-endpoint': cloud.sts.endpoint },
    databricks: { 'databricks-host': cloud.databricks.workspaceHost, 'databricks-client-id': sp },
  };
  return Object.assign({}, ...targets.map((target) => all[target])) as Record<string, string>;
}

/** The variables a GitHub job's step reads to ask the fake GitHub for its ID token. */
export function tokenRequestEnv(cloud: FakeCloud): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
  };
}
