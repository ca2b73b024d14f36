/**
 * The Azure DevOps task minting a Google ID token through a delegation chain (`gcpIdTokenAudience`,
 * `gcpDelegates`, `gcpIdTokenIncludeEmail`) with a service connection's token, under Node 20 with
 * `refresh`: the secret output `gcpIdToken`, the masked token, GCP_ID_TOKEN_FILE kept fresh over
 * several (fake, short) lifetimes, and a later script step calling a Cloud Run stand-in that
 * verifies the token against the fake's keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADO_AUDIENCE, type AdoServiceConnection } from '../fakes/azure-devops-claims.ts';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { uniqueIdOf } from '../fakes/google-id-token.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import {
  CALL_WITH_ID_TOKEN_FILE,
  callUntilAccepted,
  startCloudRun,
  type CloudRunStandIn,
} from '../support/cloud-run-stand-in.ts';
import { findNode20 } from '../support/node20.ts';
import { spawnNode } from '../support/run-action.ts';
import { runTask, type TaskRun } from '../support/run-task.ts';
import { endpointFor } from '../support/task-expectations.ts';
import { adoTokenFacts, trustAzureDevOps } from '../support/trust-azure-devops.ts';
import { trustDelegates, trustGoogle } from '../support/trust-google.ts';
import { until } from '../support/until.ts';

const LIFETIME = 2;
const relay = 'relay@octo-project.iam.gserviceaccount.com';
let cloud: FakeCloud;
let cloudRun: CloudRunStandIn;
let connection: AdoServiceConnection;

beforeAll(async () => {
  cloud = await startFakeCloud();
  cloudRun = await startCloudRun(cloud.google.jwksUrl);
  connection = cloud.azureDevOps.addConnection({
    name: 'gcp-wif',
    family: 'vstoken',
    clientId: '4c2e0000-0000-4000-8000-0000000000c4',
  });
  trustAzureDevOps(cloud, connection);
});
afterAll(async () => {
  await cloudRun.close();
  await cloud.close();
});

function postJob(run: TaskRun) {
  return runTask({
    cloud,
    agentTemp: run.agentTemp,
    entry: 'post',
    env: Object.fromEntries(
      [...run.taskVariables].map(([name, value]) => [`VSTS_TASKVARIABLE_${name}`, value]),
    ),
  });
}

describe('Azure DevOps task → Google ID token', () => {
  it('mints it through the chain, as a secret output and a file kept fresh that Cloud Run accepts lifetimes later', async () => {
    const facts = adoTokenFacts(cloud, connection);
    cloud.google.reset();
    const trust = trustGoogle(cloud, facts.subject, { issuer: facts.issuer, audiences: [ADO_AUDIENCE] });
    trustDelegates(cloud, trust, [relay]);
    const restore = shortLifetimes(cloud, LIFETIME);
    let started: TaskRun | undefined;
    let cleaned = false;
    try {
      const run = await runTask({
        cloud,
        node: findNode20(),
        endpoint: endpointFor(cloud, connection),
        inputs: {
          gcpWorkloadIdentityProvider: trust.provider,
          gcpServiceAccount: trust.serviceAccount,
          gcpStsEndpoint: cloud.google.url,
          gcpIamCredentialsEndpoint: cloud.google.url,
          gcpDelegates: relay,
          gcpIdTokenAudience: cloudRun.url,
          gcpIdTokenIncludeEmail: 'true',
          issuer: facts.issuer,
          subject: facts.subject,
        },
      });
      started = run;
      expect(run.errors).toEqual([]);
      expect(run.result).toMatchObject({ result: 'Succeeded' });
      const token = cloud.google.idTokens.at(-1)?.token ?? '';
      expect(run.variables.get('gcpIdToken')).toMatchObject({ secret: true, output: true, value: token });
      const masks = run.commands.filter((c) => c.name === 'task.setsecret').map((c) => c.message);
      expect(masks).toContain(token);
      expect(run.stdout.indexOf(`##vso[task.setsecret]${token}`)).toBe(run.stdout.indexOf(token) - 21);
      expect(decodeJwt(token)).toMatchObject({
        iss: 'https://accounts.google.com',
        aud: cloudRun.url,
        sub: uniqueIdOf(trust.serviceAccount),
        email: trust.serviceAccount,
        email_verified: true,
      });
      expect(cloud.google.idTokens.at(-1)?.delegates).toEqual([relay]);
      const file = run.variables.get('GCP_ID_TOKEN_FILE')?.value ?? '';
      expect(file.startsWith(run.agentTemp)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(token);
      expect(run.summaries[0]).toContain(`${relay} →`);

      const since = Date.now();
      const minted = cloud.google.idTokens.length;
      await until(
        () => Date.now() - since > 3 * LIFETIME * 1000 && cloud.google.idTokens.length >= minted + 3,
      );
      const later = () =>
        spawnNode(process.execPath, ['-e', CALL_WITH_ID_TOKEN_FILE], {
          PATH: process.env['PATH'],
          GCP_ID_TOKEN_FILE: file,
          CLOUD_RUN_URL: cloudRun.url,
        });
      expect((await callUntilAccepted(later)).at(-1)).toBe('200');
      expect(Number(cloudRun.calls.at(-1)?.claims?.iat) * 1000).toBeGreaterThanOrEqual(since - 1000);

      const post = await postJob(run);
      cleaned = true;
      expect(post.exitCode).toBe(0);
      expect(existsSync(file)).toBe(false);
    } finally {
      // A failed check must not leave the refresher running into the next test file's time.
      if (started && !cleaned) await postJob(started);
      restore();
    }
  });
});
