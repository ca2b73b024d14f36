/**
 * `refresh` when renewal fails: the static keys' contract, kept longer. Role sessions and tokens
 * of SESSION seconds (renewal starts halfway), the real AWS CLI as the later step, faults injected
 * into the fakes while the refresher renews: a later call fails only when no valid credential
 * exists, the refresher keeps its port, every upstream text it relays is inert, and the post step
 * tells what happened.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import { stsErrors } from '../fakes/sts.ts';
import { forger } from '../support/forged-tokens.ts';
import { awsCli, laterStepEnv } from '../support/later-steps.ts';
import { newJob, runAction, type ActionRun, type RunnerJob } from '../support/run-action.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { sp, subject, trustEveryTarget } from '../support/trust.ts';
import { until } from '../support/until.ts';

const SESSION = 8;
let cloud: FakeCloud;
let restore: () => void;

beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
  restore = shortLifetimes(cloud, SESSION);
});
afterAll(async () => {
  restore();
  await cloud.close();
});

function main(job: RunnerJob, inputs: Record<string, string>) {
  return runAction({
    job,
    inputs: { issuer: cloud.issuer.issuer, subject, ...inputs },
    env: tokenRequestEnv(cloud),
  });
}

function post(job: RunnerJob, run: ActionRun) {
  return runAction({
    job,
    entry: 'post',
    env: Object.fromEntries([...run.state].map(([name, value]) => [`STATE_${name}`, value])),
  });
}

const callerIdentity = (run: ActionRun) =>
  awsCli(
    ['sts', 'get-caller-identity', '--output', 'json', '--endpoint-url', cloud.sts.endpoint],
    laterStepEnv(run),
  );
const assumeCalls = () =>
  cloud.sts.requests.filter((r) => r.form?.['Action'] === 'AssumeRoleWithWebIdentity');
const sessionsIssued = () => cloud.sts.issued.length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * For `ms`: the container endpoint asked every 200 ms as the CLI asks it (every answer must be
 * credentials), and two real `aws` calls started along the way (both must succeed; the CLI is slow
 * to start on a loaded machine, so two is what a short session affords). Returns the key ids served.
 */
async function laterCallsDuring(run: ActionRun, ms: number): Promise<Set<string>> {
  const uri = run.env.get('AWS_CONTAINER_CREDENTIALS_FULL_URI') ?? '';
  const authorization = run.env.get('AWS_CONTAINER_AUTHORIZATION_TOKEN') ?? '';
  const keys = new Set<string>();
  const cli = [callerIdentity(run), sleep(ms / 3).then(() => callerIdentity(run))];
  for (const end = Date.now() + ms; Date.now() < end; await sleep(200)) {
    const res = await fetch(uri, { headers: { authorization } });
    expect(res.status).toBe(200);
    keys.add(((await res.json()) as { AccessKeyId: string }).AccessKeyId);
  }
  for (const later of await Promise.all(cli)) expect([later.code, later.stderr]).toEqual([0, '']);
  return keys;
}

describe('refresh: renewal fails while a valid session is held', () => {
  it('an STS outage: every aws call succeeds on the held session, a handful of attempts, renewed once STS is back', async () => {
    const job = newJob();
    const run = await main(job, inputsFor(cloud, 'aws'));
    expect(run.exitCode).toBe(0);
    const [attempts, issued] = [assumeCalls().length, sessionsIssued()];
    // Renewal starts halfway through the session; STS answers 503 to the next 6 calls (more than
    // one renewal's worth of our client's own retries), then recovers.
    cloud.sts.failAction(
      'AssumeRoleWithWebIdentity',
      { status: 503, code: 'ServiceUnavailable', message: 'Service Unavailable' },
      6,
    );
    const served = await laterCallsDuring(run, SESSION * 1000);
    expect(served.has(run.outputs.get('aws-access-key-id') ?? '')).toBe(true); // the step's own session, held
    await until(() => sessionsIssued() > issued);
    expect(assumeCalls().length - attempts).toBeLessThanOrEqual(6 + 2);
    const later = await callerIdentity(run);
    expect([later.code, later.stderr]).toEqual([0, '']);

    const cleanup = await post(job, run);
    expect(cleanup.stdout).toContain('  It lived until the post step stopped it');
    expect(cleanup.stdout).toMatch(
      / {2}aws: [1-9]\d* renewal\(s\), [1-9]\d* failure\(s\);.*\[AWS_EXCHANGE_FAILED\].*ServiceUnavailable/,
    );
  }, 60_000);

  it('a forged token and a refusal during renewal: calls go on; the forged one never reaches STS', async () => {
    const job = newJob();
    const run = await main(job, inputsFor(cloud, 'aws'));
    expect(run.exitCode).toBe(0);
    const [fetched, issued] = [cloud.github.requests.length, sessionsIssued()];
    cloud.github.forge = forger(cloud, 'alg none');
    cloud.sts.failAction('AssumeRoleWithWebIdentity', stsErrors.accessDenied(), 1);
    const calling = laterCallsDuring(run, SESSION * 1000);
    try {
      await until(() => cloud.github.requests.length > fetched, SESSION * 1000); // the refresher got a forged token
    } finally {
      cloud.github.forge = undefined;
    }
    await calling;
    await until(() => sessionsIssued() > issued);
    for (const call of assumeCalls()) {
      const header = call.form?.['WebIdentityToken']?.split('.')[0] ?? '';
      expect((JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg: string }).alg).toBe('RS256');
    }
    const cleanup = await post(job, run);
    expect(cleanup.stdout).toMatch(/ {2}aws: [1-9]\d* renewal\(s\), [2-9] failure\(s\);/);
  }, 60_000);
});

