import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { assertionCredential } from './clients.ts';
import { ids } from './cloud.ts';
import { mainSubject, useDatabricksFixture } from './databricks-fixture.ts';
import { azureDatabricksAppId } from './databricks.ts';

const f = useDatabricksFixture();
const clientAuthFailed = { error: 'invalid_client', error_description: 'Client authentication failed' };

describe('Databricks discovery', () => {
  it('publishes workspace and account authorization-server metadata', async () => {
    const { workspaceHost: host, accountId } = f.dbx;
    const workspace = await f.call('/oidc/.well-known/oauth-authorization-server', undefined);
    expect(workspace.body).toMatchObject({
      issuer: `${host}/oidc`,
      token_endpoint: `${host}/oidc/v1/token`,
      authorization_endpoint: `${host}/oidc/v1/authorize`,
    });
    const account = await f.call(
      `/oidc/accounts/${accountId}/.well-known/oauth-authorization-server`,
      undefined,
    );
    expect(account.body).toMatchObject({
      issuer: `${host}/oidc/accounts/${accountId}`,
      token_endpoint: `${host}/oidc/accounts/${accountId}/v1/token`,
    });
  });
});

describe('Databricks token federation (RFC 8693)', () => {
  it('exchanges a GitHub token under an SP policy; the token works for the SCIM Me API', async () => {
    const sp = f.servicePrincipalWithPolicy();
    const issuerBefore = f.cloud.issuer.requests.length;
    const res = await f.exchange({ client_id: sp.applicationId });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', scope: 'all-apis' });
    // GitHub tokens live 5 minutes; the Databricks token does not outlive them (docs/protocols.md §4.4).
    expect(res.body['expires_in']).toBeGreaterThan(290);
    expect(res.body['expires_in']).toBeLessThanOrEqual(300);
    const accessToken = String(res.body['access_token']);
    const jwks = createRemoteJWKSet(new URL(`${f.dbx.workspaceHost}/oidc/jwks.json`));
    const { payload } = await jwtVerify(accessToken, jwks, { issuer: `${f.dbx.workspaceHost}/oidc` });
    expect(payload).toMatchObject({ sub: sp.applicationId, client_id: sp.applicationId, scope: 'all-apis' });
    expect(f.dbx.issued.at(-1)).toMatchObject({
      accessToken,
      level: 'workspace',
      subject: mainSubject,
      audience: f.dbx.accountId,
      clientId: sp.applicationId,
      policy: { kind: 'servicePrincipal', applicationId: sp.applicationId },
    });
    expect(f.cloud.issuer.requests.slice(issuerBefore).map((r) => r.path)).toEqual([
      '/.well-known/openid-configuration',
      '/.well-known/jwks',
    ]);

    const me = await f.call('/api/2.0/preview/scim/v2/Me', accessToken);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      userName: sp.applicationId,
      displayName: 'ci-deployer',
      id: sp.id,
      active: true,
    });
    expect(sp.id).toMatch(/^\d{16}$/);
    for (const version of ['2.0', '2.1']) {
      expect(await f.call(`/api/${version}/clusters/list`, accessToken)).toEqual(
        expect.objectContaining({ status: 200, body: {} }),
      );
    }
  });

  it('caps expires_in at accessTokenLifetimeSeconds and accepts a policy audience', async () => {
    const sp = f.servicePrincipalWithPolicy({ audiences: ['https://github.com/octo-org'] });
    f.dbx.accessTokenLifetimeSeconds = 60;
    const res = await f.exchange({
      client_id: sp.applicationId,
      subject_token: await f.githubToken('https://github.com/octo-org'),
    });
    expect(res).toMatchObject({ status: 200, body: { expires_in: 60 } });
  });

  it('maps account-wide policies to a user (custom subject claim) or to an SP, without client_id', async () => {
    const user = f.dbx.addUser({ userName: 'dev@octo-org.example', displayName: 'Dev' });
    f.dbx.addFederationPolicy({ kind: 'account', issuer: f.cloud.issuer.issuer, subjectClaim: 'email' });
    f.cloud.github.job.extraClaims = { email: 'Dev@Octo-Org.example' };
    const asUser = await f.exchange({}, 'account');
    expect(asUser.status).toBe(200);
    expect(f.dbx.issued.at(-1)).toMatchObject({ level: 'account', principal: { id: user.id } });
    expect(f.dbx.issued.at(-1)).not.toHaveProperty('clientId');
    const me = await f.call('/api/2.0/preview/scim/v2/Me', String(asUser.body['access_token']));
    expect(me.body).toMatchObject({
      userName: 'dev@octo-org.example',
      emails: [{ value: 'dev@octo-org.example' }],
    });

    const sp = f.dbx.addServicePrincipal({ applicationId: randomUUID(), displayName: 'by-account-policy' });
    f.dbx.addFederationPolicy({ kind: 'account', issuer: f.cloud.issuer.issuer });
    f.cloud.github.job.extraClaims = undefined;
    f.cloud.github.job.subject = sp.applicationId;
    const asSp = await f.exchange({});
    expect(asSp.status).toBe(200);
    expect(f.dbx.issued.at(-1)?.principal).toBe(sp);
  });

  it.each<[string, () => Promise<Record<string, string>>, RegExp]>([
    [
      'another audience',
      async () => ({ subject_token: await f.githubToken('api://AzureADTokenExchange') }),
      /audience/,
    ],
    ['another subject', () => ((f.cloud.github.job.environment = 'prod'), Promise.resolve({})), /subject/],
    [
      'a subject differing in case',
      () => ((f.cloud.github.job.repository = 'Octo-Org/app'), Promise.resolve({})),
      /subject/,
    ],
    [
      'another issuer',
      async () => ({
        subject_token: await f.cloud.issuer.sign({
          ...decodeJwt(await f.githubToken()),
          iss: 'https://token.actions.githubusercontent.com',
        }),
      }),
      /no policy for issuer/,
    ],
    [
      'a token signed by an unpublished key',
      async () => ({
        subject_token: await f.cloud.issuer.signWithForeignKey(decodeJwt(await f.githubToken())),
      }),
      /signature/,
    ],
    ['an expired token', () => ((f.cloud.github.clockOffsetSeconds = -1000), Promise.resolve({})), /expired/],
    [
      'an SP without a policy',
      () =>
        Promise.resolve({
          client_id: f.dbx.addServicePrincipal({ applicationId: randomUUID(), displayName: 'x' })
            .applicationId,
        }),
      /no policy for client_id/,
    ],
    ['an unknown client_id', () => Promise.resolve({ client_id: randomUUID() }), /no policy for client_id/],
    [
      'no client_id and no account-wide policy',
      () => Promise.resolve({ client_id: '' }),
      /no account-wide policy/,
    ],
  ])('refuses %s with 401 invalid_client', async (_, arrange, reason) => {
    const sp = f.servicePrincipalWithPolicy();
    const res = await f.exchange({ client_id: sp.applicationId, ...(await arrange()) });
    expect(res).toMatchObject({ status: 401, body: clientAuthFailed });
    expect(f.dbx.refusals.at(-1)?.reason).toMatch(reason);
  });

  it.each([
    [{ grant_type: 'client_credentials' }, 'unsupported_grant_type'],
    [{ subject_token: '' }, 'invalid_request'],
    [{ subject_token_type: 'urn:ietf:params:oauth:token-type:access_token' }, 'invalid_request'],
  ])('answers a malformed request %o with 400 %s', async (form, error) => {
    expect(await f.exchange(form)).toMatchObject({ status: 400, body: { error } });
  });

  it('refuses a 21st policy for one SP', () => {
    const sp = f.servicePrincipalWithPolicy();
    const policy = {
      kind: 'servicePrincipal',
      applicationId: sp.applicationId,
      issuer: f.cloud.issuer.issuer,
    } as const;
    for (let i = 1; i < 20; i++) f.dbx.addFederationPolicy({ ...policy, subject: `s${i}` });
    expect(() => f.dbx.addFederationPolicy({ ...policy, subject: 's20' })).toThrow(/at most 20/);
  });
});

