/**
 * The bundled action minting a Google ID token (`gcp-id-token-audience`) through a delegation chain
 * (`gcp-delegates`), run as the runner runs it against the fake Google: the token's claims as
 * Google documents them, its masking, the file the refresher keeps fresh over several (fake,
 * short) lifetimes, a later step calling a Cloud Run stand-in that verifies the token against the
 * fake's published keys, google-auth-library impersonating through the same chain from the
 * credentials file, and Google's refusals with the bindings that fix them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { uniqueIdOf } from '../fakes/google-id-token.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import {
  CALL_WITH_ID_TOKEN_FILE,
  callUntilAccepted,
  startCloudRun,
  type CloudRunStandIn,
} from '../support/cloud-run-stand-in.ts';
import { googleAuthLibrary } from '../support/later-steps.ts';
import { newJob, runAction, spawnNode, type ActionRun, type RunnerJob } from '../support/run-action.ts';
import { googleInputs, trustDelegates, trustGoogle, type GoogleTrust } from '../support/trust-google.ts';
import { until } from '../support/until.ts';

const subject = 'repo:octo-org/app:ref:refs/heads/main';
const relay = 'relay@octo-project.iam.gserviceaccount.com';
const LIFETIME = 2;
let cloud: FakeCloud;
let cloudRun: CloudRunStandIn;
let trust: GoogleTrust;

beforeAll(async () => {
  cloud = await startFakeCloud();
  cloudRun = await startCloudRun(cloud.google.jwksUrl);
});
afterAll(async () => {
  await cloudRun.close();
  await cloud.close();
});
beforeEach(() => {
  cloud.google.reset();
  trust = trustGoogle(cloud, subject);
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

/** A later `run:` step: curl-like, the token read from GCP_ID_TOKEN_FILE at call time. */
function callCloudRun(run: ActionRun, url = cloudRun.url) {
  return spawnNode(process.execPath, ['-e', CALL_WITH_ID_TOKEN_FILE], {
    PATH: process.env['PATH'],
    ...Object.fromEntries(run.env),
    CLOUD_RUN_URL: url,
  });
}

function postStep(job: RunnerJob, run: ActionRun) {
  return runAction({
    job,
    entry: 'post',
    env: Object.fromEntries([...run.state].map(([name, value]) => [`STATE_${name}`, value])),
  });
}

