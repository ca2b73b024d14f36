/**
 * AWS and Databricks from Azure DevOps: the job's token is the web identity, as it is (Azure DevOps
 * chooses its audience), for the pipeline token (vstoken family, as Databricks documents it) and
 * for an Entra-family connection (whose `azp`, Azure DevOps' app id, the IAM OIDC provider must list:
 * STS matches it instead of the GUID `aud`, docs/protocols.md §3.5).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/log.js';
import { parsePlan } from '../../src/core/plan.js';
import { run } from '../../src/core/run.js';
import type { RunInfo } from '../../src/core/target.js';
import { azureDevOpsSource } from '../../src/sources/azure-devops.js';
import { TARGETS } from '../../src/targets/index.js';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import { AZURE_DEVOPS_APP_ID, TOKEN_EXCHANGE_APP_ID } from '../fakes/azure-devops-claims.ts';
import type { FakeCloud } from '../fakes/cloud.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { adoRoleArn, adoSp, trustAzureDevOps } from '../support/trust-azure-devops.ts';

let cloud: FakeCloud;
const http = fakeCloudPerFile((started) => (cloud = started));

async function runWith(connection: AdoServiceConnection | undefined, inputs: Record<string, string>) {
  const info: RunInfo = {
    ci: 'azure-devops',
    runId: '3456',
    azureDevOps: {
      collectionId: cloud.azureDevOps.collectionId,
      serviceConnectionId: connection?.id,
      tenantId: connection?.tenantId,
      authorityHost: cloud.entra.authorityHost,
    },
  };
  const plan = parsePlan((n) => inputs[n] ?? '', TARGETS, info);
  return run(plan, {
    http,
    log: silentLogger,
    source: azureDevOpsSource({
      requestUri: cloud.azureDevOps.oidcRequestUri,
      accessToken: cloud.azureDevOps.accessToken,
      serviceConnectionId: connection?.id,
      http,
    }),
    registerSecret: () => undefined,
    tempDir: mkdtempSync(join(tmpdir(), 'ado-targets-')),
    childEnv: {},
  });
}

const aws = () => ({
  'aws-role-arn': adoRoleArn,
  'aws-region': 'eu-west-1',
  'aws-sts-endpoint': cloud.sts.endpoint,
});

describe('AWS and Databricks with an Azure DevOps token', () => {
  it('take the pipeline token (p://) from the Azure DevOps issuer', async () => {
    const trust = trustAzureDevOps(cloud);
    const result = await runWith(undefined, {
      ...aws(),
      'databricks-host': cloud.databricks.workspaceHost,
      'databricks-client-id': adoSp,
      // The fake's Azure DevOps issuer is not at vstoken.dev.azure.com: named explicitly.
      issuer: cloud.azureDevOps.vstokenIssuer.issuer,
    });
    expect(result.subject).toBe('p://contoso/web/deploy');
    expect(cloud.sts.issued.at(-1)).toMatchObject({
      subject: trust.subject,
      audience: 'api://AzureADTokenExchange',
    });
    expect(cloud.databricks.issued.at(-1)).toMatchObject({ clientId: adoSp, subject: trust.subject });
    const names = result.exports.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['AWS_ACCESS_KEY_ID', 'DATABRICKS_TOKEN']) as unknown);
  });

  it("present an Entra-family connection's token, which STS matches by its azp", async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'aws-wif', family: 'entra' });
    const trust = trustAzureDevOps(cloud, connection);
    const result = await runWith(connection, aws());
    expect(result.issuer).toBe(trust.issuer);
    expect(cloud.sts.issued.at(-1)).toMatchObject({
      subject: trust.subject,
      audience: AZURE_DEVOPS_APP_ID,
      claims: { aud: TOKEN_EXCHANGE_APP_ID, azp: AZURE_DEVOPS_APP_ID },
    });
  });

  it("are refused when the IAM OIDC provider lists the Entra token's aud but not its azp, with the fix", async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'aws-aud-only', family: 'entra' });
    const trust = trustAzureDevOps(cloud, connection);
    // What an administrator would list by reading only the token's `aud`.
    cloud.sts.addOidcProvider({ accountId: '123456789012', url: trust.issuer, clientIds: [trust.audience] });
    const error = await runWith(connection, aws()).then(
      () => expect.fail('expected STS to refuse'),
      (e: unknown) => e as { code: string; message: string; hint?: string },
    );
    expect(error.code).toBe('AWS_INVALID_IDENTITY_TOKEN');
    expect(error.message).toContain('InvalidIdentityToken: Incorrect token audience');
    expect(error.hint).toBe(
      `Account 123456789012 needs an IAM OIDC provider for ${trust.issuer} whose audiences (client IDs) include '${AZURE_DEVOPS_APP_ID}' (the token's azp, which STS matches instead of its aud).`,
    );
    trustAzureDevOps(cloud, connection);
  });
});
