/**
 * `refresh`: credentials that outlive the ID token. The fake cloud issues tokens and credentials
 * of LIFETIME seconds; a later step started after several lifetimes still authenticates through
 * each client path (WorkloadIdentityCredential, the AWS CLI with the profile, the Databricks SDK),
 * and the same later step without `refresh` fails the way the anchors' users see it
 * (AADSTS700024, ExpiredToken, an expired Databricks token). The post step stops the refresher
 * and removes every file.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ids, startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import { ensureAwsCli } from '../support/aws-cli.ts';
import { startConnectProxy } from '../support/connect-proxy.ts';
import { cloudRequests, forger, forgeryKinds } from '../support/forged-tokens.ts';
import { newJob, runAction, spawnNode, type ActionRun, type RunnerJob } from '../support/run-action.ts';
import { roleArn, sp, subject, trustEveryTarget } from '../support/trust.ts';
import { trustRoleFor } from '../support/trust-aws.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { childEnv } from '../support/child-env.ts';
import { alive, untilRefresherNode } from '../support/process-alive.ts';

const LIFETIME = 2;
let cloud: FakeCloud;
let restore: () => void;

beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
  restore = shortLifetimes(cloud, LIFETIME);
});
afterAll(async () => {
  restore();
  await cloud.close();
});

/** What every step of a GitHub job with `id-token: write` has in its environment. */
function jobEnv(): Record<string, string> {
  return tokenRequestEnv(cloud);
}

function laterStepEnv(run: ActionRun): Record<string, string | undefined> {
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    ...jobEnv(),
    ...Object.fromEntries(run.env),
  };
}

function main(job: RunnerJob, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    job,
    inputs: { issuer: cloud.issuer.issuer, subject, ...inputs },
    env: { ...jobEnv(), ...env },
  });
}

function post(job: RunnerJob, run: ActionRun) {
  return runAction({
    job,
    entry: 'post',
    env: Object.fromEntries([...run.state].map(([name, value]) => [`STATE_${name}`, value])),
  });
}

