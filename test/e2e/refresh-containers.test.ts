/**
 * A container started by a later step cannot reach the refresher's loopback endpoint: with
 * `refresh` and AWS, the step's log says so in one line, with what to use instead, on both runners
 * (docs/long-running-jobs.md, "Containers").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCloud } from '../fakes/cloud.ts';
import { agentLines } from '../support/vso-commands.ts';
import { newJob, runAction } from '../support/run-action.ts';
import { runTask } from '../support/run-task.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { awsInputs, endpointFor, startTaskCloud } from '../support/task-expectations.ts';
import { trustEveryTarget } from '../support/trust.ts';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';

let cloud: FakeCloud;
let connection: AdoServiceConnection;
beforeAll(async () => {
  ({ cloud, entraConnection: connection } = await startTaskCloud());
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

/** The one line of the log about containers, with every way out in it. */
function expectContainerLine(log: string, outputs: string[]) {
  const lines = agentLines(log).filter((l) => /container/i.test(l) && l.includes('docker run'));
  expect(lines).toHaveLength(1);
  for (const part of ['--network host', 'refresh: false', ...outputs]) expect(lines[0]).toContain(part);
}

describe('refresh with AWS, and containers', () => {
  it('the action says in one log line what a container uses instead', async () => {
    const job = newJob();
    const run = await runAction({
      job,
      inputs: { issuer: cloud.issuer.issuer, ...inputsFor(cloud, 'aws') },
      env: tokenRequestEnv(cloud),
    });
    expect(run.exitCode).toBe(0);
    expect(run.env.has('AWS_CONTAINER_CREDENTIALS_FULL_URI')).toBe(true);
    expectContainerLine(run.stdout, ['aws-access-key-id', 'aws-secret-access-key', 'aws-session-token']);
    const post = await runAction({
      job,
      entry: 'post',
      env: Object.fromEntries([...run.state].map(([name, value]) => [`STATE_${name}`, value])),
    });
    expect(post.exitCode).toBe(0);
  });

  it('the task says the same, with its output variables’ names', async () => {
    const run = await runTask({ cloud, endpoint: endpointFor(cloud, connection), inputs: awsInputs(cloud) });
    expect(run.result?.result).toBe('Succeeded');
    expectContainerLine(run.stdout, ['awsAccessKeyId', 'awsSecretAccessKey', 'awsSessionToken']);
    await runTask({
      cloud,
      agentTemp: run.agentTemp,
      entry: 'post',
      taskVariables: Object.fromEntries(run.taskVariables),
    });
  });
});
