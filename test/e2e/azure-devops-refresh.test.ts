/**
 * `refresh` in the Azure DevOps task: credentials that outlive the job's ID tokens. The fake cloud
 * issues Azure DevOps tokens, Entra tokens, STS credentials and Databricks tokens of LIFETIME seconds; a later step
 * started after several lifetimes, with the job's variables in its environment (the secret ones
 * mapped with `env:`), still authenticates (WorkloadIdentityCredential, the Databricks SDK, the
 * AWS CLI through the refresher's endpoint with AWS_CONTAINER_AUTHORIZATION_TOKEN mapped), and
 * the same later step fails without `refresh`. The post-job step stops the refresher and removes
 * every file.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import type { FakeCloud } from '../fakes/cloud.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import { ensureAwsCli } from '../support/aws-cli.ts';
import { startConnectProxy } from '../support/connect-proxy.ts';
import { findNode20 } from '../support/node20.ts';
import { spawnNode } from '../support/run-action.ts';
import { newAgentTemp, runTask, type TaskRun, type TaskRunOptions } from '../support/run-task.ts';
import { awsInputs, endpointFor, startTaskCloud } from '../support/task-expectations.ts';
import { adoRoleArn, adoSp } from '../support/trust-azure-devops.ts';
import { childEnv } from '../support/child-env.ts';
import { alive, untilRefresherNode } from '../support/process-alive.ts';

const LIFETIME = 2;
let cloud: FakeCloud;
let connection: AdoServiceConnection;
let subject: string;
let restore: () => void;

beforeAll(async () => {
  ({ cloud, entraConnection: connection, entraSubject: subject } = await startTaskCloud());
  restore = shortLifetimes(cloud, LIFETIME);
});
afterAll(async () => {
  restore();
  await cloud.close();
});

function main(
  inputs: Record<string, string>,
  options: Pick<TaskRunOptions, 'agentTemp' | 'node' | 'env' | 'variables' | 'secretVariables'> = {},
) {
  return runTask({
    cloud,
    endpoint: endpointFor(cloud, connection),
    inputs: { subject, ...inputs },
    ...options,
  });
}

function post(run: TaskRun) {
  return runTask({
    cloud,
    agentTemp: run.agentTemp,
    entry: 'post',
    taskVariables: Object.fromEntries(run.taskVariables),
  });
}

/**
 * A later script step: the job variables, and the secret ones only if the pipeline maps them into
 * its `env:` (Azure DevOps gives a script no secret variable it did not map).
 */
function laterStepEnv(
  run: TaskRun,
  mapSecrets: boolean | string[] = true,
): Record<string, string | undefined> {
  const mapped = (name: string) => (Array.isArray(mapSecrets) ? mapSecrets.includes(name) : mapSecrets);
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    ...Object.fromEntries(
      [...run.variables]
        .filter(([name, v]) => !v.output && (!v.secret || mapped(name)))
        .map(([name, v]) => [name, v.value]),
    ),
  };
}

