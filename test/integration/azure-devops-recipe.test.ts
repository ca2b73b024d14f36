/**
 * The Azure DevOps source travels to the background refresher as a recipe: non-secret settings
 * (request URI, service connection id) and the job access token as its one secret; rebuilt there,
 * it mints tokens for the same connection.
 */
import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../src/core/jwt.js';
import { parsePlan } from '../../src/core/plan.js';
import { portableSource } from '../../src/runtimes/shared/choose-source.js';
import { rebuildSource } from '../../src/runtimes/shared/rebuild-source.js';
import { TARGETS } from '../../src/targets/index.js';
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';

let cloud: FakeCloud;
const http = fakeCloudPerFile((started) => (cloud = started));

describe('the azure-devops source recipe', () => {
  it('carries no secret in its settings, and rebuilds into a source for the same connection', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'recipe', family: 'entra' });
    const inputs: Record<string, string> = {
      'azure-client-id': ids.clientId,
      'azure-tenant-id': ids.tenantId,
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
    const env = { SYSTEM_OIDCREQUESTURI: cloud.azureDevOps.oidcRequestUri };
    const portable = portableSource(plan, env, cloud.azureDevOps.accessToken);
    const travelled = JSON.parse(JSON.stringify(portable.recipe)) as typeof portable.recipe;
    expect(travelled).toEqual({
      kind: 'azure-devops',
      settings: { requestUri: cloud.azureDevOps.oidcRequestUri, serviceConnectionId: connection.id },
    });
    expect(JSON.stringify(travelled)).not.toContain(cloud.azureDevOps.accessToken);
    expect(portable.secret).toBe(cloud.azureDevOps.accessToken);

    const token = await rebuildSource(travelled, portable.secret, http, 3_000).getToken('x');
    expect(decodeJwt(token, 'test').payload['sub']).toMatch(
      new RegExp(`/sc/${cloud.azureDevOps.collectionId}/${connection.id}$`),
    );
  });

  it('falls back to SYSTEM_ACCESSTOKEN (a script step) and to the pipeline token without a connection', async () => {
    const aws: Record<string, string> = {
      'aws-role-arn': 'arn:aws:iam::123456789012:role/x',
      'aws-region': 'eu-west-1',
    };
    const plan = parsePlan((n) => aws[n] ?? '', TARGETS, {
      ci: 'azure-devops',
      azureDevOps: { collectionId: cloud.azureDevOps.collectionId },
    });
    const portable = portableSource(plan, {
      SYSTEM_OIDCREQUESTURI: cloud.azureDevOps.oidcRequestUri,
      SYSTEM_ACCESSTOKEN: cloud.azureDevOps.accessToken,
    });
    expect(portable.recipe.settings['serviceConnectionId']).toBe('');
    const token = await rebuildSource(portable.recipe, portable.secret, http, 3_000).getToken('x');
    expect(decodeJwt(token, 'test').payload['sub']).toBe('p://contoso/web/deploy');
  });
});
