/**
 * The background refresher checks each new Azure DevOps token as the main step did: either issuer
 * family, the GUID audience of Entra-issued tokens, the signature with the keys of the issuer the
 * token names.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plan.js';
import type { RunInfo } from '../../src/core/target.js';
import { createMinter } from '../../src/runtimes/refresher/process/mint.js';
import { azureDevOpsSource } from '../../src/sources/azure-devops.js';
import { TARGETS } from '../../src/targets/index.js';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import type { FakeCloud } from '../fakes/cloud.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';

let cloud: FakeCloud;
const http = fakeCloudPerFile((started) => (cloud = started));

function minterFor(connection: AdoServiceConnection, inputs: Record<string, string> = {}) {
  const all: Record<string, string> = {
    'azure-client-id': connection.clientId,
    'azure-tenant-id': connection.tenantId,
    'azure-authority-host': cloud.entra.authorityHost,
    ...inputs,
  };
  const run: RunInfo = {
    ci: 'azure-devops',
    azureDevOps: {
      collectionId: cloud.azureDevOps.collectionId,
      serviceConnectionId: connection.id,
      tenantId: connection.tenantId,
      authorityHost: cloud.entra.authorityHost,
    },
  };
  const plan = parsePlan((n) => all[n] ?? '', TARGETS, run);
  const source = azureDevOpsSource({
    requestUri: cloud.azureDevOps.oidcRequestUri,
    accessToken: cloud.azureDevOps.accessToken,
    serviceConnectionId: connection.id,
    http,
  });
  return createMinter(plan, source, http);
}

describe('refresher tokens on Azure DevOps', () => {
  it('mints and verifies Entra-family tokens (GUID audience)', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'refresh-entra', family: 'entra' });
    const minted = await minterFor(connection).mint('api://AzureADTokenExchange');
    expect(minted.token).toBe(cloud.azureDevOps.issued.at(-1)?.token);
    expect(minted.exp - minted.iat).toBe(cloud.azureDevOps.tokenLifetimeSeconds);
  });

  it('mints and verifies Azure DevOps-family tokens when `issuer` names that family', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'refresh-vstoken', family: 'vstoken' });
    const minter = minterFor(connection, { issuer: cloud.azureDevOps.vstokenIssuer.issuer });
    await expect(minter.mint('api://AzureADTokenExchange')).resolves.toMatchObject({
      token: expect.any(String) as unknown,
    });
  });

  it('still refuses what the main step would refuse', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'refresh-subject', family: 'entra' });
    const minter = minterFor(connection, { subject: 'sc://contoso/web/refresh-subject' });
    await expect(minter.mint('api://AzureADTokenExchange')).rejects.toMatchObject({ code: 'CLAIM_MISMATCH' });
  });
});