async function until(condition: () => boolean, timeoutMs = 12_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Several lifetimes pass; with a refresher, it must have minted several tokens meanwhile. */
async function outliveLifetimes(renewing: boolean): Promise<void> {
  const start = Date.now();
  const minted = cloud.azureDevOps.issued.length;
  await until(
    () =>
      Date.now() - start > 3 * LIFETIME * 1000 &&
      (!renewing || cloud.azureDevOps.issued.length >= minted + 3),
  );
}

function pidOf(run: TaskRun): number {
  return Number((run.taskVariables.get('OIDC_EXCHANGE_REFRESHER') ?? '').split(':')[2]);
}

const laterAzure = join(import.meta.dirname, '..', 'support', 'later-step-azure.ts');
const laterDatabricks = join(import.meta.dirname, '..', 'support', 'later-step-databricks.ts');

describe('refresh in the task: Azure SDKs (WorkloadIdentityCredential)', () => {
  it('keeps the federated token file valid for a later step, and the post-job step stops the refresher', async () => {
    // `refresh` not given: on by default.
    const run = await main({}, { env: { VSTS_PROCESS_LOOKUP_ID: 'vsts_job_4321' } });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    const file = run.variables.get('AZURE_FEDERATED_TOKEN_FILE')?.value ?? '';
    const first = readFileSync(file, 'utf8');
    const pid = pidOf(run);
    expect(alive(pid)).toBe(true);
    expect(run.stdout).toContain('refresh: Azure SDKs: AZURE_FEDERATED_TOKEN_FILE is rewritten');
    expect(run.summaries[0]).toContain('| Renewed for the job | Azure SDKs: AZURE_FEDERATED_TOKEN_FILE');
    // The job access token reaches the refresher on stdin only; the agent's lookup id stays, so
    // that the agent ends the refresher with the job.
    await untilRefresherNode(pid);
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    expect(environ).not.toContain(cloud.azureDevOps.accessToken);
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(cloud.azureDevOps.accessToken);
    expect(environ).not.toContain('INPUT_');
    expect(environ.split('\0')).toContain('VSTS_PROCESS_LOOKUP_ID=vsts_job_4321');

    const since = Date.now();
    await outliveLifetimes(true);
    expect(readFileSync(file, 'utf8')).not.toBe(first);
    const later = await spawnNode(process.execPath, [laterAzure], laterStepEnv(run));
    expect(later.stderr).toBe('');
    expect(later.code).toBe(0);
    expect(JSON.parse(later.stdout)).toMatchObject({ appid: connection.clientId });
    // Entra accepted an assertion the refresher minted, long after the step ended.
    const assertion = cloud.entra.issued.at(-1)?.assertionClaims ?? {};
    expect(Number(assertion['iat']) * 1000).toBeGreaterThanOrEqual(since - 1000);

    const cleanup = await post(run);
    expect(cleanup.result?.result).toBe('Succeeded');
    expect(cleanup.stdout).toContain('oidc-exchange: credential refresher stopped.');
    // The story, not the raw log: whether it lived until the end, then renewals per target.
    expect(cleanup.stdout).toContain('  It lived until the post step stopped it');
    expect(cleanup.stdout).toMatch(/ {2}azure token file: [1-9]\d* renewal\(s\), 0 failure\(s\)/);
    await until(() => !alive(pid), 5_000);
    expect(existsSync(file)).toBe(false);
  });

  it('without refresh, the same later step fails with AADSTS700024', async () => {
    const run = await main({ refresh: 'false' });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    expect(run.taskVariables.has('OIDC_EXCHANGE_REFRESHER')).toBe(false);
    await outliveLifetimes(false);
    const later = await spawnNode(process.execPath, [laterAzure], laterStepEnv(run));
    expect(later.code).not.toBe(0);
    expect(later.stderr).toContain('AADSTS700024');
    await post(run);
  });

  it('launches the refresher under Node 20, the task’s other handler', async () => {
    const run = await main({ refresh: 'true' }, { node: findNode20(), agentTemp: newAgentTemp() });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    const pid = pidOf(run);
    expect(alive(pid)).toBe(true);
    const cleanup = await post(run);
    expect(cleanup.stdout).toContain('oidc-exchange: credential refresher stopped.');
    await until(() => !alive(pid), 5_000);
  });
});

describe('refresh in the task: the Databricks SDK (metadata-service)', () => {
  const databricks = () => ({ databricksHost: cloud.databricks.workspaceHost, databricksClientId: adoSp });

  it('serves fresh Databricks tokens on loopback for as long as the job runs', async () => {
    const run = await main({ ...databricks(), refresh: 'true' });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    expect(run.variables.get('DATABRICKS_AUTH_TYPE')?.value).toBe('metadata-service');
    const url = run.variables.get('DATABRICKS_METADATA_SERVICE_URL');
    expect(url?.secret).toBe(true);
    expect(url?.value).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/databricks\/[\w-]{32}$/);

    const exchanged = cloud.databricks.issued.length;
    await outliveLifetimes(false);
    // The step maps the one secret the SDK needs (README: `env:` mapping), not DATABRICKS_TOKEN.
    const laterEnv = laterStepEnv(run, ['DATABRICKS_METADATA_SERVICE_URL']);
    expect(laterEnv['DATABRICKS_TOKEN']).toBeUndefined();
    const later = await spawnNode(process.execPath, [laterDatabricks], laterEnv);
    expect(cloud.databricks.issued.length).toBeGreaterThan(exchanged); // renewed for this later step
    expect(later.stderr).toBe('');
    expect(later.code).toBe(0);
    expect(JSON.parse(later.stdout)).toMatchObject({ userName: adoSp });
    const cleanup = await post(run);
    expect(cleanup.stdout).toContain('oidc-exchange: credential refresher stopped.');
  });

  it('without refresh, the same later step fails: the Databricks token has expired', async () => {
    const run = await main({ ...databricks(), refresh: 'false' });
    expect(run.variables.get('DATABRICKS_AUTH_TYPE')?.value).toBe('pat');
    await outliveLifetimes(false);
    const later = await spawnNode(process.execPath, [laterDatabricks], laterStepEnv(run));
    expect(later.code).not.toBe(0);
    expect(later.stderr).toMatch(/expired|401|Invalid access token/i);
    await post(run);
  });
});