describe('refresh: renewal refused for good', () => {
  it('the endpoint still answers, with the neutralised reason the CLI shows, and keeps its port; nothing reaches a log as a command', async () => {
    const job = newJob();
    const run = await main(job, inputsFor(cloud, 'aws'));
    expect(run.exitCode).toBe(0);
    const hostile =
      'Not authorized ::warning::x ##vso[task.setvariable variable=X]y\n::error::injected ##[error]z';
    const withdraw = cloud.sts.failAction(
      'AssumeRoleWithWebIdentity',
      { status: 403, code: 'AccessDenied', message: hostile },
      1000,
    );
    onTestFinished(withdraw);
    const uri = run.env.get('AWS_CONTAINER_CREDENTIALS_FULL_URI') ?? '';
    const authorization = run.env.get('AWS_CONTAINER_AUTHORIZATION_TOKEN') ?? '';
    let last = 0;
    await until(() => {
      void fetch(uri, { headers: { authorization } }).then(
        (res) => (last = res.status),
        () => undefined,
      );
      return last === 503;
    }, 30_000);

    const later = await callerIdentity(run);
    expect(later.code).not.toBe(0);
    expect(later.stderr).toContain('oidc-exchange: aws: renewal stopped after a refusal that persisted');
    expect(later.stderr).toContain('AccessDenied');
    for (const output of [later.stdout, later.stderr]) {
      expect(output).not.toMatch(/^\s*::/m);
      expect(output).not.toMatch(/##(vso)?\[/);
    }
    // The port is still the refresher's: it answers, and refuses a caller without the token.
    expect((await fetch(uri)).status).toBe(401);
    await sleep(200);

    const cleanup = await post(job, run); // the harness fails on any command the post step did not mean
    expect(cleanup.stdout).toContain('  It lived until the post step stopped it');
    expect(cleanup.stdout).toMatch(
      / {2}aws: .*renewal given up at \S+ after a refusal that persisted.*AccessDenied/,
    );
    expect(cleanup.stdout).not.toMatch(/^\s*::(warning|error)/m);
    expect(cleanup.stdout).not.toMatch(/##(vso)?\[/);
  }, 60_000);
});

describe('refresh: the Databricks metadata service during a token-endpoint outage', () => {
  it('keeps answering with the valid token it holds, and renews once the endpoint is back', async () => {
    const job = newJob();
    const run = await main(job, {
      'databricks-host': cloud.databricks.workspaceHost,
      'databricks-client-id': sp,
    });
    expect(run.exitCode).toBe(0);
    const ask = async () => {
      const res = await fetch(run.env.get('DATABRICKS_METADATA_SERVICE_URL') ?? '', {
        headers: {
          'x-databricks-metadata-version': '1',
          'x-databricks-host': cloud.databricks.workspaceHost,
        },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { access_token: string }).access_token;
    };
    const first = await ask();
    const issued = cloud.databricks.issued.length;
    // More than one renewal's worth of our client's own retries, less than the half life left.
    cloud.databricks.failNext(
      {
        status: 503,
        body: { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'down' },
        path: '/oidc/v1/token',
      },
      5,
    );
    const served = new Set<string>();
    for (const end = Date.now() + SESSION * 1000; Date.now() < end; await sleep(250)) served.add(await ask());
    expect(served.has(first)).toBe(true);
    await until(() => cloud.databricks.issued.length > issued);
    expect(await ask()).not.toBe(first);
    const cleanup = await post(job, run);
    expect(cleanup.stdout).toMatch(/ {2}databricks: [1-9]\d* renewal\(s\), [1-9]\d* failure\(s\);/);
  }, 60_000);
});