describe('Databricks workspace APIs', () => {
  it('answers missing, unknown and expired bearers like Databricks', async () => {
    expect(await f.call('/api/2.0/preview/scim/v2/Me', undefined)).toMatchObject({
      status: 401,
      body: {
        error_code: 401,
        message: 'Credential was not sent or was of an unsupported type for this API.',
      },
    });
    const unknown = await f.call('/api/2.0/preview/scim/v2/Me', 'dapi0123');
    expect(unknown).toMatchObject({
      status: 403,
      body: { error_code: 403, message: 'Invalid access token.' },
    });
    expect(unknown.headers.get('x-databricks-reason-phrase')).toBe('Invalid access token.');

    const sp = f.servicePrincipalWithPolicy();
    f.dbx.accessTokenLifetimeSeconds = 1;
    const { body } = await f.exchange({ client_id: sp.applicationId });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await f.call('/api/2.0/preview/scim/v2/Me', String(body['access_token']))).toMatchObject({
      status: 403,
    });
    expect(await f.call('/api/2.0/nothing', String(body['access_token']))).toMatchObject({ status: 403 });
  });

  it('answers an unknown API with 404 ENDPOINT_NOT_FOUND', async () => {
    const sp = f.servicePrincipalWithPolicy();
    const { body } = await f.exchange({ client_id: sp.applicationId });
    expect(await f.call('/api/2.0/nothing', String(body['access_token']))).toMatchObject({
      status: 404,
      body: { error_code: 'ENDPOINT_NOT_FOUND', message: "No API found for 'GET /api/2.0/nothing'" },
    });
  });
});