describe('refresh in the task: the AWS CLI through the refresher’s container-credentials endpoint', () => {
  function awsCli(env: Record<string, string | undefined>) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        ensureAwsCli(),
        ['sts', 'get-caller-identity', '--output', 'json', '--endpoint-url', cloud.sts.endpoint],
        { env: childEnv({ ...env, AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'] }), timeout: 30_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }
  /** SYSTEM_OIDCREQUESTURI is in every step's environment; the access token only where mapped. */
  const jobEnv = (mapped: boolean) => ({
    SYSTEM_OIDCREQUESTURI: cloud.azureDevOps.oidcRequestUri,
    ...(mapped ? { SYSTEM_ACCESSTOKEN: cloud.azureDevOps.accessToken } : {}),
  });
  const assumed = () =>
    cloud.sts.requests.filter((r) => r.form?.['Action'] === 'AssumeRoleWithWebIdentity').length;

  it('renewal refused for good, with workflow commands in STS’s message: the CLI and the post-job step show the cause, inert', async () => {
    const run = await main({ ...awsInputs(cloud), refresh: 'true' });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    const withdraw = cloud.sts.failAction(
      'AssumeRoleWithWebIdentity',
      {
        status: 403,
        code: 'AccessDenied',
        message: 'Not authorized ##vso[task.setvariable variable=INJECTED]y ##[error]z ::warning::x',
      },
      1000,
    );
    onTestFinished(withdraw);
    const uri = run.variables.get('AWS_CONTAINER_CREDENTIALS_FULL_URI')?.value ?? '';
    const authorization = run.variables.get('AWS_CONTAINER_AUTHORIZATION_TOKEN')?.value ?? '';
    let status = 0;
    await until(() => {
      void fetch(uri, { headers: { authorization } }).then(
        (res) => (status = res.status),
        () => undefined,
      );
      return status === 503;
    }, 30_000);
    const later = await awsCli({
      ...laterStepEnv(run, ['AWS_CONTAINER_AUTHORIZATION_TOKEN']),
      ...jobEnv(false),
    });
    expect(later.code).not.toBe(0);
    expect(later.stderr).toContain('oidc-exchange: aws: renewal stopped after a refusal that persisted');
    expect(later.stderr).not.toMatch(/##(vso)?\[/);
    expect((await fetch(uri)).status).toBe(401); // the port is still the refresher's

    const cleanup = await post(run);
    expect(cleanup.result?.result).toBe('Succeeded');
    expect(cleanup.stdout).toContain('  It lived until the post step stopped it');
    expect(cleanup.stdout).toMatch(
      / {2}aws: .*renewal given up at \S+ after a refusal that persisted.*AccessDenied/,
    );
    expect(cleanup.variables.has('INJECTED')).toBe(false);
    // Its own commands only: debug lines, the result, and the blanking of what the main step set.
    const blanked = new Set(
      (run.taskVariables.get('OIDC_EXCHANGE_VARIABLES') ?? '').split(',').map((e) => e.split(':')[0]),
    );
    for (const [name, variable] of cleanup.variables) {
      expect(blanked.has(name)).toBe(true);
      expect(variable.value).toBe('');
    }
    expect(cleanup.stdout).not.toMatch(/##(vso)?\[(?!task\.(debug|complete|setvariable variable=))/);
  }, 60_000);

  it('serves the role session beside secret static keys; a later step mapping AWS_CONTAINER_AUTHORIZATION_TOKEN renews through it', async () => {
    // Sessions of 5 lifetimes: long enough for the static keys' check below on a loaded machine,
    // short enough to be renewed (with less than half left) after `outliveLifetimes`.
    cloud.sts.credentialLifetimeSeconds = 5 * LIFETIME;
    onTestFinished(() => {
      cloud.sts.credentialLifetimeSeconds = LIFETIME;
    });
    const run = await main({ ...awsInputs(cloud), refresh: 'true' });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    // The keys stay secret variables, for steps written to map them; secret, they reach no other
    // step's environment, where they would shadow the endpoint.
    expect(run.variables.get('AWS_ACCESS_KEY_ID')).toEqual({
      value: run.variables.get('awsAccessKeyId')?.value,
      secret: true,
      output: false,
    });
    expect(run.variables.get('AWS_CONTAINER_CREDENTIALS_FULL_URI')).toMatchObject({ secret: false });
    expect(run.variables.get('AWS_CONTAINER_AUTHORIZATION_TOKEN')).toMatchObject({ secret: true });
    // Newer SDKs read the token from the file: a plain variable, no mapping needed.
    const tokenFile = run.variables.get('AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE');
    expect(tokenFile?.secret).toBe(false);
    expect(readFileSync(tokenFile?.value ?? '', 'utf8')).toBe(
      run.variables.get('AWS_CONTAINER_AUTHORIZATION_TOKEN')?.value,
    );
    // The step's keys: an output variable, and the AWS Toolkit's names (its tasks read only those).
    expect(run.variables.get('awsAccessKeyId')?.value).toMatch(/^ASIA/);
    expect(run.variables.get('AWS.AccessKeyID')).toMatchObject({ secret: true, output: false });
    expect(run.stdout).toContain('refresh: AWS: AWS_CONTAINER_CREDENTIALS_FULL_URI');

    // A step written for static keys (mapping AWS_* with `env:`, as in the example) gets
    // the step's keys, which win over the endpoint.
    const mappedKeys = await awsCli({ ...laterStepEnv(run, true), ...jobEnv(false) });
    expect(mappedKeys.stderr).toBe('');
    expect(JSON.parse(mappedKeys.stdout)).toMatchObject({ Account: '123456789012' });

    // Several lifetimes later, a step that maps only the authorization token (not the job's
    // access token: the refresher holds that) gets a renewed session.
    const before = assumed(); // the refresher renews ahead of expiry, on its own
    await outliveLifetimes(false);
    const later = await awsCli({
      ...laterStepEnv(run, ['AWS_CONTAINER_AUTHORIZATION_TOKEN']),
      ...jobEnv(false),
    });
    expect(later.stderr).toBe('');
    expect(later.code).toBe(0);
    expect(JSON.parse(later.stdout)).toMatchObject({ Account: '123456789012' });
    expect(assumed()).toBeGreaterThan(before); // from a new Azure DevOps token

    // Without the mapping the AWS CLI v2.9 (which does not read the token file) is refused, and
    // told what to map.
    const unmapped = await awsCli({ ...laterStepEnv(run, false), ...jobEnv(false) });
    expect(unmapped.code).not.toBe(0);
    expect(unmapped.stderr).toContain(
      'AWS_CONTAINER_AUTHORIZATION_TOKEN: $(AWS_CONTAINER_AUTHORIZATION_TOKEN)',
    );

    await post(run);
    expect(alive(pidOf(run))).toBe(false);
    expect(existsSync(tokenFile?.value ?? '')).toBe(false);
  });

  it('awsProfile: the step adds its profile to the job’s config file; `aws --profile` renews through it without any mapping', async () => {
    const run = await main({ ...awsInputs(cloud), refresh: 'true', awsProfile: 'prod' });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    const config = run.variables.get('AWS_CONFIG_FILE');
    expect(config?.secret).toBe(false);
    expect(readFileSync(config?.value ?? '', 'utf8')).toContain('[profile prod]');
    expect(readFileSync(config?.value ?? '', 'utf8')).toContain(
      '/tasks/OidcExchangeV1/dist/aws-process/index.js',
    );
    expect(run.variables.has('AWS_CONTAINER_CREDENTIALS_FULL_URI')).toBe(false);

    const before = assumed(); // the refresher renews ahead of expiry, on its own
    await outliveLifetimes(false);
    const later = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        ensureAwsCli(),
        [
          'sts',
          'get-caller-identity',
          '--profile',
          'prod',
          '--output',
          'json',
          '--endpoint-url',
          cloud.sts.endpoint,
        ],
        {
          env: childEnv({
            ...laterStepEnv(run, false),
            ...jobEnv(false),
            AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'],
          }),
          timeout: 30_000,
        },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(later.stderr).toBe('');
    expect(JSON.parse(later.stdout)).toMatchObject({ Account: '123456789012' });
    expect(assumed()).toBeGreaterThan(before);

    const cleanup = await post(run);
    expect(cleanup.stdout).toContain('removed AWS profile(s) prod');
    expect(existsSync(config?.value ?? '')).toBe(false);
  });

  it('awsRoleChain: the later step gets the last role of the chain, renewed chain and all, lifetimes later', async () => {
    const target = 'arn:aws:iam::210987654321:role/target';
    cloud.sts.addRole({
      arn: target,
      trustPolicy: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: adoRoleArn },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': 'ado-7' } },
          },
        ],
      },
    });
    const run = await main({
      ...awsInputs(cloud),
      refresh: 'true',
      awsRoleChain: `${target} external-id=ado-7`,
    });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    expect(run.variables.get('awsAccountId')?.value).toBe('210987654321');
    const hops = cloud.sts.requests.filter((r) => r.form?.['Action'] === 'AssumeRole').length;
    await outliveLifetimes(false);
    const later = await awsCli({
      ...laterStepEnv(run, ['AWS_CONTAINER_AUTHORIZATION_TOKEN']),
      ...jobEnv(false),
    });
    expect(later.stderr).toBe('');
    expect(JSON.parse(later.stdout)).toMatchObject({ Account: '210987654321' });
    expect(cloud.sts.requests.filter((r) => r.form?.['Action'] === 'AssumeRole').length).toBeGreaterThan(
      hops,
    );
    await post(run);
  });

  it('without refresh, the static keys the same later step uses have expired: ExpiredToken', async () => {
    const run = await main({ ...awsInputs(cloud), refresh: 'false' });
    expect(run.variables.get('AWS_ACCESS_KEY_ID')?.value).toMatch(/^ASIA/);
    await outliveLifetimes(false);
    const later = await awsCli({ ...laterStepEnv(run), ...jobEnv(true) });
    expect(later.code).not.toBe(0);
    expect(later.stderr).toContain('ExpiredToken');
    await post(run);
  });
});

describe('refresh in the task: the agent’s proxy', () => {
  it('carries the refresher’s renewals too, its credentials handed over on stdin only', async () => {
    const proxy = await startConnectProxy();
    try {
      const password = 'proxy-pa55word-for-the-refresher';
      const run = await main(
        {},
        {
          variables: {
            'Agent.ProxyUrl': proxy.url,
            'Agent.ProxyUsername': 'build-agent',
            // A regular expression on URLs, as the agent keeps them: Entra goes direct.
            'Agent.ProxyBypassList': JSON.stringify([
              new URL(cloud.entra.authorityHost).host.replace(/\./g, '\\.'),
            ]),
          },
          // A secret variable: the agent hands it over as SECRET_AGENT_PROXYPASSWORD only.
          secretVariables: { 'Agent.ProxyPassword': password },
        },
      );
      expect(run.result).toMatchObject({ result: 'Succeeded' });
      const pid = pidOf(run);
      await untilRefresherNode(pid);
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
      expect(environ).not.toContain(password);
      expect(environ).not.toContain('AGENT_PROXY');
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(password);

      const before = proxy.seen.length;
      const minted = cloud.azureDevOps.issued.length;
      // This refresher's renewals reach the token endpoint through the proxy (waited for as such:
      // a refresher another test left running mints tokens too).
      const oidcHost = new URL(cloud.azureDevOps.oidcRequestUri).host;
      await until(() => proxy.seen.slice(before).includes(oidcHost));
      await until(() => cloud.azureDevOps.issued.length >= minted + 2);
      expect(new Set(proxy.seen.slice(before)).has(new URL(cloud.entra.authorityHost).host)).toBe(false);
      await post(run);
    } finally {
      await proxy.close();
    }
  });
});
