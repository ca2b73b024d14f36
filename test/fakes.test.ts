import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkloadIdentityCredential } from '@azure/identity';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertionCredential, fetchIdToken, requestIdToken } from './fakes/clients.ts';
import { ids, startFakeCloud } from './fakes/cloud.ts';
import type { FakeCloud } from './fakes/cloud.ts';
import { entraFaults } from './fakes/entra.ts';
import type { FederatedCredential } from './fakes/entra.ts';
import { defaultJob } from './fakes/github-claims.ts';

const exchangeAudience = 'api://AzureADTokenExchange';
const arm = 'https://management.azure.com/.default';
const mainSubject = 'repo:octo-org/app:ref:refs/heads/main';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
});
afterAll(() => cloud.close());
beforeEach(() => {
  cloud.github.job = defaultJob();
  cloud.github.clockOffsetSeconds = 0;
  trust({});
});

/** Registers the test app with one FIC; fields default to what the GitHub endpoint mints. */
function trust(fic: Partial<FederatedCredential>): void {
  cloud.entra.addApp({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    federatedCredentials: [
      { issuer: cloud.issuer.issuer, subject: mainSubject, audiences: [exchangeAudience], ...fic },
    ],
  });
}

const idToken = (audience?: string, bearer?: string) => requestIdToken(cloud.github, audience, bearer);
const githubToken = (audience = exchangeAudience) => fetchIdToken(cloud.github, audience);
type CredentialOpts = { tenantId?: string; clientId?: string; assertion?: () => Promise<string> };
const credential = (opts: CredentialOpts = {}) =>
  assertionCredential(cloud.entra, opts.assertion ?? (() => githubToken()), opts);

async function postToken(form: Record<string, string>, tenant = ids.tenantId): Promise<Response> {
  return fetch(`${cloud.entra.authorityHost}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams(form),
  });
}

describe('GitHub ID-token endpoint', () => {
  it('mints a verifiable token with the full GitHub claim set', async () => {
    const res = await idToken(exchangeAudience);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { count: number; value: string };
    expect(body.count).toBe(1);
    const jwks = createRemoteJWKSet(new URL(cloud.issuer.jwksUri));
    const { payload, protectedHeader } = await jwtVerify(body.value, jwks, {
      issuer: cloud.issuer.issuer,
      audience: exchangeAudience,
      algorithms: ['RS256'],
    });
    expect(protectedHeader).toMatchObject({ typ: 'JWT', alg: 'RS256', kid: cloud.issuer.activeKid });
    expect(protectedHeader.x5t).toBeTypeOf('string');
    expect(payload).toMatchObject({
      sub: mainSubject,
      repository: 'octo-org/app',
      repository_owner: 'octo-org',
      repository_id: '456789',
      repository_owner_id: '123456',
      run_id: '9001',
      actor_id: '583231',
      ref_type: 'branch',
      job_workflow_ref: 'octo-org/app/.github/workflows/deploy.yml@refs/heads/main',
    });
    expect(payload).not.toHaveProperty('environment');
    expect(payload.nbf).toBe(payload.iat! - 600);
    expect(payload.exp).toBe(payload.iat! + 300);
    expect(cloud.github.issued.at(-1)).toMatchObject({ audience: exchangeAudience, token: body.value });
  });

  it('defaults the audience to the repository owner URL', async () => {
    const { value } = (await (await idToken()).json()) as { value: string };
    expect(decodeJwt(value).aud).toBe('https://github.com/octo-org');
  });

  it.each([
    [{ environment: 'Production:V1' }, 'repo:octo-org/app:environment:Production%3AV1'],
    [{ environment: 'prod', eventName: 'pull_request' }, 'repo:octo-org/app:environment:prod'],
    [{ eventName: 'pull_request', ref: 'refs/pull/7/merge' }, 'repo:octo-org/app:pull_request'],
    [{ ref: 'refs/tags/v1.2.3' }, 'repo:octo-org/app:ref:refs/tags/v1.2.3'],
    [{ immutableSubject: true }, 'repo:octo-org@123456/app@456789:ref:refs/heads/main'],
    [{ subject: 'custom:subject' }, 'custom:subject'],
  ])('builds sub for %o', async (job, sub) => {
    Object.assign(cloud.github.job, job);
    expect(decodeJwt(await githubToken()).sub).toBe(sub);
  });

  it('answers 401 without the right bearer', async () => {
    const res = await idToken(exchangeAudience, 'wrong');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { message: string }).message).toMatch(/^TF400813/);
    const anonymous = await fetch(cloud.github.requestUrl);
    expect(anonymous.status).toBe(401);
  });

  it('shifts times with clockOffsetSeconds', async () => {
    cloud.github.clockOffsetSeconds = -3600;
    const { iat } = decodeJwt(await githubToken());
    expect(Math.abs(iat! - (Date.now() / 1000 - 3600))).toBeLessThan(5);
  });
});

describe('Entra ID with @azure/identity', () => {
  it('exchanges a GitHub token whose iss/sub/aud match a FIC', async () => {
    const before = cloud.entra.requests.length;
    const { token, expiresOnTimestamp } = await credential().getToken(arm);
    const seen = cloud.entra.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(expiresOnTimestamp - Date.now()).toBeGreaterThan(3500_000);
    const jwks = createRemoteJWKSet(
      new URL(`${cloud.entra.authorityHost}/${ids.tenantId}/discovery/v2.0/keys`),
    );
    const { payload } = await jwtVerify(token, jwks, { audience: 'https://management.azure.com' });
    expect(payload).toMatchObject({
      iss: `https://sts.windows.net/${ids.tenantId}/`,
      tid: ids.tenantId,
      appid: ids.clientId,
    });
    expect(cloud.entra.issued.at(-1)).toMatchObject({
      clientId: ids.clientId,
      scope: arm,
      accessToken: token,
    });
    expect(seen).toEqual([
      `GET /${ids.tenantId}/v2.0/.well-known/openid-configuration`,
      `POST /${ids.tenantId}/oauth2/v2.0/token`,
    ]);
  });

  it('works for WorkloadIdentityCredential with a token file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fake-cloud-'));
    try {
      const tokenFilePath = join(dir, 'token');
      await writeFile(tokenFilePath, await githubToken());
      const credential = new WorkloadIdentityCredential({
        tenantId: ids.tenantId,
        clientId: ids.clientId,
        tokenFilePath,
        authorityHost: cloud.entra.authorityHost,
        disableInstanceDiscovery: true,
      });
      await expect(credential.getToken(arm)).resolves.toHaveProperty('token');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  const forged = (mutate: (token: string) => Promise<string>) => () => githubToken().then(mutate);
  it.each<[string, () => void, CredentialOpts?]>([
    ['700016', () => {}, { clientId: '99999999-0000-0000-0000-000000000000' }],
    ['50027', () => {}, { assertion: () => Promise.resolve('not-a-jwt') }],
    ['700211', () => trust({ issuer: `${cloud.issuer.issuer}/` })],
    ['50166', () => cloud.issuer.failNext({ status: 503, path: '/openid-configuration' })],
    ['7000272', () => {}, { assertion: forged((t) => cloud.issuer.signWithForeignKey(decodeJwt(t))) }],
    ['50027', () => {}, { assertion: forged((t) => Promise.resolve(`${t.slice(0, -4)}AAAA`)) }],
    ['700024', () => void (cloud.github.clockOffsetSeconds = -1000)],
    ['700213', () => trust({ subject: 'repo:octo-org/app:environment:prod' })],
    ['7002138', () => trust({ subject: 'repo:Octo-Org/app:ref:refs/heads/main' })],
    ['700212', () => trust({ audiences: ['api://AzureADTokenExchangeUSGov'] })],
  ])('fails with AADSTS%s', async (code, arrange, opts) => {
    arrange();
    await expect(credential(opts).getToken(arm)).rejects.toThrow(`AADSTS${code}:`);
  });

  it('recovers from a transient 503 (identity retries it)', async () => {
    cloud.entra.failNext({ ...entraFaults.unavailable(cloud.entra.authorityHost), path: '/token' });
    await expect(credential().getToken(arm)).resolves.toHaveProperty('token');
  });
});

