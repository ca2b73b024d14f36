/**
 * The task's targets and contracts beyond the example: the pipeline token, the Azure DevOps
 * issuer, Databricks, the standard STS variable, a copy of the task folder run alone, and the
 * post-job cleanup (same harness as azure-devops-task.test.ts).
 */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCloud } from '../fakes/cloud.ts';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import { findNode20 } from '../support/node20.ts';
import { newAgentTemp, runTask, taskDir } from '../support/run-task.ts';
import {
  awsInputs as awsInputsFor,
  endpointFor as endpointOf,
  expectNothingSet,
  expectSecretsMaskedFirst,
  startTaskCloud,
} from '../support/task-expectations.ts';
import { signInAsAzureDevOpsOidc } from '../support/databricks-sdk-ado-oidc.ts';
import { adoSp, trustAzureDevOps } from '../support/trust-azure-devops.ts';

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

describe('the task', () => {
  it('with no connection, uses the pipeline token (p://) for AWS, under Node 20', async () => {
    const trust = trustAzureDevOps(cloud);
    const before = cloud.azureDevOps.requests.length;
    const run = await runTask({
      cloud,
      node: findNode20(),
      inputs: {
        ...awsInputs(),
        issuer: trust.issuer,
        subject: trust.subject,
        claims: 'rpo_ref=refs/heads/main',
        refresh: 'false', // the static keys (with `refresh`, a profile: azure-devops-refresh.test.ts)
      },
    });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    expect(run.variables.get('AWS_SESSION_TOKEN')?.secret).toBe(true);
    expect(run.variables.has('AZURE_CLIENT_ID')).toBe(false); // the task's Azure defaults ask for nothing
    expect(run.variables.has('ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID')).toBe(false);
    expect(cloud.azureDevOps.requests.slice(before).map((r) => r.query)).toEqual([{ 'api-version': '7.1' }]);
    expectSecretsMaskedFirst(run);
    trustAzureDevOps(cloud, entraConnection); // the role trusts the connection again for the next tests
  });

  it('accepts a connection on the Azure DevOps issuer (vstoken) when `issuer` names it', async () => {
    const connection = cloud.azureDevOps.addConnection({
      name: 'legacy-wif',
      family: 'vstoken',
      clientId: '4c2e0000-0000-4000-8000-0000000000c2',
    });
    const trust = trustAzureDevOps(cloud, connection);
    const run = await runTask({
      cloud,
      endpoint: endpointFor(connection),
      inputs: { ...awsInputs(), issuer: trust.issuer, subject: 'sc://contoso/web/legacy-wif' },
    });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    expect(run.variables.get('AZURE_CLIENT_ID')?.value).toBe(connection.clientId);
    expect(run.variables.get('subject')?.value).toBe('sc://contoso/web/legacy-wif');
    // The issuer migration (docs/trust.md): one warning line with the retirement date.
    const warnings = run.stdout.split('\n').filter((l) => l.includes('2027-07-01'));
    expect(warnings).toEqual([
      expect.stringMatching(/^##vso\[task\.(logissue type=warning|issue type=warning)/),
    ]);
    // …and the exact trust to add, from the connection's tenant though `issuer` names the old one.
    expect(warnings[0]).toContain(`/sc/${cloud.azureDevOps.collectionId}/${connection.id}'`);
    expect(warnings[0]).not.toContain('dry-run'); // the task's input is dryRun
    trustAzureDevOps(cloud, entraConnection);
  });

  it('dry run on the Azure DevOps issuer: the Entra-issuer trust beside the current one, as commands and Terraform', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'legacy-dry', family: 'vstoken' });
    const run = await runTask({
      cloud,
      endpoint: endpointFor(connection),
      inputs: { ...awsInputs(), issuer: cloud.azureDevOps.vstokenIssuer.issuer, dryRun: 'true' },
    });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    expect(run.commands.filter((c) => c.name === 'task.setvariable')).toEqual([]);
    const entra = cloud.azureDevOps.entraIssuer(connection.tenantId);
    const newSubject = `/sc/${cloud.azureDevOps.collectionId}/${connection.id}`;
    for (const text of [run.stdout, run.summaries.join('\n')]) {
      // Terraform: a provider per issuer, the role trusting both.
      expect(text).toContain(`url = "${cloud.azureDevOps.vstokenIssuer.issuer}"`);
      expect(text).toContain(`url = "${entra}"`);
      expect(text).toContain('Azure DevOps issuer migration: the Entra-issuer trust to add');
      expect(text).toContain('retired for Azure connections on 2027-07-01');
      expect(text).toMatch(new RegExp(`:sub" = "/eid1/c/pub/t/[^"]+${newSubject}"`));
      // The commands: the same two providers.
      expect(text).toContain(`create-open-id-connect-provider --url '${entra}'`);
    }
  });

  it('hands Databricks a secret token from the connection’s token', async () => {
    const databricks = { databricksHost: cloud.databricks.workspaceHost, databricksClientId: adoSp };
    const token = await runTask({ cloud, endpoint: endpointFor(entraConnection), inputs: databricks });
    expect(token.result?.result).toBe('Succeeded');
    expect(token.variables.get('DATABRICKS_TOKEN')).toMatchObject({ secret: true, output: false });
    expect(token.variables.get('DATABRICKS_HOST')?.value).toBe(cloud.databricks.workspaceHost);
    expect(token.variables.get('databricksToken')).toMatchObject({ secret: true, output: true });
    expectSecretsMaskedFirst(token);
  });

  it('hands Databricks the SDKs’ own Azure DevOps OIDC only for the pipeline token, which is what they mint', async () => {
    const databricks = { databricksHost: cloud.databricks.workspaceHost, databricksClientId: adoSp };
    // With a connection, the SDKs would present the pipeline's token, not the connection's: refused.
    const refused = await runTask({
      cloud,
      endpoint: endpointFor(entraConnection),
      inputs: { ...databricks, databricksAuth: 'oidc' },
    });
    expectNothingSet(refused);
    expect(refused.result?.message).toContain(
      'Input `databricksAuth` must be `token` with the service connection `azureSubscription`',
    );
    expect(refused.result?.message).toContain('azure-devops-oidc');

    const trust = trustAzureDevOps(cloud); // the pipeline token (p://), trusted by the federation policy
    const oidc = await runTask({
      cloud,
      inputs: { ...databricks, issuer: trust.issuer, databricksAuth: 'oidc' },
    });
    expect(oidc.result?.result).toBe('Succeeded');
    expect(oidc.variables.get('DATABRICKS_AUTH_TYPE')?.value).toBe('azure-devops-oidc');
    expect(oidc.variables.has('DATABRICKS_TOKEN')).toBe(false);
    // A later step with SYSTEM_ACCESSTOKEN mapped, signing in as the SDKs do: the token they mint is
    // the one this step checked (same subject), and Databricks accepts it.
    const ado = cloud.azureDevOps;
    const later = await signInAsAzureDevOpsOidc({
      ...Object.fromEntries([...oidc.variables].map(([name, v]) => [name, v.value])),
      SYSTEM_ACCESSTOKEN: ado.accessToken,
      SYSTEM_TEAMFOUNDATIONCOLLECTIONURI: ado.collectionUri,
      SYSTEM_TEAMPROJECTID: ado.pipeline.projectId,
      SYSTEM_HOSTTYPE: 'build',
      SYSTEM_PLANID: ado.planId,
      SYSTEM_JOBID: ado.jobId,
    });
    expect(ado.issued.find((t) => t.token === later.idToken)?.claims['sub']).toBe(
      oidc.variables.get('subject')?.value,
    );
    expect(later.status).toBe(200);
    expect(typeof later.body['access_token']).toBe('string');
    trustAzureDevOps(cloud, entraConnection);
  });

  it('runs from a copy of its folder alone, as the agent unpacks it (no node_modules anywhere above)', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'agent-tasks-')), 'OidcExchange_1.0.0');
    cpSync(taskDir, copy, { recursive: true });
    const run = await runTask({
      cloud,
      node: findNode20(),
      taskFolder: copy,
      endpoint: endpointFor(entraConnection),
      inputs: { ...awsInputs(), azureScopes: 'arm, keyvault' },
    });
    expect(run.result?.result).toBe('Succeeded');
    expect(run.variables.get('azureAccessTokenKeyvault')).toMatchObject({ secret: true, output: true });
  });

  it('its post-job step removes the files the main step wrote', async () => {
    const agentTemp = newAgentTemp();
    const main = await runTask({
      cloud,
      agentTemp,
      endpoint: endpointFor(entraConnection),
      inputs: { ...awsInputs(), subject: entraSubject },
    });
    expect(main.result?.result).toBe('Succeeded');
    const dir = main.taskVariables.get('OIDC_EXCHANGE_TEMP_DIR') ?? '';
    expect(existsSync(main.variables.get('AZURE_FEDERATED_TOKEN_FILE')?.value ?? '')).toBe(true);
    const set = main.taskVariables.get('OIDC_EXCHANGE_VARIABLES') ?? '';
    expect(set).toContain('AZURE_FEDERATED_TOKEN_FILE:plain');
    const post = await runTask({
      cloud,
      agentTemp,
      entry: 'post',
      taskVariables: { OIDC_EXCHANGE_TEMP_DIR: dir, OIDC_EXCHANGE_VARIABLES: set },
    });
    expect(post.exitCode).toBe(0);
    expect(post.result).toEqual({ result: 'Succeeded', message: 'oidc-exchange: cleaned up.' });
    expect(existsSync(dir)).toBe(false);
    expect(post.stdout).not.toContain('nothing to clean up');
    // Every variable the main step set is blanked for the post-job steps of other tasks.
    for (const name of main.variables.keys())
      if (set.includes(`${name}:`)) expect(post.variables.get(name)?.value).toBe('');
    expect(post.variables.get('AZURE_FEDERATED_TOKEN_FILE')?.value).toBe('');
  });

  it('its post-job step, with nothing to clean up, says so once', async () => {
    const post = await runTask({ cloud, entry: 'post' });
    expect(post.result).toEqual({ result: 'Succeeded', message: 'oidc-exchange: nothing to clean up.' });
    expect(post.stdout).not.toContain('cleaned up');
    const log = post.stdout.split('\n').filter((line) => !line.startsWith('##vso['));
    expect(log.filter((line) => line.includes('clean'))).toEqual(['oidc-exchange: nothing to clean up.']);
  });

  it('its post-job step leaves alone a folder it did not make', async () => {
    const agentTemp = newAgentTemp();
    const elsewhere = mkdtempSync(join(tmpdir(), 'not-ours-'));
    const post = await runTask({
      cloud,
      agentTemp,
      entry: 'post',
      taskVariables: { OIDC_EXCHANGE_TEMP_DIR: elsewhere },
    });
    expect(post.result?.result).toBe('Succeeded');
    expect(post.stdout).toContain('it is not a folder this step made');
    expect(existsSync(elsewhere)).toBe(true);
  });
});