/** Polls until `condition` holds (or fails the test after `timeoutMs`). */
async function until(condition: () => boolean, timeoutMs = 12_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Several lifetimes pass; with a refresher, it must have renewed meanwhile. */
async function outliveLifetimes(renewedSince?: number): Promise<void> {
  const start = Date.now();
  const minted = cloud.github.issued.length;
  await until(
    () =>
      Date.now() - start > 3 * LIFETIME * 1000 &&
      (renewedSince === undefined || cloud.github.issued.length >= minted + 3),
  );
}

function pidOf(run: ActionRun): number {
  return Number((run.state.get('OIDC_EXCHANGE_REFRESHER') ?? '').split(':')[2]);
}

const azureInputs = {
  'azure-client-id': ids.clientId,
  'azure-tenant-id': ids.tenantId,
  'azure-authority-host': '',
};

function azure(job: RunnerJob, extra: Record<string, string> = {}, env: Record<string, string> = {}) {
  return main(job, { ...azureInputs, 'azure-authority-host': cloud.entra.authorityHost, ...extra }, env);
}

const laterAzure = join(import.meta.dirname, '..', 'support', 'later-step-azure.ts');
const laterDatabricks = join(import.meta.dirname, '..', 'support', 'later-step-databricks.ts');

describe('refresh: Azure SDKs (WorkloadIdentityCredential)', () => {
  it('keeps the federated token file valid, and the post step stops the refresher and removes it', async () => {
    const job = newJob();
    const run = await azure(job); // `refresh` not given: on by default
    expect(run.exitCode).toBe(0);
    const file = run.env.get('AZURE_FEDERATED_TOKEN_FILE') ?? '';
    const first = readFileSync(file, 'utf8');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const pid = pidOf(run);
    expect(alive(pid)).toBe(true);
    expect(run.stdout).toContain('refresh: Azure SDKs: AZURE_FEDERATED_TOKEN_FILE is rewritten');
    expect(run.summary).toContain(
      '| Renewed for the job | Azure SDKs: AZURE_FEDERATED_TOKEN_FILE is rewritten',
    );

    const since = Date.now();
    await outliveLifetimes(since);
    expect(readFileSync(file, 'utf8')).not.toBe(first);
    const later = await spawnNode(process.execPath, [laterAzure], laterStepEnv(run));
    expect(later.stderr).toBe('');
    expect(later.code).toBe(0);
    expect(JSON.parse(later.stdout)).toMatchObject({ appid: ids.clientId });
    // Entra accepted an assertion minted by the refresher, long after the step ended.
    const assertion = cloud.entra.issued.at(-1)?.assertionClaims ?? {};
    expect(Number(assertion['iat']) * 1000).toBeGreaterThanOrEqual(since - 1000);

    const cleanup = await post(job, run);
    expect(cleanup.exitCode).toBe(0);
    expect(cleanup.stdout).toContain('oidc-exchange: credential refresher stopped.');
    expect(cleanup.stdout).toContain('  It lived until the post step stopped it');
    expect(cleanup.stdout).toMatch(/ {2}azure token file: [1-9]\d* renewal\(s\), 0 failure\(s\)/);
    await until(() => !alive(pid), 5_000);
    expect(existsSync(file)).toBe(false);
  });

  it('without refresh, the same later step fails with AADSTS700024', async () => {
    const job = newJob();
    const run = await azure(job, { refresh: 'false' });
    expect(run.exitCode).toBe(0);
    expect(run.state.has('OIDC_EXCHANGE_REFRESHER')).toBe(false);
    await outliveLifetimes();
    const later = await spawnNode(process.execPath, [laterAzure], laterStepEnv(run));
    expect(later.code).not.toBe(0);
    expect(later.stderr).toContain('AADSTS700024');
    await post(job, run);
  });

  it('hands the request token to the refresher on stdin only: not in its command line or environment', async () => {
    const job = newJob();
    const run = await azure(job, {}, { RUNNER_TRACKING_ID: 'github_job_1234' });
    const pid = pidOf(run);
    const secret = cloud.github.requestToken;
    await untilRefresherNode(pid);
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(secret);
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    expect(environ).not.toContain(secret);
    expect(environ).not.toContain('INPUT_');
    // The runner finds a job's leftover processes by this variable, to end them with the job.
    expect(environ.split('\0')).toContain('RUNNER_TRACKING_ID=github_job_1234');
    await post(job, run);
    await until(() => !alive(pid), 5_000);
  });
});

describe('refresh: the Azure CLI', () => {
  it('logs the CLI in again with fresh tokens while the job runs', async () => {
    const { createAzStub } = await import('../support/az-stub.ts');
    const { startAzRouting } = await import('../support/az-routing.ts');
    const routing = await startAzRouting(cloud);
    const stub = createAzStub();
    const job = newJob();
    const run = await runAction({
      job,
      inputs: {
        ...azureInputs,
        issuer: cloud.issuer.issuer,
        subject,
        'azure-cli-login': 'true',
      },
      // az signs in only at the cloud's own authority: the step reaches the fake Entra as login.microsoftonline.com.
      env: { ...jobEnv(), ...routing.env, PATH: `${stub.binDir}:${process.env['PATH'] ?? ''}` },
    });
    expect(run.exitCode).toBe(0);
    const logins = () => stub.calls().filter((c) => c.args[0] === 'login');
    await until(() => logins().length >= 3);
    const tokens = logins().map((c) => c.federatedToken);
    expect(tokens.every((t) => t?.split('.').length === 3)).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length); // a new token every time
    const cleanup = await post(job, run);
    expect(cleanup.exitCode).toBe(0);
    await routing.close();
  });
});

