/**
 * The documentation's workflow and pipeline examples are tests (test/support/readme-examples.ts
 * finds them in README.md and docs/*.md). Each runs as written against the one loopback fake cloud
 * of this file: the fake job is the job the example describes (repository, environment, branch;
 * the Azure DevOps organisation, project, pipeline and connection), the fake clouds trust the
 * example's own ids, and the harness redirects only endpoints — `issuer`, the Entra authority, the
 * STS endpoint, the Databricks host, Google STS and IAM Credentials — never ids, subjects or
 * scopes. A later step runs a real client of its kind: the AWS CLI for `aws …` (as `aws sts
 * get-caller-identity`, there being no fake S3; once per profile for `aws --profile <name>`,
 * which a script like `./deploy.sh` stands for when its comment names those commands),
 * google-auth-library's Application Default Credentials for `gcloud …` (gcloud is not installed;
 * it reads the same `external_account` file), the Databricks SDK for `databricks …` (the Databricks CLI is not installed), and
 * @azure/identity's WorkloadIdentityCredential in Node for `az …`, `python …` with
 * DefaultAzureCredential and Terraform (Python's azure-identity and the providers are not
 * installed; it is what DefaultAzureCredential uses with these variables). Examples run one after
 * another: each sets the shared fake job.
 */
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { defaultJob } from '../fakes/github-claims.ts';
import { INPUTS } from '../../src/core/inputs.js';
import { isTargetAction, targetActionNames } from '../../src/runtimes/github/target-action.js';
import { actionPathOf } from '../support/action-manifest.ts';
import { laterClients } from '../support/doc-example-clients.ts';
import { docExampleTrust, type Identity } from '../support/doc-example-trust.ts';
import { laterStepEnv } from '../support/later-steps.ts';
import { docExamples, type DocExample } from '../support/readme-examples.ts';
import { newJob, runAction, type ActionRun } from '../support/run-action.ts';
import { runTask } from '../support/run-task.ts';
import { endpointFor } from '../support/task-expectations.ts';
import { adoTokenFacts } from '../support/trust-azure-devops.ts';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';

let cloud: FakeCloud;
let trust: (who: Identity) => void;
beforeAll(async () => {
  cloud = await startFakeCloud();
  trust = docExampleTrust(cloud);
});
afterAll(async () => {
  await cloud.close();
});

const examples = docExamples();
const runnable = examples.filter((e) => !e.illustrative);

type Step = Record<string, unknown> & { uses?: string; run?: string; script?: string; task?: string };
const text = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
const stringMap = (v: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((v ?? {}) as Record<string, unknown>).map(([k, x]) => [k, text(x)]));

