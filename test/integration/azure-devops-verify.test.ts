/**
 * Signatures of Azure DevOps tokens, with both issuer families accepted: each token is verified
 * with the keys of the issuer it names, and only if that issuer is an accepted one.
 */
import { describe, expect, it } from 'vitest';
import { ADO_AUDIENCES } from '../../src/core/azure-devops-issuers.js';
import { createIssuersVerifier } from '../../src/core/verify-issuers.js';
import type { FakeCloud } from '../fakes/cloud.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { azureDevOpsSource } from '../../src/sources/azure-devops.js';
import { decodeJwt } from '../fakes/signing-keys.ts';

let cloud: FakeCloud;
const http = fakeCloudPerFile((started) => (cloud = started));

async function tokenFor(family: 'entra' | 'vstoken'): Promise<string> {
  const connection = cloud.azureDevOps.addConnection({ name: `c-${family}`, family });
  return azureDevOpsSource({
    requestUri: cloud.azureDevOps.oidcRequestUri,
    accessToken: cloud.azureDevOps.accessToken,
    serviceConnectionId: connection.id,
    http,
  }).getToken('x');
}

const verifier = () =>
  createIssuersVerifier(
    [
      cloud.azureDevOps.entraIssuer('11111111-1111-1111-1111-111111111111'),
      cloud.azureDevOps.vstokenIssuer.issuer,
    ],
    { http, clockToleranceSeconds: 60, now: () => new Date() },
  );

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error & { code?: string },
  );

describe('signatures of Azure DevOps tokens', () => {
  it('verifies each family with the keys of the issuer the token names', async () => {
    const v = verifier();
    await expect(v.verify(await tokenFor('entra'), ADO_AUDIENCES)).resolves.toBeUndefined();
    await expect(v.verify(await tokenFor('vstoken'), ADO_AUDIENCES)).resolves.toBeUndefined();
  });

  it("refuses a token that names one accepted issuer but is signed with the other's key", async () => {
    const claims = decodeJwt(await tokenFor('entra'))?.payload ?? {};
    const forged = await cloud.azureDevOps.vstokenIssuer.sign(claims);
    const error = await failure(verifier().verify(forged, ADO_AUDIENCES));
    expect(error?.code).toBe('SIGNATURE_INVALID');
  });

  it('never fetches keys from an issuer outside the accepted ones', async () => {
    const claims = decodeJwt(await tokenFor('vstoken'))?.payload ?? {};
    const elsewhere = await cloud.issuer.sign({ ...claims, iss: cloud.issuer.issuer });
    const before = cloud.issuer.requests.length;
    const error = await failure(verifier().verify(elsewhere, ADO_AUDIENCES));
    expect(error?.code).toBe('SIGNATURE_INVALID');
    expect(error?.message).toContain('none of the accepted');
    expect(cloud.issuer.requests.length).toBe(before);
  });
});
