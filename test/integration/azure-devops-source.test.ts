/**
 * The Azure DevOps token source against the fake oidctoken endpoint: the request Azure DevOps
 * expects, a fresh token per call, both issuer families, and each way the endpoint says no.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcExchangeError } from '../../src/core/errors.js';
import { createHttpClient } from '../../src/core/http.js';
import { decodeJwt } from '../../src/core/jwt.js';
import { azureDevOpsSource } from '../../src/sources/azure-devops.js';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';

let cloud: FakeCloud;
let vstoken: AdoServiceConnection;
let entra: AdoServiceConnection;
const http = createHttpClient({}, 2_000);

beforeAll(async () => {
  cloud = await startFakeCloud();
  vstoken = cloud.azureDevOps.addConnection({ name: 'legacy-wif', family: 'vstoken' });
  entra = cloud.azureDevOps.addConnection({ name: 'my-wif-connection', family: 'entra' });
});
afterAll(async () => {
  http.close();
  await cloud.close();
});

function source(patch: { accessToken?: string; serviceConnectionId?: string | undefined } = {}) {
  return azureDevOpsSource({
    requestUri: cloud.azureDevOps.oidcRequestUri,
    accessToken: cloud.azureDevOps.accessToken,
    serviceConnectionId: entra.id,
    http,
    ...patch,
  });
}

async function failure(promise: Promise<unknown>): Promise<OidcExchangeError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OidcExchangeError);
  return error as OidcExchangeError;
}

const claimsOf = (token: string) => decodeJwt(token, 'test').payload;

describe('azure-devops source', () => {
  it('POSTs to the oidctoken URL with api-version 7.1, the connection, the access token and FedAuthRedirect suppressed', async () => {
    const before = cloud.azureDevOps.requests.length;
    const token = await source().getToken('ignored-audience');
    const request = cloud.azureDevOps.requests[before];
    expect(request?.method).toBe('POST');
    expect(request?.query).toEqual({ 'api-version': '7.1', serviceConnectionId: entra.id });
    expect(request?.headers['authorization']).toBe(`Bearer ${cloud.azureDevOps.accessToken}`);
    expect(request?.headers['x-tfs-fedauthredirect']).toBe('Suppress');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(token).toBe(cloud.azureDevOps.issued.at(-1)?.token);
  });

  it('mints a fresh token on every call', async () => {
    const s = source();
    const [a, b] = [await s.getToken('x'), await s.getToken('x')];
    expect(a).not.toBe(b);
  });

  it('gets the Entra family for an Entra connection and the Azure DevOps family for an older one', async () => {
    const e = claimsOf(await source().getToken('x'));
    expect(e['iss']).toBe(`${cloud.entra.authorityHost}/${entra.tenantId}/v2.0`);
    expect(e['sub']).toMatch(
      new RegExp(`^/eid1/c/pub/t/.+/sc/${cloud.azureDevOps.collectionId}/${entra.id}$`),
    );
    expect(e['aud']).toBe('fb60f99c-7a34-4190-8149-302f77469936');
    const v = claimsOf(await source({ serviceConnectionId: vstoken.id }).getToken('x'));
    expect(v['iss']).toBe(cloud.azureDevOps.vstokenIssuer.issuer);
    expect(v['sub']).toBe('sc://contoso/web/legacy-wif');
    expect(v['aud']).toBe('api://AzureADTokenExchange');
  });

  it('gets the pipeline token when no connection is given', async () => {
    const p = claimsOf(await source({ serviceConnectionId: undefined }).getToken('x'));
    expect(p['sub']).toBe('p://contoso/web/deploy');
  });

  it('refuses the pipeline token when a connection was asked for (a name instead of the id)', async () => {
    const error = await failure(source({ serviceConnectionId: 'my-wif-connection' }).getToken('x'));
    expect(error.message).toContain("subject 'p://contoso/web/deploy'");
    expect(error.message).toContain('must be referenced by an input of this job, by its id, not its name');
  });

  it('says a refused access token was refused, without quoting the 203 sign-in page', async () => {
    const error = await failure(source({ accessToken: 'not-the-job-token' }).getToken('x'));
    expect(error.code).toBe('TOKEN_REQUEST_FAILED');
    expect(error.message).toContain('refused the job access token');
    expect(error.message).toContain('HTTP 203');
    expect(`${error.message}${error.hint}`).not.toMatch(/<html|<form|DOCTYPE/i);
    expect(error.hint).toContain('Allow scripts to access the OAuth token');
  });

  it('quotes Azure DevOps\u2019 own error when the job does not reference the connection', async () => {
    const hidden = cloud.azureDevOps.addConnection({ name: 'other', family: 'entra', referenced: false });
    const error = await failure(source({ serviceConnectionId: hidden.id }).getToken('x'));
    expect(error.message).toContain('There is no explicit reference to service connection');
    expect(error.message).toMatch(/x-vss-e2eid|HTTP 400/);
    expect(error.hint).toContain('by its id, not its name');
  });

  it('retries transient failures and then succeeds', async () => {
    cloud.azureDevOps.failNext({ status: 503, body: 'busy' }, 2);
    const before = cloud.azureDevOps.requests.length;
    await source().getToken('x');
    expect(cloud.azureDevOps.requests.length - before).toBe(3);
  });

  it('retries a reset connection, a hang past the timeout, and a 429 after its Retry-After', async () => {
    const quick = createHttpClient({}, 300);
    try {
      const s = azureDevOpsSource({
        requestUri: cloud.azureDevOps.oidcRequestUri,
        accessToken: cloud.azureDevOps.accessToken,
        serviceConnectionId: entra.id,
        http: quick,
      });
      cloud.azureDevOps.failNext({ reset: true });
      cloud.azureDevOps.failNext({ hang: true });
      cloud.azureDevOps.failNext({ status: 429, body: '', headers: { 'retry-after': '1' } });
      const before = cloud.azureDevOps.requests.length;
      const started = Date.now();
      expect((await s.getToken('x')).split('.')).toHaveLength(3);
      expect(cloud.azureDevOps.requests.length - before).toBe(4);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    } finally {
      quick.close();
    }
  });

  it('does not retry a refusal', async () => {
    const before = cloud.azureDevOps.requests.length;
    await failure(source({ accessToken: 'wrong' }).getToken('x'));
    expect(cloud.azureDevOps.requests.length - before).toBe(1);
  });

  it('fails before any request when the job has no request URI or access token', () => {
    expect(() => azureDevOpsSource({ requestUri: undefined, accessToken: 'x', http })).toThrow(
      /SYSTEM_OIDCREQUESTURI/,
    );
    expect(() => azureDevOpsSource({ requestUri: 'http://localhost/x', accessToken: '', http })).toThrow(
      /access token/,
    );
  });
});