async function runGithub(example: DocExample): Promise<string[]> {
  const parsed = parse(example.text) as
    | Step[]
    | { on?: unknown; jobs?: Record<string, { environment?: unknown; steps: Step[] }>; steps?: Step[] };
  // A bare list is a job's steps.
  const doc = Array.isArray(parsed) ? { steps: parsed } : parsed;
  const jobs = 'jobs' in doc && doc.jobs ? Object.values(doc.jobs) : [{ steps: doc.steps ?? [] }];
  const on = doc.on as { push?: { branches?: string[] } } | undefined;
  const ran: string[] = [];
  for (const job of jobs) {
    const environment = job.environment as string | { name: string } | undefined;
    const fakeJob = { ...defaultJob(), ref: `refs/heads/${on?.push?.branches?.[0] ?? 'main'}` };
    fakeJob.environment = typeof environment === 'object' ? environment.name : environment;
    const runnerJob = newJob();
    const awsProfiles = new Map<string, string>();
    let who: Identity | undefined;
    const runs: ActionRun[] = [];
    for (const step of job.steps) {
      if (step.uses && /\/oidc-exchange(\/|@)/.test(step.uses)) {
        const uses = step.uses;
        const path = actionPathOf(uses);
        const target = path.replace('actions/', '');
        const names = isTargetAction(target) ? targetActionNames(target, INPUTS) : undefined;
        const given = stringMap(step.with);
        const full = (name: string) =>
          [...(names ?? new Map<string, string>())].find(([, own]) => own === name)?.[0] ?? name;
        const read = (name: string) => Object.entries(given).find(([n]) => full(n) === name)?.[1];
        const repository = /^repo:([^:]+):/.exec(read('subject') ?? '')?.[1];
        if (repository) fakeJob.repository = repository;
        cloud.github.job = fakeJob;
        const subject = read('subject') ?? `repo:${fakeJob.repository}:ref:${fakeJob.ref}`;
        who = {
          issuer: cloud.issuer.issuer,
          subject,
          audiences: ['api://AzureADTokenExchange'],
          clientId:
            read('azure-client-id') ??
            (read('databricks-mode') === 'entra' ? read('databricks-client-id') : undefined),
          tenantId: read('azure-tenant-id'),
          roleArn: read('aws-role-arn'),
          databricksClientId: read('databricks-client-id'),
          gcpProvider: read('gcp-workload-identity-provider'),
          gcpServiceAccount: read('gcp-service-account'),
          awsProfiles,
        };
        const profile = read('aws-profile');
        if (profile && who.roleArn) awsProfiles.set(profile, who.roleArn);
        trust(who);
        // Endpoints only: the harness's redirection to the fake cloud.
        const own = (name: string) => names?.get(name) ?? name;
        const endpoints: Record<string, string> = { [own('issuer')]: cloud.issuer.issuer };
        if (who.clientId) endpoints[own('azure-authority-host')] = cloud.entra.authorityHost;
        if (who.roleArn) endpoints[own('aws-sts-endpoint')] = cloud.sts.endpoint;
        if (read('databricks-host')) endpoints[own('databricks-host')] = cloud.databricks.workspaceHost;
        if (who.gcpProvider) {
          endpoints[own('gcp-sts-endpoint')] = cloud.google.url;
          endpoints[own('gcp-iam-credentials-endpoint')] = cloud.google.url;
        }
        const run = await runAction({
          uses,
          job: runnerJob,
          inputs: { ...given, ...endpoints },
          env: {
            // What the earlier steps wrote to GITHUB_ENV, as the runner hands it on.
            ...Object.fromEntries(runs.flatMap((r) => [...r.env])),
            ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
          },
        });
        expect(run.stdout).not.toContain('::error::');
        expect(run.exitCode).toBe(0);
        expect(run.outputs.get('subject')).toBe(subject);
        runs.push(run);
        ran.push(uses);
      } else if (step.uses) {
        throw new Error(
          `${example.where}: no stand-in for the action ${step.uses}: mark the example illustrative`,
        );
      } else if (step.run && who) {
        // YAML drops a comment; the line's own comment says what a script like ./deploy.sh runs.
        const run = step.run;
        const line = example.text.split('\n').find((l) => l.includes(`run: ${run}`)) ?? '';
        const comment = /\s#\s(.*)$/.exec(line)?.[1] ?? '';
        for (const [name, client] of laterClients(cloud, `${run} ${comment}`)) {
          await client(laterStepEnv(...runs), who);
          ran.push(name);
        }
      }
    }
  }
  return ran;
}

const connections = new Map<string, AdoServiceConnection>();
const AWS_TOOLKIT = /^(S3Upload|S3Download|AWSCLI|AWSShellScript|AWSPowerShellModuleScript)@1$/;

