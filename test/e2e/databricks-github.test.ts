/**
 * The bundled action with a Databricks target, run as the runner runs it, against the fake
 * Databricks: federation (service principal and account-wide policies) and Azure Databricks via
 * Entra; then the Databricks JS SDK as a later step with the exported variables.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { startConnectProxy } from '../support/connect-proxy.ts';
import { runAction, spawnNode, type ActionRun } from '../support/run-action.ts';
import { join } from 'node:path';

let cloud: FakeCloud;
const subject = 'repo:octo-org/ml:environment:training';
const sp = '7a1b0000-0000-0000-0000-000000000001';

beforeAll(async () => {
  cloud = await startFakeCloud();
});
afterAll(async () => {
  await cloud.close();
});
beforeEach(() => {
  cloud.databricks.reset();
  cloud.github.job.repository = 'octo-org/ml';
  cloud.github.job.environment = 'training';
  cloud.databricks.addServicePrincipal({
    applicationId: sp,
    displayName: 'ml-deployer',
    numericId: '1234567890',
  });
  cloud.databricks.addFederationPolicy({
    kind: 'servicePrincipal',
    applicationId: sp,
    issuer: cloud.issuer.issuer,
    audiences: [`${cloud.databricks.workspaceHost}/oidc/v1/token`],
    subject,
  });
});

function runDatabricks(extra: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runAction({
    inputs: {
      'databricks-host': cloud.databricks.workspaceHost,
      'databricks-client-id': sp,
      issuer: cloud.issuer.issuer,
      subject,
      ...extra,
    },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
      ...env,
    },
  });
}

function expectNoDatabricks(run: ActionRun) {
  expect(run.exitCode).toBe(1);
  expect([...run.env.keys()].filter((k) => k.startsWith('DATABRICKS_'))).toEqual([]);
  expect(run.outputs.size).toBe(0);
}

async function laterStep(run: ActionRun) {
  const result = await spawnNode(
    process.execPath,
    [join(import.meta.dirname, '..', 'support', 'later-step-databricks.ts')],
    {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
      ...Object.fromEntries(run.env),
    },
  );
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { userName: string; displayName: string };
}

describe('GitHub Action → Databricks (federation)', () => {
  it('exchanges at the workspace, checks the token, and a later step uses it through the Databricks SDK', async () => {
    const run = await runDatabricks();
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(cloud.github.issued.at(-1)?.audience).toBe(`${cloud.databricks.workspaceHost}/oidc/v1/token`);
    expect(cloud.databricks.issued.at(-1)).toMatchObject({ clientId: sp, subject });
    const token = run.env.get('DATABRICKS_TOKEN') ?? '';
    expect(run.env.get('DATABRICKS_HOST')).toBe(cloud.databricks.workspaceHost);
    // `refresh` (on by default) lets the SDKs get renewed tokens from the refresher; the token stays for scripts.
    expect(run.env.get('DATABRICKS_AUTH_TYPE')).toBe('metadata-service');
    expect(run.outputs.get('databricks-token')).toBe(token);
    expect(run.stdout).toContain(`::add-mask::${token}`);
    expect(run.summary).toContain('ml-deployer');
    expect(cloud.databricks.requests.some((r) => r.path === '/api/2.0/preview/scim/v2/Me')).toBe(true);
    expect(await laterStep(run)).toMatchObject({ userName: sp });
  });

  it('leaves the Databricks SDK no doubt when Azure credentials are exported by the same step', async () => {
    cloud.entra.addApp({
      tenantId: ids.tenantId,
      clientId: ids.clientId,
      federatedCredentials: [
        { issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchange'] },
      ],
    });
    const run = await runDatabricks({
      'azure-client-id': ids.clientId,
      'azure-tenant-id': ids.tenantId,
      'azure-authority-host': cloud.entra.authorityHost,
    });
    expect(run.exitCode).toBe(0);
    expect(run.env.get('ARM_CLIENT_ID')).toBe(ids.clientId);
    expect(await laterStep(run)).toMatchObject({ userName: sp });
  });

  it('lets account-wide policies decide who the token is when no client id is given', async () => {
    // An account-wide policy maps a claim to a user by e-mail (a custom claim here; GitHub has none).
    cloud.github.job.extraClaims = { email: 'ci-bot@octo-org.example' };
    cloud.databricks.addUser({ userName: 'ci-bot@octo-org.example', displayName: 'ci' });
    cloud.databricks.addFederationPolicy({
      kind: 'account',
      issuer: cloud.issuer.issuer,
      audiences: [`${cloud.databricks.workspaceHost}/oidc/v1/token`],
      subjectClaim: 'email',
    });
    const run = await runDatabricks({ 'databricks-client-id': '' });
    cloud.github.job.extraClaims = undefined;
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(
      cloud.databricks.requests.filter((r) => r.method === 'POST').at(-1)?.form?.['client_id'],
    ).toBeUndefined();
  });

  it('always honours `audience`, and names the audience that was sent when the exchange is refused', async () => {
    const before = cloud.databricks.requests.filter((r) => r.method === 'POST').length;
    const run = await runDatabricks({ audience: cloud.databricks.accountId });
    expectNoDatabricks(run);
    expect(cloud.github.issued.at(-1)?.audience).toBe(cloud.databricks.accountId);
    expect(run.stdout).toContain('[DATABRICKS_TRUST_MISMATCH] Databricks refused the token exchange');
    expect(run.stdout).toContain(`subject '${subject}', audience '${cloud.databricks.accountId}'`);
    expect(run.stdout).toContain('service-principal-federation-policy create');
    expect(cloud.databricks.requests.filter((r) => r.method === 'POST').length - before).toBe(1);
  });

  it('fails in this step when the workspace will not honour the token, exporting nothing', async () => {
    cloud.databricks.reset();
    cloud.databricks.addServicePrincipal({ applicationId: sp, displayName: 'outsider', inWorkspace: false });
    cloud.databricks.addFederationPolicy({
      kind: 'servicePrincipal',
      applicationId: sp,
      issuer: cloud.issuer.issuer,
      audiences: [`${cloud.databricks.workspaceHost}/oidc/v1/token`],
      subject,
    });
    const run = await runDatabricks();
    expectNoDatabricks(run);
    expect(run.stdout).toContain('[DATABRICKS_CHECK_FAILED] Databricks issued a token, but');
    expect(run.stdout).toContain('Add the service principal');
  });

  it('with `databricks-auth: oidc`, hands later steps the CLI/SDK OIDC settings instead of a token', async () => {
    const run = await runDatabricks({ 'databricks-auth': 'oidc' });
    expect(run.exitCode).toBe(0);
    expect(Object.fromEntries(run.env)).toEqual({
      DATABRICKS_HOST: cloud.databricks.workspaceHost,
      DATABRICKS_AUTH_TYPE: 'github-oidc',
      DATABRICKS_CLIENT_ID: sp,
      DATABRICKS_TOKEN_AUDIENCE: `${cloud.databricks.workspaceHost}/oidc/v1/token`,
    });
  });

  it('runs as the per-target action with unprefixed inputs', async () => {
    const run = await runAction({
      uses: 'octo-org/oidc-exchange/actions/databricks@v1',
      inputs: {
        host: cloud.databricks.workspaceHost,
        'client-id': sp,
        issuer: cloud.issuer.issuer,
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.env.get('DATABRICKS_TOKEN')).toBeTruthy();
  });

  it('contacts no host but the token endpoint, the issuer and the workspace', async () => {
    const proxy = await startConnectProxy();
    try {
      const run = await runDatabricks({}, { HTTPS_PROXY: proxy.url, NO_PROXY: '' });
      expect(run.exitCode).toBe(0);
      const hosts = [cloud.github.requestUrl, cloud.issuer.issuer, cloud.databricks.workspaceHost].map(
        (u) => new URL(u).host,
      );
      expect(new Set(proxy.seen)).toEqual(new Set(hosts));
    } finally {
      await proxy.close();
    }
  });
});

describe('GitHub Action → Azure Databricks (entra mode)', () => {
  const resourceId = () => cloud.databricks.azureWorkspaceResourceId;
  beforeEach(() => {
    cloud.entra.addApp({
      tenantId: ids.tenantId,
      clientId: sp,
      federatedCredentials: [
        { issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchange'] },
      ],
    });
  });
  const entra = (extra: Record<string, string> = {}) =>
    runDatabricks({
      'databricks-mode': 'entra',
      'azure-tenant-id': ids.tenantId,
      'azure-authority-host': cloud.entra.authorityHost,
      ...extra,
    });

  it('uses an Entra token for the AzureDatabricks application as the workspace bearer', async () => {
    const run = await entra();
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    const token = run.env.get('DATABRICKS_TOKEN') ?? '';
    expect(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())).toMatchObject({
      aud: '2ff814a6-3304-4ab8-85cb-cd0e6f879c1d',
      appid: sp,
    });
    expect(cloud.github.issued.at(-1)?.audience).toBe('api://AzureADTokenExchange');
    expect(await laterStep(run)).toMatchObject({ userName: sp });
  });

  it('adds a service principal to the workspace on first use with the SP-management headers', async () => {
    cloud.databricks.reset();
    cloud.databricks.addServicePrincipal({ applicationId: sp, displayName: 'new-sp', inWorkspace: false });
    const refused = await entra();
    expectNoDatabricks(refused);
    expect(refused.stdout).toContain('[DATABRICKS_CHECK_FAILED]');
    const added = await entra({ 'databricks-azure-workspace-resource-id': resourceId() });
    expect(added.stdout).not.toContain('::error::');
    expect(added.exitCode).toBe(0);
    const scopes = cloud.entra.issued
      .slice(-2)
      .map((t) => t.scope)
      .sort();
    expect(scopes).toEqual([
      '2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default',
      'https://management.core.windows.net//.default',
    ]);
  });
});
