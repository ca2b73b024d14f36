/**
 * A self-hosted runner on an Azure VM: the VM's managed identity (IMDS, faked) either is the Azure
 * identity itself, or mints the federated assertion that AWS trusts. No secret, no GitHub token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import type { FakeManagedIdentity } from '../fakes/imds.ts';
import { runAction } from '../support/run-action.ts';

let cloud: FakeCloud;
let identity: FakeManagedIdentity;
const miClientId = '44444444-4444-4444-4444-444444444444';
const roleArn = 'arn:aws:iam::123456789012:role/from-azure';
/** An account whose IAM OIDC provider lists the token's `aud`, not its `azp`. */
const audOnlyRoleArn = 'arn:aws:iam::210987654321:role/from-azure';

beforeAll(async () => {
  cloud = await startFakeCloud();
  // The tenant exists for the fake Entra's discovery document once an app names it.
  cloud.entra.addApp({ tenantId: ids.tenantId, clientId: miClientId, federatedCredentials: [] });
  identity = cloud.imds.assign({ clientId: miClientId, tenantId: ids.tenantId, systemAssigned: false });
  const entraIssuer = `${cloud.entra.authorityHost}/${ids.tenantId}/v2.0`;
  const host = entraIssuer.replace('https://', '');
  // The token's `azp` is the identity's client id, which STS matches instead of `aud`
  // (docs/protocols.md §3.5): the provider lists it, and the `:aud` condition key sees it.
  cloud.sts.addOidcProvider({ accountId: '123456789012', url: entraIssuer, clientIds: [miClientId] });
  cloud.sts.addOidcProvider({
    accountId: '210987654321',
    url: entraIssuer,
    clientIds: ['api://AzureADTokenExchange'],
  });
  for (const arn of [roleArn, audOnlyRoleArn]) {
    const account = arn.split(':')[4] ?? '';
    cloud.sts.addRole({
      arn,
      trustPolicy: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${host}` },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: { StringEquals: { [`${host}:aud`]: miClientId, [`${host}:sub`]: identity.objectId } },
          },
        ],
      },
    });
  }
});
afterAll(async () => {
  await cloud.close();
});

const imdsEnv = () => ({ AZURE_POD_IDENTITY_AUTHORITY_HOST: cloud.imds.url });

describe('Azure VM managed identity', () => {
  it('is the Azure identity itself: access tokens from IMDS, ARM_USE_MSI for Terraform, no GitHub token', async () => {
    const run = await runAction({
      inputs: {
        'token-source': 'azure-managed-identity',
        issuer: `${cloud.entra.authorityHost}/${ids.tenantId}/v2.0`,
        'azure-client-id': miClientId,
        'azure-tenant-id': ids.tenantId,
        'azure-scopes': 'arm, keyvault',
      },
      env: imdsEnv(),
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(run.env.get('ARM_USE_MSI')).toBe('true');
    expect(run.env.has('ARM_USE_OIDC')).toBe(false);
    expect(run.env.has('AZURE_FEDERATED_TOKEN_FILE')).toBe(false);
    expect(run.env.get('AZURE_CLIENT_ID')).toBe(miClientId);
    const arm: unknown = JSON.parse(
      Buffer.from((run.outputs.get('azure-access-token') ?? '').split('.')[1] ?? '', 'base64url').toString(),
    );
    expect(arm).toMatchObject({ aud: 'https://management.azure.com', appid: miClientId });
    expect(cloud.imds.requests.every((r) => r.headers['metadata'] === 'true')).toBe(true);
  });

  it('mints the federated assertion AWS trusts (Entra as the issuer), verified like any token', async () => {
    const before = cloud.imds.requests.length;
    const run = await runAction({
      inputs: {
        'token-source': 'azure-managed-identity',
        'azure-managed-identity-client-id': miClientId,
        issuer: `${cloud.entra.authorityHost}/${ids.tenantId}/v2.0`,
        subject: identity.objectId,
        audience: 'api://AzureADTokenExchange',
        'aws-role-arn': roleArn,
        'aws-region': 'eu-west-1',
        'aws-sts-endpoint': cloud.sts.endpoint,
      },
      env: imdsEnv(),
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    // `refresh` (the default): the refresher serves the session, renewed from IMDS as this step did.
    expect(run.env.get('AWS_CONTAINER_CREDENTIALS_FULL_URI')).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(run.outputs.get('aws-access-key-id')).toMatch(/^ASIA/);
    expect(run.stdout).toContain('Token signature verified');
    expect(cloud.imds.requests.slice(before).at(-1)?.query).toMatchObject({
      resource: 'api://AzureADTokenExchange',
      client_id: miClientId,
    });
    expect(cloud.sts.issued.at(-1)).toMatchObject({
      audience: miClientId,
      claims: { aud: 'api://AzureADTokenExchange', azp: miClientId },
    });
  });

  it("is refused by an IAM OIDC provider that lists the token's aud, not its azp, and says what to list", async () => {
    const run = await runAction({
      inputs: {
        'token-source': 'azure-managed-identity',
        'azure-managed-identity-client-id': miClientId,
        issuer: `${cloud.entra.authorityHost}/${ids.tenantId}/v2.0`,
        audience: 'api://AzureADTokenExchange',
        'aws-role-arn': audOnlyRoleArn,
        'aws-region': 'eu-west-1',
        'aws-sts-endpoint': cloud.sts.endpoint,
      },
      env: imdsEnv(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('InvalidIdentityToken: Incorrect token audience');
    expect(run.stdout).toContain(
      `whose audiences (client IDs) include '${miClientId}' (the token's azp, which STS matches instead of its aud).`,
    );
    expect(run.env.has('AWS_ACCESS_KEY_ID')).toBe(false);
  });

  it('picks a user-assigned identity by its resource id too', async () => {
    const before = cloud.imds.requests.length;
    const run = await runAction({
      inputs: {
        'token-source': 'azure-managed-identity',
        'azure-managed-identity-resource-id': identity.resourceId,
        issuer: `${cloud.entra.authorityHost}/${ids.tenantId}/v2.0`,
        audience: 'api://AzureADTokenExchange',
        'aws-role-arn': roleArn,
        'aws-region': 'eu-west-1',
        'aws-sts-endpoint': cloud.sts.endpoint,
      },
      env: imdsEnv(),
    });
    expect(run.exitCode).toBe(0);
    const query = cloud.imds.requests.slice(before).at(-1)?.query ?? {};
    expect(query['msi_res_id'] ?? query['mi_res_id']).toBe(identity.resourceId);
  });

  it('takes the user-assigned identity in actions/aws too (not the system-assigned one)', async () => {
    const before = cloud.imds.requests.length;
    const run = await runAction({
      uses: 'octo-org/oidc-exchange/actions/aws@v1',
      inputs: {
        'token-source': 'azure-managed-identity',
        'azure-managed-identity-client-id': miClientId,
        issuer: `${cloud.entra.authorityHost}/${ids.tenantId}/v2.0`,
        audience: 'api://AzureADTokenExchange',
        'role-arn': roleArn,
        region: 'eu-west-1',
        'sts-endpoint': cloud.sts.endpoint,
      },
      env: imdsEnv(),
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(cloud.imds.requests.slice(before).map((r) => r.query['client_id'])).toContain(miClientId);
  });

  it('needs the issuer spelled out in actions/aws as well, every default filled in', async () => {
    const before = cloud.imds.requests.length;
    const run = await runAction({
      uses: 'octo-org/oidc-exchange/actions/aws@v1',
      inputs: { 'token-source': 'azure-managed-identity', 'role-arn': roleArn, region: 'eu-west-1' },
      env: imdsEnv(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Input `issuer` is required with `token-source: azure-managed-identity`');
    expect(cloud.imds.requests.length).toBe(before);
  });

  it('needs the issuer spelled out', async () => {
    const run = await runAction({
      inputs: {
        'token-source': 'azure-managed-identity',
        'aws-role-arn': roleArn,
        'aws-region': 'eu-west-1',
      },
      env: imdsEnv(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Input `issuer` is required with `token-source: azure-managed-identity`');
  });
});
