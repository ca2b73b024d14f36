/**
 * The bundled GitHub Action (dist/main, dist/post), run as the runner runs it, against the
 * loopback fake cloud: a job's OIDC token → verified → Entra access tokens → what later steps get.
 */
import { statSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { entraFaults } from '../fakes/entra.ts';
import { azureSdk, laterStepEnv } from '../support/later-steps.ts';
import {
  firstAppearanceIsMask,
  newJob,
  runAction,
  spawnNode,
  type ActionRun,
  stopStartedRefreshers,
  type RunnerJob,
} from '../support/run-action.ts';

let cloud: FakeCloud;
const subject = 'repo:octo-org/app:environment:production';

beforeAll(async () => {
  cloud = await startFakeCloud();
});
afterAll(async () => {
  await cloud.close();
});
beforeEach(() => {
  cloud.github.job.environment = 'production';
  cloud.github.job.subject = undefined;
  cloud.entra.addApp({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    federatedCredentials: [
      { name: 'prod', issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchange'] },
    ],
  });
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'azure-client-id': ids.clientId,
    'azure-tenant-id': ids.tenantId,
    'azure-subscription-id': ids.subscriptionId,
    'azure-authority-host': cloud.entra.authorityHost,
    issuer: cloud.issuer.issuer,
    subject,
    ...extra,
  };
}

function tokenEnv(): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
  };
}

async function runMain(
  extra: Record<string, string> = {},
  job?: RunnerJob,
  env: Record<string, string> = {},
) {
  return runAction({ inputs: inputs(extra), env: { ...tokenEnv(), ...env }, ...(job ? { job } : {}) });
}

function decode(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
}

function expectNothingExported(run: ActionRun) {
  expect(run.exitCode).toBe(1);
  expect([...run.env.keys()].filter((k) => /^(AZURE|ARM)_/.test(k))).toEqual([]);
  expect(run.outputs.size).toBe(0);
}

