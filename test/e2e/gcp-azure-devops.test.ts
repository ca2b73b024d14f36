/**
 * The Azure DevOps task with a Google Cloud target: a service connection's token (Azure DevOps
 * issuer) impersonating a service account with `refresh`, under Node 20, and google-auth-library as
 * a later script step several (fake, short) token lifetimes later; the pipeline's own token for
 * direct access. Azure DevOps issues its tokens for `api://AzureADTokenExchange`, so the provider
 * lists that audience.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADO_AUDIENCE, type AdoServiceConnection } from '../fakes/azure-devops-claims.ts';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import { findNode20 } from '../support/node20.ts';
import { googleAuthLibrary } from '../support/later-steps.ts';
import { runTask, type TaskRun } from '../support/run-task.ts';
import { endpointFor } from '../support/task-expectations.ts';
import { adoTokenFacts, trustAzureDevOps } from '../support/trust-azure-devops.ts';
import { trustGoogle } from '../support/trust-google.ts';
import { until } from '../support/until.ts';

const LIFETIME = 2;
let cloud: FakeCloud;
let connection: AdoServiceConnection;

beforeAll(async () => {
  cloud = await startFakeCloud();
  connection = cloud.azureDevOps.addConnection({
    name: 'gcp-wif',
    family: 'vstoken',
    clientId: '4c2e0000-0000-4000-8000-0000000000c3',
  });
  trustAzureDevOps(cloud, connection); // the connection also gives the task its Azure target
});
afterAll(async () => {
  await cloud.close();
});

function googleTaskInputs(provider: string, serviceAccount: string): Record<string, string> {
  return {
    gcpWorkloadIdentityProvider: provider,
    gcpServiceAccount: serviceAccount,
    gcpStsEndpoint: cloud.google.url,
    gcpIamCredentialsEndpoint: cloud.google.url,
  };
}

/** A later script step: the job's variables (none of the Google ones is secret). */
function laterStep(run: TaskRun) {
  return googleAuthLibrary(
    cloud.google,
    Object.fromEntries(
      [...run.variables].filter(([, v]) => !v.output && !v.secret).map(([name, v]) => [name, v.value]),
    ),
  );
}

/**
 * The credentials file and the token file it names: 0600 files in a 0700 folder of the agent's
 * temp folder (other users of a shared agent read neither).
 */
function expectPrivateFiles(run: TaskRun, credentialsFile: string) {
  expect(credentialsFile.startsWith(run.agentTemp)).toBe(true);
  const tokenFile = (
    JSON.parse(readFileSync(credentialsFile, 'utf8')) as { credential_source: { file: string } }
  ).credential_source.file;
  expect(tokenFile.startsWith(run.agentTemp)).toBe(true);
  for (const file of [credentialsFile, tokenFile]) {
    expect(statSync(file).mode & 0o777, file).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777, dirname(file)).toBe(0o700);
  }
}

describe('Azure DevOps task → Google Cloud', () => {
  it('impersonates with the connection’s token, and google-auth-library works lifetimes later', async () => {
    const facts = adoTokenFacts(cloud, connection);
    cloud.google.reset();
    const trust = trustGoogle(cloud, facts.subject, { issuer: facts.issuer, audiences: [ADO_AUDIENCE] });
    const restore = shortLifetimes(cloud, LIFETIME);
    try {
      const run = await runTask({
        cloud,
        node: findNode20(),
        endpoint: endpointFor(cloud, connection),
        inputs: {
          ...googleTaskInputs(trust.provider, trust.serviceAccount),
          issuer: facts.issuer,
          subject: facts.subject,
        },
      });
      expect(run.errors).toEqual([]);
      expect(run.result).toMatchObject({ result: 'Succeeded' });
      const token = run.variables.get('gcpAccessToken');
      expect(token).toMatchObject({ secret: true, output: true, value: cloud.google.issued.at(-1)?.token });
      const file = run.variables.get('GOOGLE_APPLICATION_CREDENTIALS')?.value ?? '';
      expectPrivateFiles(run, file);
      expect(run.variables.get('GOOGLE_CLOUD_PROJECT')?.value).toBe('octo-project');
      expect(run.summaries[0]).toContain(trust.serviceAccount);

      const since = Date.now();
      const minted = cloud.azureDevOps.issued.length;
      await until(
        () => Date.now() - since > 3 * LIFETIME * 1000 && cloud.azureDevOps.issued.length >= minted + 3,
      );
      const later = await laterStep(run);
      expect(later.stderr).toBe('');
      expect(later.code).toBe(0);
      expect(cloud.google.resourceCalls.at(-1)).toMatchObject({ serviceAccount: trust.serviceAccount });
      expect(Number(cloud.google.issued.at(-1)?.subjectTokenIssuedAt) * 1000).toBeGreaterThanOrEqual(
        since - 1000,
      );

      const post = await runTask({
        cloud,
        agentTemp: run.agentTemp,
        entry: 'post',
        env: Object.fromEntries(
          [...run.taskVariables].map(([name, value]) => [`VSTS_TASKVARIABLE_${name}`, value]),
        ),
      });
      expect(post.exitCode).toBe(0);
      expect(existsSync(file)).toBe(false);
    } finally {
      restore();
    }
  });

  it('uses the pipeline’s own token for direct access when no connection is given', async () => {
    const facts = adoTokenFacts(cloud, undefined);
    cloud.google.reset();
    const trust = trustGoogle(cloud, facts.subject, { issuer: facts.issuer, audiences: [ADO_AUDIENCE] });
    const run = await runTask({
      cloud,
      inputs: {
        ...googleTaskInputs(trust.provider, ''),
        gcpProjectId: 'octo-project',
        issuer: facts.issuer,
        subject: facts.subject,
        refresh: 'false',
      },
    });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    expect(run.variables.has('AZURE_CLIENT_ID')).toBe(false);
    const file = run.variables.get('GOOGLE_APPLICATION_CREDENTIALS')?.value ?? '';
    expectPrivateFiles(run, file);
    const credentials = readFileSync(file, 'utf8');
    expect(credentials).not.toContain('service_account_impersonation_url');
    const later = await laterStep(run);
    expect(later.code).toBe(0);
    expect(cloud.google.resourceCalls.at(-1)).toMatchObject({ principal: trust.principal });
  });
});