describe('refresh: the AWS CLI through the refresher’s container-credentials endpoint', () => {
  function awsCli(env: Record<string, string | undefined>) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        ensureAwsCli(),
        ['sts', 'get-caller-identity', '--output', 'json', '--endpoint-url', cloud.sts.endpoint],
        { env: childEnv({ ...env, AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'] }), timeout: 90_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }
  const awsInputs = () => inputsFor(cloud, 'aws');

  const assumed = () =>
    cloud.sts.requests.filter((r) => r.form?.['Action'] === 'AssumeRoleWithWebIdentity').length;
  const identities = () =>
    cloud.sts.requests.filter((r) => (r.form?.['Action'] ?? r.query['Action']) === 'GetCallerIdentity')
      .length;

  it('serves the role session on loopback instead of static keys; the CLI still works several lifetimes later', async () => {
    const job = newJob();
    const run = await main(job, awsInputs());
    expect(run.exitCode).toBe(0);
    expect(run.env.has('AWS_ACCESS_KEY_ID')).toBe(false);
    expect(run.env.has('AWS_PROFILE')).toBe(false);
    expect(run.outputs.get('aws-access-key-id')).toMatch(/^ASIA/);
    const uri = run.env.get('AWS_CONTAINER_CREDENTIALS_FULL_URI') ?? '';
    expect(uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/aws\/credentials$/);
    const authorization = run.env.get('AWS_CONTAINER_AUTHORIZATION_TOKEN') ?? '';
    expect(authorization.length).toBeGreaterThan(30);
    expect(run.stdout).toContain(`::add-mask::${authorization}`);
    expect(readFileSync(run.env.get('AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE') ?? '', 'utf8')).toBe(
      authorization,
    );
    // Whoever reaches the port without the token gets nothing.
    for (const headers of [{}, { authorization: 'guess' }]) {
      const refused = await fetch(uri, { headers });
      expect(refused.status).toBe(401);
      expect(await refused.text()).not.toContain('ASIA');
    }

    // The refresher renews ahead of expiry, on its own: count the sessions across the lifetimes.
    const before = assumed();
    await outliveLifetimes();
    const later = await awsCli(laterStepEnv(run));
    expect(later.stderr).toBe('');
    expect(later.code).toBe(0);
    expect(JSON.parse(later.stdout)).toMatchObject({ Account: '123456789012' });
    expect(assumed()).toBeGreaterThan(before); // the refresher renewed the expired session

    await post(job, run);
    expect(alive(pidOf(run))).toBe(false);
  }, 60_000);

  // The aim is 200 sequential and 16 parallel calls (the bench's `aws-later-step` row does those);
  // 4 + 6 prove the same property at a cost 2 cores afford: every call within one session
  // lifetime is served by the session the step itself assumed, none by a new exchange.
  it('one AssumeRoleWithWebIdentity per session lifetime, however many aws calls, sequential or parallel', async () => {
    const job = newJob();
    cloud.sts.credentialLifetimeSeconds = 300;
    try {
      const run = await main(job, awsInputs());
      expect(run.exitCode).toBe(0);
      const [before, callsBefore] = [assumed(), identities()];
      const env = laterStepEnv(run);
      for (let i = 0; i < 4; i++) expect((await awsCli(env)).code).toBe(0);
      const parallel = await Promise.all(Array.from({ length: 6 }, () => awsCli(env)));
      for (const call of parallel) expect([call.code, call.stderr]).toEqual([0, '']);
      expect(identities() - callsBefore).toBe(10);
      expect(assumed()).toBe(before);
      await post(job, run);
    } finally {
      cloud.sts.credentialLifetimeSeconds = LIFETIME;
    }
  }, 240_000);

  it('without refresh, the static keys the same later step uses have expired: ExpiredToken', async () => {
    const job = newJob();
    const run = await main(job, { ...awsInputs(), refresh: 'false' });
    expect(run.env.get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
    await outliveLifetimes();
    const later = await awsCli(laterStepEnv(run));
    expect(later.code).not.toBe(0);
    expect(later.stderr).toContain('ExpiredToken');
    await post(job, run);
  });

  it('a renewal that fails reaches the AWS CLI as one clear line, never a secret', async () => {
    const job = newJob();
    const run = await main(job, awsInputs());
    expect(run.exitCode).toBe(0);
    // The trust changes first, then every session assumed before it expires: a renewal the
    // refresher made just before the change (on a loaded machine) cannot still be served.
    trustRoleFor(cloud, roleArn, 'repo:octo-org/other:ref:refs/heads/main');
    try {
      await outliveLifetimes();
      const later = await awsCli(laterStepEnv(run));
      expect(later.code).not.toBe(0);
      expect(later.stderr).toContain('oidc-exchange: aws: renewal');
      expect(later.stderr).toContain('STS refused AssumeRoleWithWebIdentity');
      expect(later.stderr).toContain("Fix: The role's trust policy must allow this token");
      expect(later.stderr).not.toContain(cloud.github.requestToken);
    } finally {
      trustRoleFor(cloud, roleArn, subject);
    }
    await post(job, run);
  });
});

describe('refresh: several roles in one job (aws-profile)', () => {
  const staging = 'arn:aws:iam::210987654321:role/staging';
  function profileCli(profile: string, env: Record<string, string | undefined>) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        ensureAwsCli(),
        [
          'sts',
          'get-caller-identity',
          '--profile',
          profile,
          '--output',
          'json',
          '--endpoint-url',
          cloud.sts.endpoint,
        ],
        { env: childEnv({ ...env, AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'] }), timeout: 90_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  it('each step writes its own config file, keeping the earlier steps’ profiles; each renews its own role; each post step removes only its own', async () => {
    cloud.sts.addOidcProvider({
      accountId: '210987654321',
      url: cloud.issuer.issuer,
      clientIds: ['sts.amazonaws.com'],
    });
    trustRoleFor(cloud, staging, subject);
    const job = newJob();
    const inputs = (role: string, profile: string) => ({
      'aws-role-arn': role,
      'aws-region': 'eu-west-1',
      'aws-sts-endpoint': cloud.sts.endpoint,
      'aws-profile': profile,
    });
    const prod = await main(job, inputs(roleArn, 'prod'));
    // The runner hands each step what the earlier ones wrote to GITHUB_ENV.
    const stage = await main(job, inputs(staging, 'staging'), Object.fromEntries(prod.env));
    expect([prod.exitCode, stage.exitCode]).toEqual([0, 0]);
    const [prodConfig, config] = [
      prod.env.get('AWS_CONFIG_FILE') ?? '',
      stage.env.get('AWS_CONFIG_FILE') ?? '',
    ];
    // Each in its own step's private folder, not in the runner's temp folder.
    expect(dirname(prodConfig)).toBe(prod.state.get('OIDC_EXCHANGE_TEMP_DIR'));
    expect(dirname(config)).toBe(stage.state.get('OIDC_EXCHANGE_TEMP_DIR'));
    expect(readdirSync(job.runnerTemp).filter((n) => !n.startsWith('oidc-exchange-'))).toEqual([]);
    // Nothing in the environment that would win over the profiles.
    for (const run of [prod, stage])
      expect([...run.env.keys()].filter((k) => k !== 'AWS_CONFIG_FILE' && k.startsWith('AWS_'))).toEqual([]);
    for (const path of [config, dirname(config)]) expect(statSync(path).mode & 0o077).toBe(0);
    const text = readFileSync(config, 'utf8');
    expect(text).toContain('[profile prod]');
    expect(text).toContain('[profile staging]');
    expect(text).not.toContain(cloud.github.requestToken);
    expect(stage.stdout).toContain("it keeps the earlier steps' profile(s) prod");

    await outliveLifetimes();
    const env = { ...laterStepEnv(prod), ...laterStepEnv(stage) };
    const [p, st] = [await profileCli('prod', env), await profileCli('staging', env)];
    expect([p.stderr, st.stderr]).toEqual(['', '']);
    expect(JSON.parse(p.stdout)).toMatchObject({ Account: '123456789012' });
    expect(JSON.parse(st.stdout)).toMatchObject({ Account: '210987654321' });
    expect((JSON.parse(st.stdout) as { Arn: string }).Arn).toContain(':assumed-role/staging/');

    // Post steps run in reverse order; each removes what it wrote, and only that.
    await post(job, stage);
    expect(existsSync(dirname(config))).toBe(false);
    expect(readFileSync(prodConfig, 'utf8')).toContain('[profile prod]');
    expect((await profileCli('prod', laterStepEnv(prod))).code).toBe(0);
    await post(job, prod);
    expect(existsSync(prodConfig)).toBe(false);
  }, 90_000);

  it('a post step that runs first removes its profile from the later steps’ files: nothing names its folder once it is gone', async () => {
    const job = newJob();
    const inputs = (profile: string) => ({
      'aws-role-arn': roleArn,
      'aws-region': 'eu-west-1',
      'aws-sts-endpoint': cloud.sts.endpoint,
      'aws-profile': profile,
    });
    const first = await main(job, inputs('first'));
    const second = await main(job, inputs('second'), Object.fromEntries(first.env));
    const config = second.env.get('AWS_CONFIG_FILE') ?? '';
    const firstDir = first.state.get('OIDC_EXCHANGE_TEMP_DIR') ?? '';
    expect(readFileSync(config, 'utf8')).toContain(basename(firstDir));
    await post(job, first);
    const left = readFileSync(config, 'utf8');
    expect(left).not.toContain(basename(firstDir));
    expect(left).not.toContain('[profile first]');
    expect(left).toContain('[profile second]');
    expect(statSync(config).mode & 0o777).toBe(0o600);
    await post(job, second);
    expect(readdirSync(job.runnerTemp)).toEqual([]);
  }, 60_000);

  it('without refresh there is no refresher to renew a profile: one clear input error', async () => {
    const run = await main(newJob(), {
      'aws-role-arn': roleArn,
      'aws-region': 'eu-west-1',
      'aws-profile': 'prod',
      refresh: 'false',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Input `aws-profile` must be empty when `refresh` is false');
  });
});

describe('refresh: role chaining (aws-role-chain)', () => {
  const target = 'arn:aws:iam::210987654321:role/target';
  function chainCli(env: Record<string, string | undefined>) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        ensureAwsCli(),
        ['sts', 'get-caller-identity', '--output', 'json', '--endpoint-url', cloud.sts.endpoint],
        { env: childEnv({ ...env, AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'] }), timeout: 90_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }
  const trustTarget = (externalId: string) =>
    cloud.sts.addRole({
      arn: target,
      trustPolicy: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: roleArn },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': externalId } },
          },
        ],
      },
    });
  const chainInputs = (chain: string) => ({
    'aws-role-arn': roleArn,
    'aws-region': 'eu-west-1',
    'aws-sts-endpoint': cloud.sts.endpoint,
    'aws-role-chain': chain,
  });
  const signedAssumeRoles = () => cloud.sts.requests.filter((r) => r.form?.['Action'] === 'AssumeRole');

  it('assumes the chain with signed AssumeRole calls; the CLI gets the last role, renewed chain and all, lifetimes later', async () => {
    trustTarget('build-42');
    const job = newJob();
    const run = await main(job, chainInputs(`${target} external-id=build-42 session-name=chained`));
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.get('aws-assumed-role-arn')).toBe(
      'arn:aws:sts::210987654321:assumed-role/target/chained',
    );
    expect(run.outputs.get('aws-account-id')).toBe('210987654321');
    const hop = signedAssumeRoles().at(-1);
    expect(String(hop?.headers['authorization'])).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIA\w+\/\d{8}\/eu-west-1\/sts\/aws4_request/,
    );

    const hops = signedAssumeRoles().length;
    await outliveLifetimes();
    const later = await chainCli(laterStepEnv(run));
    expect(later.stderr).toBe('');
    expect(JSON.parse(later.stdout)).toMatchObject({
      Account: '210987654321',
      Arn: 'arn:aws:sts::210987654321:assumed-role/target/chained',
    });
    expect(signedAssumeRoles().length).toBeGreaterThan(hops); // the refresher renewed the whole chain
    await post(job, run);
  }, 60_000);

  it('AccessDenied names the hop and prints the trust statement that would accept it; nothing is exported', async () => {
    trustTarget('someone-else');
    const run = await main(newJob(), chainInputs(`${target} external-id=build-42`));
    expect(run.exitCode).toBe(1);
    expect([...run.env.keys()].filter((k) => k.startsWith('AWS_'))).toEqual([]);
    expect(run.stdout).toContain(
      `[AWS_ACCESS_DENIED] STS refused AssumeRole for hop 1 of \`aws-role-chain\` (${target}) as arn:aws:sts::123456789012:assumed-role/deploy/`,
    );
    expect(run.stdout).toContain(
      `{"Effect":"Allow","Principal":{"AWS":"${roleArn}"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"<the external-id of hop 1>"}}}`,
    );
    expect(run.stdout).not.toContain('build-42'); // the id itself is never printed
  });
});

describe('refresh: the Databricks SDK (metadata-service)', () => {
  it('serves fresh Databricks tokens on loopback for as long as the job runs', async () => {
    const job = newJob();
    const run = await main(job, {
      'databricks-host': cloud.databricks.workspaceHost,
      'databricks-client-id': sp,
    });
    expect(run.exitCode).toBe(0);
    expect(run.env.get('DATABRICKS_AUTH_TYPE')).toBe('metadata-service');
    const url = run.env.get('DATABRICKS_METADATA_SERVICE_URL') ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/databricks\/[\w-]{32}$/);
    expect(run.stdout).toContain(`::add-mask::${url}`);

    const exchanged = cloud.databricks.issued.length;
    await outliveLifetimes();
    const later = await spawnNode(process.execPath, [laterDatabricks], laterStepEnv(run));
    expect(cloud.databricks.issued.length).toBeGreaterThan(exchanged); // renewed for this later step
    expect(later.stderr).toBe('');
    expect(later.code).toBe(0);
    expect(JSON.parse(later.stdout)).toMatchObject({ userName: sp });

    // A caller naming another workspace gets nothing.
    const other = await fetch(url, {
      headers: { 'x-databricks-metadata-version': '1', 'x-databricks-host': 'https://elsewhere.example' },
    });
    expect(other.status).toBe(403);
    await post(job, run);
  });

  it('never sends a forged token at renewal: no cloud hears of it; once the held token has expired the caller gets why', async () => {
    // alg none stands for every kind here (test/e2e/hostile-tokens.test.ts tries them all on the same
    // checks); a refusal that persists (a second, with the fakes' lifetimes) ends renewal.
    for (const kind of forgeryKinds.slice(0, 1)) {
      const job = newJob();
      const run = await main(job, {
        'databricks-host': cloud.databricks.workspaceHost,
        'databricks-client-id': sp,
      });
      const ask = () =>
        fetch(run.env.get('DATABRICKS_METADATA_SERVICE_URL') ?? '', {
          headers: {
            'x-databricks-metadata-version': '1',
            'x-databricks-host': cloud.databricks.workspaceHost,
          },
        });
      await until(() => cloud.databricks.issued.length > 0);
      expect((await ask()).status, kind).toBe(200);
      cloud.github.forge = forger(cloud, kind);
      try {
        const before = cloudRequests(cloud);
        await new Promise((resolve) => setTimeout(resolve, LIFETIME * 1000)); // the held token expires
        const answer = await ask();
        // 502 while retried; 503 once the refusal has persisted.
        expect([502, 503], kind).toContain(answer.status);
        const body = (await answer.json()) as { error_code: string; message: string };
        expect(body.error_code, kind).toMatch(/SIGNATURE_INVALID|TOKEN_MALFORMED/);
        expect(body.message, kind).toContain('oidc-exchange: databricks: renewal');
        expect(cloudRequests(cloud), kind).toBe(before);
      } finally {
        cloud.github.forge = undefined;
      }
      await post(job, run);
    }
  }, 60_000);

  it('without refresh, the same later step fails: the Databricks token has expired', async () => {
    const job = newJob();
    const run = await main(job, {
      'databricks-host': cloud.databricks.workspaceHost,
      'databricks-client-id': sp,
      refresh: 'false',
    });
    expect(run.env.get('DATABRICKS_AUTH_TYPE')).toBe('pat');
    await outliveLifetimes();
    const later = await spawnNode(process.execPath, [laterDatabricks], laterStepEnv(run));
    expect(later.code).not.toBe(0);
    expect(later.stderr).toMatch(/expired|401|Invalid access token/i);
    await post(job, run);
  });
});

describe("refresh: the issuer's keys change under the refresher", () => {
  it('survives an outage of the key set and two key rotations', async () => {
    const job = newJob();
    const run = await azure(job);
    const file = run.env.get('AZURE_FEDERATED_TOKEN_FILE') ?? '';
    const kidInFile = () =>
      (
        JSON.parse(Buffer.from(readFileSync(file, 'utf8').split('.')[0] ?? '', 'base64url').toString()) as {
          kid?: string;
        }
      ).kid;
    // The issuer rotates while its key set is down for every attempt of one fetch.
    cloud.issuer.failNext({ status: 503, body: 'unavailable', path: '/jwks' }, 4);
    cloud.issuer.rotateKeys({ dropOld: true });
    await until(() => kidInFile() === cloud.issuer.activeKid, 15_000);
    // Once the refetch cooldown (10 s) has passed, a second rotation is followed as well.
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    cloud.issuer.rotateKeys({ dropOld: true });
    await until(() => kidInFile() === cloud.issuer.activeKid, 10_000);
    expect(alive(pidOf(run))).toBe(true);
    const cleanup = await post(job, run);
    // The key set's outage is seen by whichever fetch comes first (the fake Entra fetches it too).
    expect(cleanup.stdout).toMatch(
      /azure token file: [1-9]\d* renewal\(s\), (0 failure\(s\)$|[1-9]\d* failure\(s\); last failure at \S+: \[HTTP_FAILED\].*key set)/m,
    );
  }, 45_000);
});

describe('refresh: a proxy that goes silent', () => {
  it('ends each renewal within the timeout, and renews again once the proxy answers', async () => {
    const proxy = await startConnectProxy();
    try {
      const job = newJob();
      const run = await azure(
        job,
        {
          'databricks-host': cloud.databricks.workspaceHost,
          'databricks-client-id': sp,
          'timeout-seconds': '2',
        },
        { HTTPS_PROXY: proxy.url, NO_PROXY: '' },
      );
      expect(run.exitCode).toBe(0);
      const file = run.env.get('AZURE_FEDERATED_TOKEN_FILE') ?? '';
      proxy.silent = true;
      await new Promise((resolve) => setTimeout(resolve, LIFETIME * 1000)); // the token held expires
      const started = Date.now();
      const answer = await fetch(run.env.get('DATABRICKS_METADATA_SERVICE_URL') ?? '', {
        headers: {
          'x-databricks-metadata-version': '1',
          'x-databricks-host': cloud.databricks.workspaceHost,
        },
      });
      expect(answer.status).toBe(502);
      expect(Date.now() - started).toBeLessThan(5_000); // one wait of the timeout, not for ever
      proxy.silent = false;
      const before = readFileSync(file, 'utf8');
      await until(() => readFileSync(file, 'utf8') !== before, 10_000); // the file loop went on
      expect(alive(pidOf(run))).toBe(true);
      const cleanup = await post(job, run);
      expect(cleanup.stdout).toMatch(/databricks: .*\[TIMEOUT\] The proxy/);
    } finally {
      await proxy.close();
    }
  });
});

describe('refresh: the refresher never outlives the job', () => {
  it('a refused token never ends it: the file keeps its last token, the listener stays, the story tells it', async () => {
    const job = newJob();
    const run = await azure(job);
    const pid = pidOf(run);
    const file = run.env.get('AZURE_FEDERATED_TOKEN_FILE') ?? '';
    const jobToken = cloud.github.requestToken;
    cloud.github.requestToken = 'the-job-is-refused-0000'; // the endpoint now refuses the job's token
    const requests = () => cloud.github.requests.length;
    try {
      const before = requests();
      await until(() => requests() >= before + 3); // refused three times, retried with back-off
      expect(alive(pid)).toBe(true);
      expect(existsSync(file)).toBe(true);
    } finally {
      cloud.github.requestToken = jobToken;
    }
    const renewed = readFileSync(file, 'utf8');
    await until(() => readFileSync(file, 'utf8') !== renewed, 15_000); // and renews again once accepted
    const cleanup = await post(job, run);
    expect(cleanup.stdout).toContain('oidc-exchange: credential refresher stopped.');
    expect(cleanup.stdout).toContain('  It lived until the post step stopped it');
    expect(cleanup.stdout).toMatch(/azure token file: .*[1-9]\d* failure\(s\).*\[HTTP_FAILED\].*HTTP 401/);
  });

  it('exits when the step folder is removed (a failed step, or a post step that could not reach it)', async () => {
    const job = newJob();
    const run = await azure(job);
    const pid = pidOf(run);
    const { rmSync } = await import('node:fs');
    const dir = run.state.get('OIDC_EXCHANGE_TEMP_DIR') ?? '';
    // As the runner empties its temp folder: again if the refresher wrote a file while it went.
    await until(() => {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      return !existsSync(dir);
    }, 5_000);
    await until(() => !alive(pid), 5_000);
  });

  it('leaves no process behind when the step fails after launching one early', async () => {
    const marker = `github_job_failed_${Date.now()}`;
    const job = newJob();
    const run = await azure(
      job,
      { subject: 'repo:octo-org/app:ref:refs/heads/other' },
      { RUNNER_TRACKING_ID: marker },
    );
    expect(run.exitCode).toBe(1);
    expect(run.state.has('OIDC_EXCHANGE_REFRESHER')).toBe(false);
    await until(() => processesMarked(marker).length === 0, 5_000);
  });
});

/** Our own processes whose environment carries the marker (read from /proc; nothing is killed). */
function processesMarked(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`RUNNER_TRACKING_ID=${marker}`))
        found.push(Number(entry));
    } catch {
      // another user's process, or one that just ended
    }
  }
  return found;
}
