/**
 * The fake clouds trusting a documentation example's own ids (test/e2e/readme-examples.test.ts):
 * an Entra app's federated credential, an IAM role (with its account's OIDC provider), a
 * Databricks federation policy, a Google provider and service account. Only the issuer is the
 * fake's; ids, subjects and audiences are the example's.
 */
import type { FakeCloud } from '../fakes/cloud.ts';

export interface Identity {
  issuer: string;
  subject: string;
  audiences: string[];
  clientId?: string | undefined;
  tenantId?: string | undefined;
  roleArn?: string | undefined;
  databricksClientId?: string | undefined;
  gcpProvider?: string | undefined;
  gcpServiceAccount?: string | undefined;
  /** Google accepts only its own audience unless the provider lists others (Azure DevOps's fixed one). */
  gcpAudiences?: string[] | undefined;
  /** `aws-profile` → its role, for the job's steps so far. */
  awsProfiles?: Map<string, string>;
}

/** Returns `trust(who)`: the example's own ids trust the token this fake job gets. */
export function docExampleTrust(cloud: FakeCloud): (who: Identity) => void {
  const sps = new Set<string>();
  const providers = new Set<string>();
  const googleProviders = new Set<string>();
  const googleAccounts = new Map<string, string[]>();
  const GOOGLE_PROVIDER =
    /^projects\/(\d+)\/locations\/global\/workloadIdentityPools\/([^/]+)\/providers\/([^/]+)$/;
  return (who) => {
    if (who.clientId && who.tenantId) {
      cloud.entra.addApp({
        tenantId: who.tenantId,
        clientId: who.clientId,
        federatedCredentials: [{ issuer: who.issuer, subject: who.subject, audiences: who.audiences }],
      });
    }
    const host = who.issuer.replace('https://', '');
    if (who.roleArn) {
      // One IAM OIDC provider per account: roles of several accounts each trust their own.
      const account = who.roleArn.split(':')[4] ?? '';
      if (!providers.has(`${account} ${who.issuer}`)) {
        const clientIds = ['sts.amazonaws.com', 'api://AzureADTokenExchange', ...who.audiences];
        cloud.sts.addOidcProvider({ accountId: account, url: who.issuer, clientIds });
        providers.add(`${account} ${who.issuer}`);
      }
      cloud.sts.addRole({
        arn: who.roleArn,
        trustPolicy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: {
                Federated: `arn:aws:iam::${who.roleArn.split(':')[4] ?? ''}:oidc-provider/${host}`,
              },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: { StringEquals: { [`${host}:sub`]: who.subject } },
            },
          ],
        },
      });
    }
    if (who.gcpProvider) {
      // The example's own provider resource name: its project number, pool and provider id.
      const [, projectNumber = '', pool = '', provider = ''] = GOOGLE_PROVIDER.exec(who.gcpProvider) ?? [];
      if (!googleProviders.has(who.gcpProvider)) {
        cloud.google.addProvider({
          projectNumber,
          pool,
          provider,
          issuer: who.issuer,
          ...(who.gcpAudiences ? { allowedAudiences: who.gcpAudiences } : {}),
        });
        googleProviders.add(who.gcpProvider);
      }
      if (who.gcpServiceAccount) {
        const principal = `principal://iam.googleapis.com/projects/${projectNumber}/locations/global/workloadIdentityPools/${pool}/subject/${who.subject}`;
        // One account per email (the fake looks up the first): each example adds its principal.
        const users = googleAccounts.get(who.gcpServiceAccount);
        if (users) users.push(principal);
        else {
          const workloadIdentityUsers = [principal];
          cloud.google.addServiceAccount({ email: who.gcpServiceAccount, workloadIdentityUsers });
          googleAccounts.set(who.gcpServiceAccount, workloadIdentityUsers);
        }
      }
    }
    if (who.databricksClientId) {
      if (!sps.has(who.databricksClientId)) {
        cloud.databricks.addServicePrincipal({ applicationId: who.databricksClientId, displayName: 'docs' });
        sps.add(who.databricksClientId);
      }
      cloud.databricks.addFederationPolicy({
        kind: 'servicePrincipal',
        applicationId: who.databricksClientId,
        issuer: who.issuer,
        audiences: [`${cloud.databricks.workspaceHost}/oidc/v1/token`, ...who.audiences],
        subject: who.subject,
      });
    }
  };
}