async function runAzureDevOps(example: DocExample): Promise<string[]> {
  const doc = parse(example.text) as Step[] | { steps: Step[] };
  const steps = Array.isArray(doc) ? doc : doc.steps;
  const ran: string[] = [];
  let who: Identity | undefined;
  let variables: Record<string, { value: string; secret: boolean }> = {};
  for (const step of steps) {
    if (step.task && /^OidcExchange@1$/.test(step.task)) {
      const given = stringMap(step['inputs']);
      const { azureSubscription, ...inputs } = given;
      let connection: AdoServiceConnection | undefined;
      if (azureSubscription) {
        connection =
          connections.get(azureSubscription) ??
          cloud.azureDevOps.addConnection({ name: azureSubscription, family: 'vstoken' });
        connections.set(azureSubscription, connection);
      }
      const pipelineSubject = /^p:\/\/([^/]+)\/([^/]+)\/(.+)$/.exec(inputs['subject'] ?? '');
      if (pipelineSubject) {
        const [, organization, project, pipeline] = pipelineSubject as unknown as [
          string,
          string,
          string,
          string,
        ];
        Object.assign(cloud.azureDevOps.pipeline, { organization, project, pipeline });
      }
      const facts = adoTokenFacts(cloud, connection);
      who = {
        issuer: facts.issuer,
        subject: facts.subject,
        audiences: [facts.audience],
        clientId: connection?.clientId,
        tenantId: connection?.tenantId,
        roleArn: inputs['awsRoleArn'],
        databricksClientId: inputs['databricksClientId'],
        gcpProvider: inputs['gcpWorkloadIdentityProvider'],
        gcpServiceAccount: inputs['gcpServiceAccount'],
        gcpAudiences: [facts.audience],
      };
      trust(who);
      const endpoints: Record<string, string> = { issuer: facts.issuer };
      if (who.roleArn) endpoints['awsStsEndpoint'] = cloud.sts.endpoint;
      if (inputs['databricksHost']) endpoints['databricksHost'] = cloud.databricks.workspaceHost;
      if (who.gcpProvider) {
        endpoints['gcpStsEndpoint'] = cloud.google.url;
        endpoints['gcpIamCredentialsEndpoint'] = cloud.google.url;
      }
      const run = await runTask({
        cloud,
        ...(connection ? { endpoint: endpointFor(cloud, connection) } : {}),
        inputs: { ...inputs, ...endpoints },
      });
      expect(run.errors).toEqual([]);
      expect(run.result?.result ?? 'Succeeded').toBe('Succeeded');
      expect(run.exitCode).toBe(0);
      variables = Object.fromEntries([...run.variables].filter(([, v]) => !v.output).map(([n, v]) => [n, v]));
      ran.push(step.task);
    } else if (step.task && AWS_TOOLKIT.test(step.task)) {
      // The AWS Toolkit's tasks read these variables (no fake S3 here): they must be set, secret.
      for (const name of ['AWS.AccessKeyID', 'AWS.SecretAccessKey', 'AWS.SessionToken'])
        expect(variables[name], `${step.task} needs ${name}`).toMatchObject({ secret: true });
      ran.push(`${step.task} (its variables)`);
    } else if (step.task) {
      throw new Error(
        `${example.where}: no stand-in for the task ${step.task}: mark the example illustrative`,
      );
    } else if (step.script && who) {
      // A script gets the plain variables; a secret one only where its `env:` maps it.
      const mapped = stringMap(step['env']);
      const env: Record<string, string | undefined> = {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
        SYSTEM_OIDCREQUESTURI: cloud.azureDevOps.oidcRequestUri,
        SYSTEM_COLLECTIONID: cloud.azureDevOps.collectionId,
        SYSTEM_COLLECTIONURI: cloud.azureDevOps.collectionUri,
        SYSTEM_PLANID: cloud.azureDevOps.planId,
        SYSTEM_JOBID: cloud.azureDevOps.jobId,
        SYSTEM_TEAMPROJECTID: cloud.azureDevOps.pipeline.projectId,
        SYSTEM_HOSTTYPE: 'build',
        ...Object.fromEntries(
          Object.entries(variables)
            .filter(([, v]) => !v.secret)
            .map(([n, v]) => [n, v.value]),
        ),
      };
      for (const [name, value] of Object.entries(mapped)) {
        const source = /^\$\((.+)\)$/.exec(value)?.[1];
        if (source === 'System.AccessToken') env[name] = cloud.azureDevOps.accessToken;
        else if (source) env[name] = variables[source]?.value;
      }
      for (const [name, client] of laterClients(cloud, step.script)) {
        await client(env, who);
        ran.push(name);
      }
    }
  }
  return ran;
}

describe('documentation examples', () => {
  it('are each run below or marked illustrative with a reason', () => {
    const illustrative = examples.filter((e) => e.illustrative);
    console.log(
      `documentation examples: ${examples.length}, run: ${runnable.length}, illustrative: ${illustrative.length}` +
        illustrative.map((e) => `\n  ${e.where}: ${e.illustrative}`).join(''),
    );
    expect(runnable.length).toBeGreaterThanOrEqual(6);
    expect(illustrative.every((e) => (e.illustrative ?? '').length > 10)).toBe(true);
  });

  for (const example of runnable) {
    it(`${example.where} (${example.kind})`, async () => {
      const ran = example.kind === 'github' ? await runGithub(example) : await runAzureDevOps(example);
      console.log(`${example.where}: ${ran.join(' → ')}`);
      expect(ran.length).toBeGreaterThan(1); // the step and at least one later step using it
    });
  }
});
