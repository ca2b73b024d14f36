/**
 * Steps as users write them, through the harness that starts the action as the runner does (every
 * default of the used action.yml filled in): each per-target action with exactly its own inputs,
 * unprefixed, and the main action asking for one target or all three; each followed by a real
 * client of that cloud as the later step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { awsCli, azureSdk, databricksSdk, laterStepEnv } from '../support/later-steps.ts';
import { runAction, runPost, type ActionRun } from '../support/run-action.ts';
import { roleArn, sp, subject, trustEveryTarget } from '../support/trust.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
  // Azure Databricks (entra mode): the Entra app is a service principal of the workspace.
  cloud.databricks.addServicePrincipal({ applicationId: ids.clientId, displayName: 'azure-app' });
});
afterAll(async () => {
  await cloud.close();
});

const tokenEnv = () => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
});
const step = (uses: string, inputs: Record<string, string>) =>
  runAction({ uses, inputs: { issuer: cloud.issuer.issuer, subject, ...inputs }, env: tokenEnv() });

function succeeded(run: ActionRun): void {
  expect(run.stdout).not.toContain('::error::');
  expect(run.exitCode).toBe(0);
}

async function callerOfAws(run: ActionRun): Promise<string> {
  const cli = await awsCli(
    ['sts', 'get-caller-identity', '--output', 'json', '--endpoint-url', cloud.sts.endpoint],
    laterStepEnv(run),
  );
  expect(cli.stderr).toBe('');
  return (JSON.parse(cli.stdout) as { Arn: string }).Arn;
}

const awsInputs = () => ({
  'aws-role-arn': roleArn,
  'aws-region': 'eu-west-1',
  'aws-sts-endpoint': cloud.sts.endpoint,
});
const azureInputs = () => ({
  'azure-client-id': ids.clientId,
  'azure-tenant-id': ids.tenantId,
  'azure-authority-host': cloud.entra.authorityHost,
});
const databricksInputs = () => ({
  'databricks-host': cloud.databricks.workspaceHost,
  'databricks-client-id': sp,
});

describe('per-target actions', () => {
  it('actions/aws: role-arn, region, sts-endpoint; the AWS CLI is the role in a later step', async () => {
    const run = await step('octo-org/oidc-exchange/actions/aws@v1', {
      'role-arn': roleArn,
      region: 'eu-west-1',
      'sts-endpoint': cloud.sts.endpoint,
    });
    succeeded(run);
    expect(await callerOfAws(run)).toBe(run.outputs.get('aws-assumed-role-arn'));
    expect([...run.env.keys()].filter((k) => /^(AZURE|ARM|DATABRICKS)_/.test(k))).toEqual([]);
    const post = await runPost(run);
    expect(post?.exitCode).toBe(0);
  });

  it('actions/aws names inputs as its users write them', async () => {
    const run = await step('octo-org/oidc-exchange/actions/aws@v1', {
      'role-arn': 'deploy',
      region: 'eu-west-1',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Input `role-arn` must be');
    expect(run.stdout).not.toContain('aws-role-arn');
    expect(run.env.size).toBe(0);
  });

  it('actions/azure: client-id, tenant-id, authority-host; an Azure SDK app gets its own token', async () => {
    const run = await step('octo-org/oidc-exchange/actions/azure@v1', {
      'client-id': ids.clientId,
      'tenant-id': ids.tenantId,
      'authority-host': cloud.entra.authorityHost,
    });
    succeeded(run);
    expect(await azureSdk(laterStepEnv(run))).toMatchObject({ appid: ids.clientId, tid: ids.tenantId });
  });

  it('actions/databricks: host, client-id; the Databricks SDK is that service principal', async () => {
    const run = await step('octo-org/oidc-exchange/actions/databricks@v1', {
      host: cloud.databricks.workspaceHost,
      'client-id': sp,
    });
    succeeded(run);
    expect(await databricksSdk(laterStepEnv(run))).toMatchObject({ userName: sp });
  });

  it('actions/databricks: entra mode with azure-tenant-id (Azure Databricks)', async () => {
    const run = await step('octo-org/oidc-exchange/actions/databricks@v1', {
      host: cloud.databricks.workspaceHost,
      mode: 'entra',
      'client-id': ids.clientId,
      'azure-tenant-id': ids.tenantId,
      'azure-authority-host': cloud.entra.authorityHost,
    });
    succeeded(run);
    expect(cloud.github.issued.at(-1)?.audience).toBe('api://AzureADTokenExchange');
    expect(await databricksSdk(laterStepEnv(run))).toMatchObject({ userName: ids.clientId });
  });

  it('actions/databricks names a missing tenant as its users write it', async () => {
    const run = await step('octo-org/oidc-exchange/actions/databricks@v1', {
      host: cloud.databricks.workspaceHost,
      mode: 'entra',
      'client-id': ids.clientId,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Input `azure-tenant-id` is required with `mode: entra`');
  });
});

describe('the main action, every default filled in', () => {
  it('AWS only', async () => {
    const run = await step('', awsInputs());
    succeeded(run);
    expect(await callerOfAws(run)).toBe(run.outputs.get('aws-assumed-role-arn'));
  });

  it('Databricks only', async () => {
    const run = await step('', databricksInputs());
    succeeded(run);
    expect(await databricksSdk(laterStepEnv(run))).toMatchObject({ userName: sp });
  });

  it('Azure only', async () => {
    const run = await step('', azureInputs());
    succeeded(run);
    expect(await azureSdk(laterStepEnv(run))).toMatchObject({ appid: ids.clientId });
  });

  it('all three, each used by its own client in a later step', async () => {
    const run = await step('', { ...azureInputs(), ...awsInputs(), ...databricksInputs() });
    succeeded(run);
    const env = laterStepEnv(run);
    const [arn, azure, databricks] = await Promise.all([callerOfAws(run), azureSdk(env), databricksSdk(env)]);
    expect(arn).toBe(run.outputs.get('aws-assumed-role-arn'));
    expect(azure).toMatchObject({ appid: ids.clientId });
    expect(databricks).toMatchObject({ userName: sp });
    const post = await runPost(run);
    expect(post?.exitCode).toBe(0);
    expect(post?.stdout).toContain('credential refresher stopped');
  });
});