describe('Azure Databricks with Entra tokens (docs/protocols.md §4.6)', () => {
  const management = 'https://management.core.windows.net//.default';
  const entraToken = async (scope = `${azureDatabricksAppId}/.default`) => {
    f.cloud.entra.addApp({
      tenantId: ids.tenantId,
      clientId: ids.clientId,
      federatedCredentials: [
        { issuer: f.cloud.issuer.issuer, subject: mainSubject, audiences: ['api://AzureADTokenExchange'] },
      ],
    });
    const credential = assertionCredential(f.cloud.entra, () => f.githubToken('api://AzureADTokenExchange'));
    return (await credential.getToken(scope)).token;
  };
  const me = '/api/2.0/preview/scim/v2/Me';
  const managementHeaders = async () => ({
    'X-Databricks-Azure-SP-Management-Token': await entraToken(management),
    'X-Databricks-Azure-Workspace-Resource-Id': f.dbx.azureWorkspaceResourceId,
  });

  it('accepts an Entra token for the AzureDatabricks app from an SP in the workspace', async () => {
    f.dbx.addServicePrincipal({ applicationId: ids.clientId, displayName: 'azure-sp' });
    const res = await f.call(me, await entraToken());
    expect(res).toMatchObject({ status: 200, body: { userName: ids.clientId, displayName: 'azure-sp' } });
  });

  it('refuses an SP that is not in the workspace, and an Entra token for another resource', async () => {
    f.dbx.addServicePrincipal({ applicationId: ids.clientId, displayName: 'azure-sp', inWorkspace: false });
    const notMember = await f.call(me, await entraToken());
    expect(notMember).toMatchObject({
      status: 403,
      body: { error_code: 403, message: 'User not authorized.' },
    });
    const arm = await f.call(me, await entraToken('https://management.azure.com/.default'));
    expect(arm).toMatchObject({ status: 403, body: { message: 'Invalid access token.' } });
  });

  it('adds the SP to the workspace when the SP-management headers come along', async () => {
    const sp = f.dbx.addServicePrincipal({
      applicationId: ids.clientId,
      displayName: 'azure-sp',
      inWorkspace: false,
    });
    const headers = await managementHeaders();
    const wrongWorkspace = { ...headers, 'X-Databricks-Azure-Workspace-Resource-Id': '/subscriptions/x' };
    expect(await f.call(me, await entraToken(), wrongWorkspace)).toMatchObject({ status: 403 });
    expect(sp.inWorkspace).toBe(false);
    expect(await f.call(me, await entraToken(), headers)).toMatchObject({
      status: 200,
      body: { userName: ids.clientId },
    });
    expect(sp.inWorkspace).toBe(true);
    expect(await f.call(me, await entraToken())).toMatchObject({ status: 200 });
  });

  it('adds an SP the account does not know yet', async () => {
    const res = await f.call(me, await entraToken(), await managementHeaders());
    // Added under its application id; the next call needs no headers.
    expect(res).toMatchObject({ status: 200, body: { userName: ids.clientId, displayName: ids.clientId } });
    expect(await f.call(me, await entraToken())).toMatchObject({ status: 200 });
  });

  it('refuses Entra tokens that expire within 30 s (docs/protocols.md §4.4)', async () => {
    f.dbx.addServicePrincipal({ applicationId: ids.clientId, displayName: 'azure-sp' });
    const lifetime = f.cloud.entra.accessTokenLifetimeSeconds;
    f.cloud.entra.accessTokenLifetimeSeconds = 20;
    try {
      expect(await f.call(me, await entraToken())).toMatchObject({
        status: 403,
        body: { error_code: 403, message: 'Token is expiring within 30 seconds. (token expired)' },
      });
    } finally {
      f.cloud.entra.accessTokenLifetimeSeconds = lifetime;
    }
  });
});
