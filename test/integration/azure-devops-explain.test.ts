/**
 * The dry run on Azure DevOps: the token's claims beside the expectations, its signature checked
 * with the keys of the issuer it names, and the federated credential that would accept it.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/explain.js';
import { parsePlan } from '../../src/core/plan.js';
import { azureDevOpsSource } from '../../src/sources/azure-devops.js';
import { TARGETS } from '../../src/targets/index.js';
import { AZURE_DEVOPS_APP_ID } from '../fakes/azure-devops-claims.ts';
import type { FakeCloud } from '../fakes/cloud.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { adoTokenFacts } from '../support/trust-azure-devops.ts';

let cloud: FakeCloud;
const http = fakeCloudPerFile((started) => (cloud = started));

describe('dry run on Azure DevOps', () => {
  it('shows an Entra-family token, verifies it, and prints the credential with the URI audience and the AWS trust with its azp', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'dry', family: 'entra' });
    const facts = adoTokenFacts(cloud, connection);
    const inputs: Record<string, string> = {
      'azure-client-id': connection.clientId,
      'azure-tenant-id': connection.tenantId,
      'azure-authority-host': cloud.entra.authorityHost,
      'aws-role-arn': 'arn:aws:iam::123456789012:role/ado-deploy',
      'aws-region': 'eu-west-1',
    };
    const plan = parsePlan((n) => inputs[n] ?? '', TARGETS, {
      ci: 'azure-devops',
      azureDevOps: {
        collectionId: cloud.azureDevOps.collectionId,
        serviceConnectionId: connection.id,
        tenantId: connection.tenantId,
        authorityHost: cloud.entra.authorityHost,
      },
    });
    const { lines, problems } = await explain(plan, {
      http,
      source: azureDevOpsSource({
        requestUri: cloud.azureDevOps.oidcRequestUri,
        accessToken: cloud.azureDevOps.accessToken,
        serviceConnectionId: connection.id,
        http,
      }),
      registerSecret: () => undefined,
    });
    const text = lines.join('\n');
    expect(problems).toBe(0);
    expect(text).toContain(`sub                    ${facts.subject}`);
    expect(text).toContain('Expectations: all met');
    expect(text).toContain(`Signature: verified with the published keys of ${facts.issuer}.`);
    expect(text).toContain(
      `"issuer":"${facts.issuer}","subject":"${facts.subject}","audiences":["api://AzureADTokenExchange"]`,
    );
    // STS matches the token's azp (Azure DevOps' app id), so the AWS trust names it (docs/protocols.md §3.5).
    expect(text).toContain(`"${facts.issuer.replace('https://', '')}:aud":"${AZURE_DEVOPS_APP_ID}"`);
    // The token it explained is a secret: its claims are shown, never the token itself.
    const explained = cloud.azureDevOps.issued.at(-1)?.token;
    expect(explained).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(text).not.toContain(explained);
  });
});
