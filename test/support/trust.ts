/**
 * A fake cloud that trusts the fake GitHub job for every target: an Entra app with a matching
 * federated credential, an IAM OIDC provider and role, a Databricks service principal with a
 * federation policy, a Google workload identity provider and service account. For tests and the benchmark that are about something else than trust.
 */
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { trustGoogle, type GoogleTrust } from './trust-google.ts';
import { trustRoleFor } from './trust-aws.ts';

export const subject = 'repo:octo-org/app:ref:refs/heads/main';
export const roleArn = 'arn:aws:iam::123456789012:role/deploy';
export const sp = '7a1b0000-0000-0000-0000-000000000001';

export function trustEveryTarget(cloud: FakeCloud): GoogleTrust {
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
  trustRoleFor(cloud, roleArn, subject);
  cloud.databricks.addServicePrincipal({ applicationId: sp, displayName: 'deploy-bot' });
  cloud.databricks.addFederationPolicy({
    kind: 'servicePrincipal',
    applicationId: sp,
    issuer: cloud.issuer.issuer,
    audiences: [`${cloud.databricks.workspaceHost}/oidc/v1/token`],
    subject,
  });
  return trustGoogle(cloud, subject);
}
