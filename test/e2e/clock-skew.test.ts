/** A runner whose clock is off: the error says so, with the difference the token service's Date header shows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { runAction } from '../support/run-action.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
});
afterAll(async () => {
  await cloud.close();
});

function run() {
  return runAction({
    inputs: {
      'azure-client-id': ids.clientId,
      'azure-tenant-id': ids.tenantId,
      'azure-authority-host': cloud.entra.authorityHost,
      issuer: cloud.issuer.issuer,
    },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
    },
  });
}

describe('clock skew', () => {
  it.each([
    [900, 'behind', 'was issued at'],
    [-900, 'ahead of', 'expired at'],
  ])('a runner clock %i s off is named as the cause', async (offset, direction, what) => {
    cloud.github.clockOffsetSeconds = offset;
    const result = await run();
    cloud.github.clockOffsetSeconds = 0;
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`[TOKEN_TIME] The OIDC token ${what}`);
    expect(result.stdout).toMatch(
      new RegExp(
        `Hint: The runner's clock is (89\\d|90\\d) s ${direction} localhost:\\d+ \\(its Date header\\)`,
      ),
    );
  });
});
