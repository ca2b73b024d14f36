/**
 * The bundled action with a Google Cloud target, run as the runner runs it, against the fake
 * Google STS and IAM Credentials: impersonation and direct access, the refusals users see (with the
 * gcloud commands that fix them), and google-auth-library as a later step reading the exported
 * credentials file several (fake, short) token lifetimes after the step, renewed by the refresher.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import {
  newJob,
  repoRoot,
  runAction,
  spawnNode,
  type ActionRun,
  type RunnerJob,
} from '../support/run-action.ts';
import { googleAuthLibrary } from '../support/later-steps.ts';
import { googleInputs, trustGoogle, type GoogleTrust } from '../support/trust-google.ts';
import { until } from '../support/until.ts';

const subject = 'repo:octo-org/app:ref:refs/heads/main';
const LIFETIME = 2;
let cloud: FakeCloud;
let trust: GoogleTrust;

beforeAll(async () => {
  cloud = await startFakeCloud();
});
afterAll(async () => {
  await cloud.close();
});
beforeEach(() => {
  cloud.google.reset();
  trust = trustGoogle(cloud, subject, { condition: "assertion.repository_owner == 'octo-org'" });
});

function jobEnv(): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
  };
}

function main(job: RunnerJob, extra: Record<string, string> = {}) {
  return runAction({
    job,
    inputs: { issuer: cloud.issuer.issuer, subject, ...googleInputs(cloud, trust), ...extra },
    env: jobEnv(),
  });
}

function post(job: RunnerJob, run: ActionRun) {
  return runAction({
    job,
    entry: 'post',
    env: Object.fromEntries([...run.state].map(([name, value]) => [`STATE_${name}`, value])),
  });
}

function laterStep(run: ActionRun) {
  return googleAuthLibrary(cloud.google, { ...jobEnv(), ...Object.fromEntries(run.env) });
}

function expectNothingExported(run: ActionRun) {
  expect(run.exitCode).toBe(1);
  expect(run.env.size).toBe(0);
  expect(run.outputs.size).toBe(0);
}

describe('GitHub Action → Google Cloud', () => {
  it('impersonates the service account, and google-auth-library uses the credentials file lifetimes later', async () => {
    const restore = shortLifetimes(cloud, LIFETIME);
    try {
      const job = newJob();
      const run = await main(job);
      expect(run.stdout).not.toContain('::error::');
      expect(run.exitCode).toBe(0);
      expect(cloud.github.issued.at(-1)?.audience).toBe(`https://iam.googleapis.com/${trust.provider}`);
      expect(cloud.google.issued.at(-1)).toMatchObject({
        serviceAccount: trust.serviceAccount,
        principal: trust.principal,
      });
      const token = run.outputs.get('gcp-access-token') ?? '';
      expect(token).toBe(cloud.google.issued.at(-1)?.token);
      expect(run.stdout).toContain(`::add-mask::${token}`);
      expect(run.envFile).not.toContain(token);
      const file = run.env.get('GOOGLE_APPLICATION_CREDENTIALS') ?? '';
      expect(file.startsWith(job.runnerTemp)).toBe(true);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(run.env.get('CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE')).toBe(file);
      expect(run.outputs.get('gcp-credentials-file')).toBe(file);
      const credentials = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(credentials).toMatchObject({
        type: 'external_account',
        audience: `//iam.googleapis.com/${trust.provider}`,
        token_url: `${cloud.google.url}/v1/token`,
        service_account_impersonation_url: `${cloud.google.url}/v1/projects/-/serviceAccounts/${trust.serviceAccount}:generateAccessToken`,
      });
      const tokenFile = (credentials['credential_source'] as { file: string }).file;
      expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
      for (const name of ['GOOGLE_CLOUD_PROJECT', 'CLOUDSDK_CORE_PROJECT', 'GCLOUD_PROJECT']) {
        expect(run.env.get(name)).toBe('octo-project');
      }
      expect(run.summary).toContain(trust.serviceAccount);

      // Several lifetimes later, the refresher has kept the token file fresh.
      const since = Date.now();
      const minted = cloud.github.issued.length;
      await until(() => Date.now() - since > 3 * LIFETIME * 1000 && cloud.github.issued.length >= minted + 3);
      const later = await laterStep(run);
      expect(later.stderr).toBe('');
      expect(later.code).toBe(0);
      expect(JSON.parse(later.stdout)).toMatchObject({ projectId: 'octo-project' });
      expect(cloud.google.resourceCalls.at(-1)).toMatchObject({ serviceAccount: trust.serviceAccount });
      // Google accepted a token the refresher minted long after the step ended.
      expect(Number(cloud.google.issued.at(-1)?.subjectTokenIssuedAt) * 1000).toBeGreaterThanOrEqual(
        since - 1000,
      );

      const cleanup = await post(job, run);
      expect(cleanup.exitCode).toBe(0);
      // The story names Google's file as such (not as Azure's).
      expect(cleanup.stdout).toMatch(/ {2}gcp token file: [1-9]\d* renewal\(s\), 0 failure\(s\)/);
      expect(cleanup.stdout).not.toContain('azure token file');
      expect(existsSync(file)).toBe(false);
      expect(existsSync(tokenFile)).toBe(false);
    } finally {
      restore();
    }
  });

  it('as the per-target action without a service account, later steps use the federated identity', async () => {
    const run = await runAction({
      uses: 'octo-org/oidc-exchange/actions/gcp@v1',
      inputs: {
        'workload-identity-provider': trust.provider,
        'sts-endpoint': cloud.google.url,
        'iam-credentials-endpoint': cloud.google.url,
        'project-id': 'octo-project',
        refresh: 'false',
        issuer: cloud.issuer.issuer,
        subject,
      },
      env: jobEnv(),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.get('gcp-access-token')).toBe(cloud.google.federated.at(-1)?.token);
    const credentials = JSON.parse(
      readFileSync(run.env.get('GOOGLE_APPLICATION_CREDENTIALS') ?? '', 'utf8'),
    ) as object;
    expect(credentials).not.toHaveProperty('service_account_impersonation_url');
    const later = await laterStep(run);
    expect(later.code).toBe(0);
    expect(cloud.google.resourceCalls.at(-1)).toEqual(
      expect.objectContaining({ principal: trust.principal, serviceAccount: undefined }),
    );
  });

  it('names the attribute condition that refused the token, and prints a provider that accepts it', async () => {
    cloud.google.reset();
    trust = trustGoogle(cloud, subject, { condition: "assertion.repository_owner == 'someone-else'" });
    const run = await main(newJob());
    expectNothingExported(run);
    expect(run.stdout).toContain('[GCP_CONDITION_REFUSED] Google STS refused the token exchange');
    expect(run.stdout).toContain('The given credential is rejected by the attribute condition.');
    expect(run.stdout).toContain(`--attribute-condition='assertion.sub == "${subject}"'`);
  });

  it('says when the provider does not exist', async () => {
    const run = await main(newJob(), {
      'gcp-workload-identity-provider': trust.provider.replace('ci-provider', 'no-such-provider'),
    });
    expectNothingExported(run);
    expect(run.stdout).toContain('[GCP_PROVIDER_NOT_FOUND]');
    expect(run.stdout).toContain('gcloud iam workload-identity-pools providers create-oidc');
  });

  it('prints the workloadIdentityUser binding for exactly this subject when impersonation is denied', async () => {
    cloud.google.reset();
    cloud.google.addProvider({ pool: 'ci-pool', provider: 'ci-provider', issuer: cloud.issuer.issuer });
    cloud.google.addServiceAccount({ email: trust.serviceAccount, workloadIdentityUsers: [] });
    const run = await main(newJob());
    expectNothingExported(run);
    expect(run.stdout).toContain('[GCP_PERMISSION_DENIED]');
    expect(run.stdout).toContain("Permission 'iam.serviceAccounts.getAccessToken' denied");
    expect(run.stdout).toContain(
      `gcloud iam service-accounts add-iam-policy-binding '${trust.serviceAccount}' --role=roles/iam.workloadIdentityUser --member='${trust.principal}'`,
    );
  });

  it('dry run: exchanges nothing and prints the provider and binding that accept exactly this token', async () => {
    const before = cloud.google.requests.length;
    const run = await main(newJob(), { 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(cloud.google.requests.length).toBe(before);
    expect(run.stdout).toContain(
      `gcp: gcloud iam workload-identity-pools providers create-oidc 'ci-provider' --project='${cloud.google.projectNumber}'`,
    );
    expect(run.stdout).toContain(`--member='${trust.principal}'`);
  });

  it('refuses a provider name that is not a full resource name, before any request', async () => {
    const before = cloud.github.issued.length;
    const run = await main(newJob(), {
      'gcp-workload-identity-provider': `//iam.googleapis.com/${trust.provider}`,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Input `gcp-workload-identity-provider` must be a provider resource name');
    expect(cloud.github.issued.length).toBe(before);
  });
});

describe('oidc-exchange (command line) → Google Cloud', () => {
  it('exchanges another CI’s token and prints the credentials file that names its token file', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await cloud.issuer.sign({
      iss: cloud.issuer.issuer,
      aud: `https://iam.googleapis.com/${trust.provider}`,
      sub: subject,
      repository_owner: 'octo-org',
      iat: now,
      nbf: now - 5,
      exp: now + 300,
    });
    const args = Object.entries(googleInputs(cloud, trust)).flatMap(([name, value]) => [`--${name}`, value]);
    const run = await spawnNode(
      process.execPath,
      [
        join(repoRoot, 'dist', 'cli', 'index.js'),
        'exchange',
        '--token-env',
        'CI_TOKEN',
        '--issuer',
        cloud.issuer.issuer,
        ...args,
        '--format',
        'json',
      ],
      { PATH: process.env['PATH'], NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'], CI_TOKEN: token },
    );
    expect(run.stderr).not.toContain('oidc-exchange: [');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      variables: Record<string, string>;
      outputs: Record<string, string>;
    };
    expect(result.outputs['gcp-access-token']).toBe(cloud.google.issued.at(-1)?.token);
    const file = result.variables['GOOGLE_APPLICATION_CREDENTIALS'] ?? '';
    // Left for the job's later steps, in the temp folder the command line was given (the run's).
    onTestFinished(() => rmSync(dirname(file), { recursive: true, force: true }));
    expect(dirname(dirname(file))).toBe(tmpdir());
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const source = (JSON.parse(readFileSync(file, 'utf8')) as { credential_source: { file: string } })
      .credential_source;
    expect(statSync(source.file).mode & 0o777).toBe(0o600);
    expect(readFileSync(source.file, 'utf8')).toBe(token);
    expect(run.stderr).not.toContain(token);
  });
});
