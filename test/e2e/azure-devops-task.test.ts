/**
 * The Azure DevOps task's committed bundle, spawned as the agent spawns it (test/support/run-task.ts)
 * under Node 24 and Node 20 (the task's two handlers), against the fake Azure DevOps oidctoken
 * endpoint, Entra and STS. What is checked is what the agent reads: the `##vso[…]` lines (variables
 * and their secret / output flags, setsecret before any print of a value, the task result), the
 * uploaded summary, and the files left in the agent's temp folder. Every failure sets nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCloud } from '../fakes/cloud.ts';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import { findNode20 } from '../support/node20.ts';
import { runTask } from '../support/run-task.ts';
import {
  awsInputs as awsInputsFor,
  endpointFor as endpointOf,
  expectNothingSet,
  expectSecretsMaskedFirst,
  startTaskCloud,
  subscriptionId,
} from '../support/task-expectations.ts';

let cloud: FakeCloud;
let entraConnection: AdoServiceConnection;
let entraSubject: string;

beforeAll(async () => {
  ({ cloud, entraConnection, entraSubject } = await startTaskCloud());
});
afterAll(async () => {
  await cloud.close();
});

const endpointFor = (connection: AdoServiceConnection, extra = {}) => endpointOf(cloud, connection, extra);
const awsInputs = () => awsInputsFor(cloud);

const nodes: Array<[string, () => string]> = [
  ['Node 24', () => process.execPath],
  ['Node 20', findNode20],
];

describe.each(nodes)('the task under %s', (_label, node) => {
  it('exchanges the Entra-issued connection token for Azure and AWS in one step (the issue’s example)', async () => {
    const before = cloud.azureDevOps.requests.length;
    const entraBefore = cloud.entra.requests.length;
    const run = await runTask({
      cloud,
      node: node(),
      endpoint: endpointFor(entraConnection),
      // The static keys this test checks; with `refresh` (the default) AWS gets a profile instead
      // (azure-devops-refresh.test.ts).
      inputs: { ...awsInputs(), subject: entraSubject, refresh: 'false' },
    });
    // Under Node 20 the AWS SDK warns that its 2027 releases will need Node 22; nothing else is on stderr.
    expect(
      run.stderr.replace(
        /\(node:\d+\) Warning: NodeVersionSupportWarning[^]*?--trace-warnings \.\.\.` to show where the warning was created\)\n/,
        '',
      ),
    ).toBe('');
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);

    const v = (name: string) => run.variables.get(name);
    expect(v('AZURE_CLIENT_ID')).toEqual({ value: entraConnection.clientId, secret: false, output: false });
    expect(v('AZURE_TENANT_ID')?.value).toBe(entraConnection.tenantId);
    expect(v('AZURE_SUBSCRIPTION_ID')?.value).toBe(subscriptionId);
    expect(v('ARM_USE_OIDC')?.value).toBe('true');
    // Terraform mints its own tokens for the whole job from these (with SYSTEM_ACCESSTOKEN mapped).
    expect(v('ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID')?.value).toBe(entraConnection.id);
    expect(v('AZURESUBSCRIPTION_CLIENT_ID')?.value).toBe(entraConnection.clientId);
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
      expect(v(name)).toMatchObject({ secret: true, output: false });
    expect(v('AWS_ACCESS_KEY_ID')?.value).toMatch(/^ASIA/);
    expect(v('AWS_REGION')).toEqual({ value: 'eu-west-1', secret: false, output: false });
    // The AWS Toolkit's tasks read these.
    expect(v('AWS.AccessKeyID')).toEqual({ ...v('AWS_ACCESS_KEY_ID'), output: false });
    expect(v('AWS.SecretAccessKey')?.secret).toBe(true);
    expect(v('AWS.SessionToken')?.secret).toBe(true);
    // Step outputs: output variables in camelCase.
    expect(v('azureAccessToken')).toMatchObject({ secret: true, output: true });
    expect(v('awsAccessKeyId')).toMatchObject({ secret: true, output: true });
    expect(v('subject')).toEqual({ value: entraSubject, secret: false, output: true });
    expect(Date.parse(v('expiresAt')?.value ?? '')).toBeGreaterThan(Date.now());
    expectSecretsMaskedFirst(run);
    // The job access token is masked on the very first line, before azure-pipelines-task-lib loads
    // (its debug lines print endpoint parameters and variables).
    expect(run.stdout.split('\n')[0]).toBe(`##vso[task.setsecret]${cloud.azureDevOps.accessToken}`);

    // The ID token is in no variable; the federated token file holds it, 0600, in the agent's temp folder.
    const adoTokens = cloud.azureDevOps.issued.map((t) => t.token);
    for (const variable of run.variables.values())
      for (const token of adoTokens) expect(variable.value).not.toContain(token);
    const tokenFile = v('AZURE_FEDERATED_TOKEN_FILE')?.value ?? '';
    expect(tokenFile.startsWith(`${run.agentTemp}/oidc-exchange-`)).toBe(true);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(adoTokens).toContain(readFileSync(tokenFile, 'utf8'));

    // The oidctoken request as Azure DevOps wants it, for the connection by id.
    const asked = cloud.azureDevOps.requests.slice(before);
    expect(asked.length).toBeGreaterThanOrEqual(1);
    for (const r of asked) {
      expect(r.method).toBe('POST');
      expect(r.query).toEqual({ 'api-version': '7.1', serviceConnectionId: entraConnection.id });
      expect(r.headers['authorization']).toBe(`Bearer ${cloud.azureDevOps.accessToken}`);
      expect(r.headers['x-tfs-fedauthredirect']).toBe('Suppress');
    }
    // Entra was reached at the connection's authority, for the connection's tenant.
    const tokenRequests = cloud.entra.requests.slice(entraBefore).filter((r) => r.method === 'POST');
    expect(tokenRequests.map((r) => r.path)).toContain(`/${entraConnection.tenantId}/oauth2/v2.0/token`);

    expect(run.summaries).toHaveLength(1);
    expect(run.summaries[0]).toContain('credentials issued');
    expect(run.summaries[0]).toContain(entraSubject);
    expect(run.summaries[0]).toContain('AWS_SECRET_ACCESS_KEY');
  });

  it('fails clearly on a refused access token, without the sign-in page, and sets nothing', async () => {
    const run = await runTask({
      cloud,
      node: node(),
      endpoint: endpointFor(entraConnection),
      inputs: awsInputs(),
      env: { ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: 'not-the-job-access-token-0123456789' },
    });
    expectNothingSet(run);
    expect(run.result?.message).toMatch(/refused the job access token/);
    expect(run.stdout).not.toMatch(/<html|<!DOCTYPE/i);
    expect(run.summaries[0]).not.toMatch(/<html|<!DOCTYPE/i);
  });
});

describe('the task', () => {
  it('with a connection id Azure DevOps does not know, refuses the pipeline token it falls back to', async () => {
    const unknown = { ...entraConnection, id: '0badc0de-0000-4000-8000-000000000000' };
    const run = await runTask({ cloud, endpoint: endpointFor(unknown), inputs: awsInputs() });
    expectNothingSet(run);
    expect(run.result?.message).toMatch(/service connection/i);
    expect(run.result?.message).toMatch(/p:\/\//);
    expect(run.errors).toHaveLength(1);
  });

  it('says which of the agent’s variables is missing when the job cannot ask for a token', async () => {
    const noUri = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection),
      inputs: awsInputs(),
      env: { SYSTEM_OIDCREQUESTURI: undefined },
    });
    expectNothingSet(noUri);
    expect(noUri.result?.message).toContain('[TOKEN_REQUEST_UNAVAILABLE]');
    expect(noUri.result?.message).toContain('System.OidcRequestUri');
    const noAccessToken = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection),
      inputs: awsInputs(),
      env: {
        ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: undefined,
        ENDPOINT_AUTH_SYSTEMVSSCONNECTION: undefined,
      },
    });
    expectNothingSet(noAccessToken);
    expect(noAccessToken.result?.message).toContain('no access token');
  });

  it('names both subjects before any exchange when the token is not the expected one', async () => {
    const sts = cloud.sts.requests.length;
    const entra = cloud.entra.requests.filter((r) => r.method === 'POST').length;
    const run = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection),
      inputs: { ...awsInputs(), subject: 'sc://contoso/web/another-connection' },
    });
    expectNothingSet(run);
    expect(run.result?.message).toContain('sc://contoso/web/another-connection');
    expect(run.result?.message).toContain(entraSubject);
    expect(cloud.sts.requests.length).toBe(sts);
    expect(cloud.entra.requests.filter((r) => r.method === 'POST').length).toBe(entra);
  });

  it('sets nothing when one target fails while the other succeeds', async () => {
    const run = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection),
      inputs: { ...awsInputs(), awsRoleArn: 'arn:aws:iam::123456789012:role/not-trusted' },
    });
    expectNothingSet(run);
    expect(run.result?.message).toMatch(/^\[AWS_/);
    expect(run.taskVariables.get('OIDC_EXCHANGE_TEMP_DIR')).toBeDefined();
  });

  it('refuses a connection that is not workload identity federation, naming the input', async () => {
    const run = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection, { scheme: 'ServicePrincipal' }),
      inputs: awsInputs(),
    });
    expectNothingSet(run);
    expect(run.result?.message).toContain(
      'Input `azureSubscription` must be a service connection using workload',
    );
    expect(run.result?.message).toContain("'ServicePrincipal'");
  });

  it('reports every bad input at once, by its task name, before any request', async () => {
    const before = cloud.azureDevOps.requests.length;
    const run = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection),
      inputs: { awsRoleArn: 'deploy', awsRegion: '', awsDurationSeconds: '60' },
    });
    expectNothingSet(run);
    expect(run.result?.message).toContain('Input `awsRoleArn` must be a role ARN');
    expect(run.result?.message).toContain('Input `awsRegion` is required for AWS');
    expect(run.result?.message).toContain(
      'Input `awsDurationSeconds` must be a whole number from 900 to 43200',
    );
    expect(run.result?.message).not.toContain('aws-role-arn');
    expect(cloud.azureDevOps.requests.length).toBe(before);
  });

  // Two printing sites: the input error that quotes a bad value as given, and the claim error
  // that quotes the expected patterns beside the token's claim. runTask fails on any `##vso[` the
  // task did not write (the agent acts on the first of a line), e.g. from a raw print of either.
  it('never lets a value with ##vso[ or a line break become a command: an input error', async () => {
    const evil = 'x\n##vso[task.setvariable variable=EVIL]pwned\r\n##vso[task.complete result=Succeeded]';
    const run = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection),
      inputs: { ...awsInputs(), awsSessionName: evil },
    });
    expectNothingSet(run);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^\[INPUT_INVALID\] Input `awsSessionName` must be/);
    expect(run.errors[0]).toContain('task.setvariable variable=EVIL]pwned');
    expect(run.commands.some((c) => c.properties['variable']?.startsWith('EVIL'))).toBe(false);
    expect(run.commands.filter((c) => c.name === 'task.complete').map((c) => c.properties['result'])).toEqual(
      ['Failed'],
    );
  });

  it('never lets a value with ##vso[ or a line break become a command: a claim error', async () => {
    const evil = 'sc://x\n##vso[task.setvariable variable=EVIL2]x\r\n##vso[task.complete result=Succeeded]';
    const sts = cloud.sts.requests.length;
    const run = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection),
      inputs: { ...awsInputs(), subject: evil },
    });
    expectNothingSet(run);
    // It reached the claim check, the site that prints the expected patterns beside the claim.
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^\[CLAIM_MISMATCH\] Claim `sub` of the OIDC token does not match: expected one of 'sc:\/\/x', /,
    );
    expect(run.errors[0]).toContain('task.setvariable variable=EVIL2]x');
    expect(run.errors[0]).toContain('task.complete result=Succeeded]');
    expect(run.commands.some((c) => c.properties['variable']?.startsWith('EVIL'))).toBe(false);
    expect(run.commands.filter((c) => c.name === 'task.complete').map((c) => c.properties['result'])).toEqual(
      ['Failed'],
    );
    expect(cloud.sts.requests.length).toBe(sts);
  });

  it('dry run: a mid-line ##vso[ in what it explains reaches the log inert', async () => {
    // The dry run prints the expectations beside the claims: the subject pattern lands mid-line,
    // where the agent still runs a command (runTask fails on any `##vso[` the task did not write).
    const evil = 'sc://x ##vso[task.setvariable variable=EVIL]pwned';
    const run = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection),
      inputs: { ...awsInputs(), subject: evil, dryRun: 'true' },
    });
    expect(run.result?.result).toBe('Succeeded');
    expect(run.stdout).toContain('task.setvariable variable=EVIL]pwned');
    expect(run.commands.filter((c) => c.name === 'task.setvariable')).toEqual([]);
  });
});