describe('Entra ID wire format', () => {
  it('answers unknown tenants with AADSTS90002 on discovery and token endpoints', async () => {
    const tenant = '99999999-1111-1111-1111-111111111111';
    const discovery = await fetch(
      `${cloud.entra.authorityHost}/${tenant}/v2.0/.well-known/openid-configuration`,
    );
    expect(discovery.status).toBe(400);
    expect(await discovery.json()).toMatchObject({ error: 'invalid_tenant', error_codes: [90002] });
    const token = await postToken({ grant_type: 'client_credentials' }, tenant);
    expect(await token.json()).toMatchObject({ error: 'invalid_request', error_codes: [90002] });
  });

  it('shapes errors like the real service', async () => {
    const res = await postToken({ grant_type: 'client_credentials', client_id: ids.clientId, scope: arm });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as Record<string, string>;
    expect(body).toMatchObject({
      error: 'invalid_client',
      error_codes: [7000218],
      error_uri: `${cloud.entra.authorityHost}/error?code=7000218`,
    });
    expect(body.error_description).toMatch(
      /^AADSTS7000218: .+ Trace ID: [0-9a-f-]{36} Correlation ID: [0-9a-f-]{36} Timestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/,
    );
  });

  it('rejects anything but exactly one /.default scope', async () => {
    const form = {
      grant_type: 'client_credentials',
      client_id: ids.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await githubToken(),
    };
    const codes = async (scope: string) =>
      ((await (await postToken({ ...form, scope })).json()) as { error_codes: number[] }).error_codes;
    expect(await codes(`${arm} https://graph.microsoft.com/.default`)).toEqual([70011]);
    expect(await codes('https://management.azure.com/user_impersonation')).toEqual([1002012]);
  });

  it('injects throttling with Retry-After', async () => {
    cloud.entra.failNext(entraFaults.throttled(cloud.entra.authorityHost, 7));
    const res = await postToken({});
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(((await res.json()) as { error: string }).error).toBe('temporarily_unavailable');
  });
});