describe('GitHub Action → Google ID token', () => {
  it('mints the ID token through the chain, masks it, keeps its file fresh, and Cloud Run accepts it lifetimes later', async () => {
    trustDelegates(cloud, trust, [relay]);
    const restore = shortLifetimes(cloud, LIFETIME);
    const job = newJob();
    let started: ActionRun | undefined;
    let cleaned = false;
    try {
      const run = await main(job, {
        'gcp-delegates': relay,
        'gcp-id-token-audience': cloudRun.url,
        'gcp-id-token-include-email': 'true',
      });
      started = run;
      expect(run.stdout).not.toContain('::error::');
      expect(run.exitCode).toBe(0);

      const token = run.outputs.get('gcp-id-token') ?? '';
      expect(token).toBe(cloud.google.idTokens.at(-1)?.token);
      expect(run.stdout).toContain(`::add-mask::${token}`);
      expect(run.envFile).not.toContain(token);
      expect(run.summary).not.toContain(token);
      const claims = decodeJwt(token);
      const id = uniqueIdOf(trust.serviceAccount);
      expect(claims).toMatchObject({
        iss: 'https://accounts.google.com',
        aud: cloudRun.url,
        azp: id,
        sub: id,
        email: trust.serviceAccount,
        email_verified: true,
      });
      expect(Number(claims.exp) - Number(claims.iat)).toBe(LIFETIME);
      // Both calls went through the chain: the access token's and the ID token's.
      expect(cloud.google.idTokens.at(-1)?.delegates).toEqual([relay]);
      expect(cloud.google.issued.at(-1)?.delegates).toEqual([relay]);
      expect(cloud.google.requests.find((r) => r.path.endsWith(':generateIdToken'))?.json).toEqual({
        audience: cloudRun.url,
        includeEmail: true,
        delegates: [`projects/-/serviceAccounts/${relay}`],
      });

      const file = run.env.get('GCP_ID_TOKEN_FILE') ?? '';
      expect(file.startsWith(job.runnerTemp)).toBe(true);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8')).toBe(token);

      // Several ID token lifetimes later, the file holds a fresh token and Cloud Run accepts it.
      const since = Date.now();
      const minted = cloud.google.idTokens.length;
      await until(
        () => Date.now() - since > 3 * LIFETIME * 1000 && cloud.google.idTokens.length >= minted + 3,
      );
      expect((await callUntilAccepted(() => callCloudRun(run))).at(-1)).toBe('200');
      const seen = cloudRun.calls.at(-1)?.claims;
      expect(seen).toMatchObject({ sub: id, email: trust.serviceAccount, aud: cloudRun.url });
      expect(Number(seen?.iat) * 1000).toBeGreaterThanOrEqual(since - 1000);

      // google-auth-library impersonates through the same chain from the credentials file.
      const credentialsFile = run.env.get('GOOGLE_APPLICATION_CREDENTIALS') ?? '';
      expect(JSON.parse(readFileSync(credentialsFile, 'utf8'))).toMatchObject({
        type: 'impersonated_service_account',
        service_account_impersonation_url: `${cloud.google.url}/v1/projects/-/serviceAccounts/${trust.serviceAccount}:generateAccessToken`,
        delegates: [`projects/-/serviceAccounts/${relay}`],
        source_credentials: { type: 'external_account', token_url: `${cloud.google.url}/v1/token` },
      });
      // On a loaded machine the (2 s) CI token the library read may expire before STS sees it; a
      // second read gets the refresher's next one.
      const sdkStep = () => googleAuthLibrary(cloud.google, { ...jobEnv(), ...Object.fromEntries(run.env) });
      let sdk = await sdkStep();
      for (let retry = 0; retry < 2 && sdk.code !== 0; retry++) sdk = await sdkStep();
      expect(sdk.stderr).toBe('');
      expect(sdk.code).toBe(0);
      expect(cloud.google.resourceCalls.at(-1)).toMatchObject({ serviceAccount: trust.serviceAccount });
      expect(cloud.google.issued.at(-1)?.delegates).toEqual([relay]);

      const post = await postStep(job, run);
      cleaned = true;
      expect(post.exitCode).toBe(0);
      // The refresher's story, printed by the post step, counts the ID token's renewals.
      expect(post.stdout).toMatch(/gcp id token file: [1-9]\d* renewal\(s\)/);
      expect(existsSync(file)).toBe(false);
    } finally {
      // A failed check must not leave the refresher minting tokens for the next test.
      if (started && !cleaned) await postStep(job, started);
      restore();
    }
  });

  it('names the chain and prints every Token Creator binding when a delegate lacks its own', async () => {
    trustDelegates(cloud, trust, [relay], { missingOn: trust.serviceAccount });
    const run = await main(newJob(), {
      'gcp-delegates': `projects/-/serviceAccounts/${relay}`,
      'gcp-id-token-audience': cloudRun.url,
      refresh: 'false',
    });
    expect(run.exitCode).toBe(1);
    expect(run.env.size).toBe(0);
    expect(run.outputs.size).toBe(0);
    expect(run.stdout).toContain('[GCP_PERMISSION_DENIED]');
    expect(run.stdout).toContain(`for ${trust.serviceAccount} through ${relay}`);
    expect(run.stdout).toContain('denied on resource (or it may not exist)');
    expect(run.stdout).toContain(
      `gcloud iam service-accounts add-iam-policy-binding '${relay}' --role=roles/iam.serviceAccountTokenCreator --member='${trust.principal}'`,
    );
    expect(run.stdout).toContain(
      `gcloud iam service-accounts add-iam-policy-binding '${trust.serviceAccount}' --role=roles/iam.serviceAccountTokenCreator --member='serviceAccount:${relay}'`,
    );
  });

  it('warns about an audience that is not a URL, which Cloud Run then refuses', async () => {
    const run = await main(newJob(), { 'gcp-id-token-audience': 'my-service', refresh: 'false' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::gcp-id-token-audience 'my-service' is neither a URL nor an OAuth client id/,
    );
    expect(decodeJwt(run.outputs.get('gcp-id-token') ?? '')).not.toHaveProperty('email');
    const later = await callCloudRun(run);
    expect(later.stdout).toBe('401');
    expect(cloudRun.calls.at(-1)?.error).toContain('aud');
  });

  it('refuses an ID token or a chain without a service account, before any request', async () => {
    const before = cloud.github.issued.length;
    const run = await main(newJob(), {
      'gcp-service-account': '',
      'gcp-id-token-audience': cloudRun.url,
      'gcp-delegates': 'projects/octo-project/serviceAccounts/relay@octo-project.iam.gserviceaccount.com',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      'Input `gcp-id-token-audience` needs `gcp-service-account`, but that is empty',
    );
    expect(run.stdout).toContain('Input `gcp-delegates` must be service account e-mails');
    expect(run.stdout).toContain('`projects/-/serviceAccounts/<e-mail>`');
    expect(cloud.github.issued.length).toBe(before);
  });

  it('as the per-target action: the unprefixed inputs, and the dry run prints the chain’s bindings', async () => {
    trustDelegates(cloud, trust, [relay]);
    const inputs = {
      'workload-identity-provider': trust.provider,
      'service-account': trust.serviceAccount,
      'sts-endpoint': cloud.google.url,
      'iam-credentials-endpoint': cloud.google.url,
      delegates: relay,
      'id-token-audience': cloudRun.url,
      refresh: 'false',
      issuer: cloud.issuer.issuer,
      subject,
    };
    const uses = 'octo-org/oidc-exchange/actions/gcp@v1';
    const run = await runAction({ uses, inputs, env: jobEnv() });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.get('gcp-id-token')).toBe(cloud.google.idTokens.at(-1)?.token);
    expect((await callCloudRun(run)).stdout).toBe('200');

    const dry = await runAction({ uses, inputs: { ...inputs, 'dry-run': 'true' }, env: jobEnv() });
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout).toContain(
      `add-iam-policy-binding '${relay}' --role=roles/iam.serviceAccountTokenCreator --member='${trust.principal}' && gcloud iam service-accounts add-iam-policy-binding '${trust.serviceAccount}' --role=roles/iam.serviceAccountTokenCreator --member='serviceAccount:${relay}'`,
    );
  });
});
