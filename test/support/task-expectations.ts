/**
 * What the task's e2e tests check on every run: the connection as the agent describes it, and the
 * two promises a run makes (secrets masked before their variables; nothing set after a failure).
 */
import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { adoRoleArn, trustAzureDevOps } from './trust-azure-devops.ts';
import type { EndpointSpec, TaskRun } from './run-task.ts';

export const subscriptionId = '9a4b0000-0000-4000-8000-000000000004';

/**
 * The fake cloud of a task test file, with the Entra-family service connection most tests use (its
 * own tenant and app, not the defaults) and every target's trust of its token.
 */
export async function startTaskCloud(): Promise<{
  cloud: FakeCloud;
  entraConnection: AdoServiceConnection;
  entraSubject: string;
}> {
  const cloud = await startFakeCloud();
  const entraConnection = cloud.azureDevOps.addConnection({
    name: 'deploy-wif',
    family: 'entra',
    tenantId: '2f0c0000-0000-4000-8000-00000000000e',
    clientId: '3e1d0000-0000-4000-8000-0000000000c1',
  });
  return { cloud, entraConnection, entraSubject: trustAzureDevOps(cloud, entraConnection).subject };
}

export function endpointFor(
  cloud: FakeCloud,
  connection: AdoServiceConnection,
  extra: Partial<EndpointSpec> = {},
): EndpointSpec {
  return {
    id: connection.id,
    servicePrincipalId: connection.clientId,
    tenantId: connection.tenantId,
    subscriptionId,
    // The connection's authority: the fake Entra (https, test CA), with the agent's trailing slash.
    authorityHost: `${cloud.entra.authorityHost}/`,
    ...extra,
  };
}

export const awsInputs = (cloud: FakeCloud) => ({
  awsRoleArn: adoRoleArn,
  awsRegion: 'eu-west-1',
  awsStsEndpoint: cloud.sts.endpoint,
});

/**
 * Failed with one error line, and nothing for later steps: no variable set, no file left in the
 * agent's temp folder but the summary. Exit code 0: the agent would add an error of its own.
 */
export function expectNothingSet(run: TaskRun) {
  expect(run.exitCode).toBe(0);
  expect(run.result?.result).toBe('Failed');
  expect(run.errors).toEqual([run.result?.message]);
  expect(run.commands.filter((c) => c.name === 'task.setvariable')).toEqual([]);
  expect(run.summaries).toHaveLength(1);
  expect(run.summaries[0]).toContain('failed, nothing was exported');
  // The folder is made (and its name told to the post-job step) only once the inputs are good.
  const dir = run.taskVariables.get('OIDC_EXCHANGE_TEMP_DIR');
  expect(dir === undefined || !existsSync(dir)).toBe(true);
}

/** Every secret variable's value was registered with setsecret on an earlier line. */
export function expectSecretsMaskedFirst(run: TaskRun) {
  const secrets = run.commands.filter(
    (x) => x.name === 'task.setvariable' && x.properties['issecret'] === 'true',
  );
  expect(secrets.length, 'secret variables set').toBeGreaterThan(0);
  for (const c of secrets) {
    const mask = run.commands.find((m) => m.name === 'task.setsecret' && m.message === c.message);
    expect(mask, `setsecret for ${c.properties['variable']}`).toBeDefined();
    expect(mask?.line).toBeLessThan(c.line);
    expect(run.stdout.indexOf(c.message)).toBeGreaterThanOrEqual(0);
    expect(run.stdout.indexOf(c.message)).toBe(
      run.stdout.indexOf(`##vso[task.setsecret]${c.message}`) + '##vso[task.setsecret]'.length,
    );
  }
}