describe('GitHub Action → Azure', () => {
  it('exports the variables Azure SDKs and azurerm (Terraform) document, which an Azure SDK app logs in with; access tokens as outputs only', async () => {
    const job = newJob();
    const run = await runMain({}, job);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);

    expect(Object.fromEntries([...run.env].filter(([k]) => k !== 'AZURE_FEDERATED_TOKEN_FILE'))).toEqual({
      AZURE_CLIENT_ID: ids.clientId,
      AZURE_TENANT_ID: ids.tenantId,
      AZURE_SUBSCRIPTION_ID: ids.subscriptionId,
      AZURE_AUTHORITY_HOST: cloud.entra.authorityHost,
      ARM_USE_OIDC: 'true',
      ARM_CLIENT_ID: ids.clientId,
      ARM_TENANT_ID: ids.tenantId,
      ARM_SUBSCRIPTION_ID: ids.subscriptionId,
    });
    const tokenFile = run.env.get('AZURE_FEDERATED_TOKEN_FILE') ?? '';
    expect(tokenFile.startsWith(job.runnerTemp)).toBe(true);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(decode(readFileSync(tokenFile, 'utf8'))).toMatchObject({
      sub: subject,
      aud: 'api://AzureADTokenExchange',
    });

    const accessToken = run.outputs.get('azure-access-token') ?? '';
    expect(decode(accessToken)).toMatchObject({
      aud: 'https://management.azure.com',
      tid: ids.tenantId,
      appid: ids.clientId,
    });
    expect(run.outputs.get('subject')).toBe(subject);
    const expiresAt = Date.parse(run.outputs.get('expires-at') ?? '');
    expect(expiresAt - Date.now()).toBeGreaterThan(3000 * 1000);
    expect(run.envFile).not.toContain(accessToken);
    expect(run.summary).toContain(subject);
    expect(run.summary).toContain('https://management.azure.com/.default');
    expect(run.summary).not.toContain(accessToken);
    // What the SDKs read, proved by one reading it: the names alone prove nothing.
    expect(await azureSdk(laterStepEnv(run))).toMatchObject({ appid: ids.clientId, tid: ids.tenantId });
  });

  it('masks every secret before it can appear anywhere in the log', async () => {
    await stopStartedRefreshers(); // earlier tests' refreshers mint too
    const issuedBefore = cloud.github.issued.length;
    // Without the refresher, whose tokens never reach the step's log, every ID token minted is the step's.
    const run = await runMain({ 'azure-scopes': 'arm, keyvault', refresh: 'false' });
    expect(run.exitCode).toBe(0);
    const idTokens = cloud.github.issued.slice(issuedBefore).map((t) => t.token);
    expect(idTokens.length).toBeGreaterThan(0);
    const secrets = [
      cloud.github.requestToken,
      ...idTokens,
      run.outputs.get('azure-access-token') ?? '',
      run.outputs.get('azure-access-token-keyvault') ?? '',
    ];
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(10);
      expect(run.stdout).toContain(`::add-mask::${secret}`);
      expect(firstAppearanceIsMask(run.stdout, secret)).toBe(true);
      expect(run.summary).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
    }
  });

  it('fetches several scopes in the same step, each as its own output', async () => {
    const before = cloud.entra.issued.length;
    const run = await runMain({ 'azure-scopes': 'arm\nkeyvault\nml' });
    expect(run.exitCode).toBe(0);
    expect(
      cloud.entra.issued
        .slice(before)
        .map((t) => t.scope)
        .sort(),
    ).toEqual([
      'https://management.azure.com/.default',
      'https://ml.azure.com/.default',
      'https://vault.azure.net/.default',
    ]);
    expect(decode(run.outputs.get('azure-access-token-keyvault') ?? '').aud).toBe('https://vault.azure.net');
    expect(decode(run.outputs.get('azure-access-token-ml') ?? '').aud).toBe('https://ml.azure.com');
  });

  it('hands later steps credentials they can use: WorkloadIdentityCredential reads the token file', async () => {
    const run = await runMain();
    expect(run.exitCode).toBe(0);
    const laterStep = join(import.meta.dirname, '..', 'support', 'later-step-azure.ts');
    const result = await spawnNode(process.execPath, [laterStep], {
      PATH: process.env['PATH'],
      NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
      ...Object.fromEntries(run.env),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      aud: 'https://management.azure.com',
      appid: ids.clientId,
    });
  });

  it('fails on a subject mismatch before any exchange, naming the claim, and exports nothing', async () => {
    const requestsBefore = cloud.entra.requests.length;
    const run = await runMain({ subject: 'repo:octo-org/app:ref:refs/heads/main' });
    expectNothingExported(run);
    expect(run.stdout).toContain('::error::[CLAIM_MISMATCH] Claim `sub` of the OIDC token does not match');
    expect(run.stdout).toContain('This job has `environment: production`');
    expect(cloud.entra.requests.length).toBe(requestsBefore);
    expect(run.summary).toContain('nothing was exported');
  });

  it('explains an Entra trust mismatch with the presented subject and audience, without retrying it', async () => {
    cloud.github.job.environment = 'staging';
    const tokenRequestsBefore = cloud.entra.requests.filter((r) => r.method === 'POST').length;
    const run = await runMain({ subject: 'repo:octo-org/app:*' });
    expectNothingExported(run);
    expect(run.stdout).toMatch(/::error::\[AZURE_TRUST_MISMATCH\] Entra ID refused .*AADSTS700213/);
    expect(run.stdout).toContain(
      "subject 'repo:octo-org/app:environment:staging', audience 'api://AzureADTokenExchange'",
    );
    expect(run.stdout).toContain('az ad app federated-credential create');
    expect(cloud.entra.requests.filter((r) => r.method === 'POST').length - tokenRequestsBefore).toBe(1);
  });

  it('retries a transient Entra failure with a fresh token and succeeds', async () => {
    cloud.entra.failNext(entraFaults.unavailable(cloud.entra.authorityHost), 1);
    const issuedBefore = cloud.github.issued.length;
    const run = await runMain();
    expect(run.exitCode).toBe(0);
    expect(run.outputs.get('azure-access-token')).toBeTruthy();
    expect(cloud.github.issued.length - issuedBefore).toBeGreaterThanOrEqual(1);
  });

  it('gives up on a hung Entra within a bounded time, exporting nothing', async () => {
    cloud.entra.failNext({ hang: true, path: '/token' }, 4);
    const started = Date.now();
    const run = await runMain({ 'timeout-seconds': '1' });
    expectNothingExported(run);
    expect(run.stdout).toContain('[TIMEOUT] Entra ID did not answer within 1000 ms');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('says how to grant the token permission when the job has none', async () => {
    const run = await runAction({ inputs: inputs() });
    expectNothingExported(run);
    expect(run.stdout).toContain('[TOKEN_REQUEST_UNAVAILABLE]');
    expect(run.stdout).toContain('permissions: { id-token: write }');
    expect(run.stdout).toContain('forks');
  });

  it('reports bad inputs together, before any network call', async () => {
    const requestsBefore = cloud.github.requests.length;
    const run = await runMain({ 'azure-client-id': 'nope', 'azure-cloud': 'Mars' });
    expectNothingExported(run);
    expect(run.stdout).toContain(
      "Input `azure-client-id` must be a UUID like 00000000-0000-0000-0000-000000000000, but it is 'nope'.",
    );
    expect(run.stdout).toContain(
      "Input `azure-cloud` must be AzureCloud, AzureUSGovernment, AzureChinaCloud, but it is 'Mars'.",
    );
    expect(cloud.github.requests.length).toBe(requestsBefore);
  });

  it('uses the sovereign cloud audience and tells Terraform the environment', async () => {
    cloud.entra.addApp({
      tenantId: ids.tenantId,
      clientId: ids.clientId,
      federatedCredentials: [
        { issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchangeUSGov'] },
      ],
    });
    const run = await runMain({ 'azure-cloud': 'AzureUSGovernment' });
    expect(run.exitCode).toBe(0);
    expect(cloud.github.issued.at(-1)?.audience).toBe('api://AzureADTokenExchangeUSGov');
    expect(run.env.get('ARM_ENVIRONMENT')).toBe('usgovernment');
    expect(decode(run.outputs.get('azure-access-token') ?? '').aud).toBe(
      'https://management.usgovcloudapi.net',
    );
  });

  it('the post step removes every file the main step wrote', async () => {
    const job = newJob();
    const main = await runMain({}, job);
    expect(main.exitCode).toBe(0);
    expect(readdirSync(job.runnerTemp)).toHaveLength(1);
    const dir = main.state.get('OIDC_EXCHANGE_TEMP_DIR') ?? '';
    const post = await runAction({ entry: 'post', job, env: { STATE_OIDC_EXCHANGE_TEMP_DIR: dir } });
    expect(post.exitCode).toBe(0);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(job.runnerTemp)).toEqual([]);
  });

  it('a failed step leaves no file behind', async () => {
    const job = newJob();
    const run = await runMain({ subject: 'repo:other/repo:*' }, job);
    expect(run.exitCode).toBe(1);
    expect(readdirSync(job.runnerTemp)).toEqual([]);
  });
});
