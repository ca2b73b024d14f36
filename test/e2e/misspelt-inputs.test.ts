/**
 * A misspelt input of the action or the task. The runner and the agent pass it anyway (as
 * INPUT_AWS-ROLE-ARM, INPUT_AWSROLEARM), while the input meant reads as empty: the step names the
 * input as written and the one meant, fails before any request, and does not also report the meant
 * input as missing. An input like nothing declared is left to the runner's own warning (GitHub) or
 * warned about (Azure DevOps, whose agent says nothing).
 */
import { describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { cloudRequests } from '../support/forged-tokens.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { runAction } from '../support/run-action.ts';
import { runTask } from '../support/run-task.ts';
import { expectNothingSet } from '../support/task-expectations.ts';
import { tokenRequestEnv } from '../support/target-inputs.ts';
import { roleArn, trustEveryTarget } from '../support/trust.ts';

let cloud: FakeCloud;
fakeCloudPerFile((started) => {
  cloud = started;
  trustEveryTarget(cloud);
});

const errorsOf = (run: Awaited<ReturnType<typeof runAction>>) =>
  run.commands.filter((c) => c.name === 'error').map((c) => c.data.replace(/%0A/g, '\n'));

describe('a misspelt input', () => {
  it('of the action: names the input meant, fails before any request, not "aws-role-arn is empty"', async () => {
    const before = cloudRequests(cloud);
    const run = await runAction({
      inputs: { 'aws-region': 'eu-west-1', 'aws-sts-endpoint': cloud.sts.endpoint },
      undeclaredInputs: { 'aws-role-arm': roleArn },
      env: tokenRequestEnv(cloud),
    });
    expect(run.exitCode).toBe(1);
    const [error, ...more] = errorsOf(run);
    expect(more).toEqual([]);
    expect(error).toContain('Input `aws-role-arm` is not an input of this step.');
    expect(error).toContain('did you mean `aws-role-arn`?');
    expect(error).not.toContain('is required');
    expect(run.env.size).toBe(0);
    expect(cloudRequests(cloud)).toBe(before);
  });

  it('of a per-target action: suggests that action’s own name; other problems are still reported', async () => {
    const run = await runAction({
      uses: 'actions/aws',
      inputs: { 'role-arn': roleArn, 'duration-seconds': '12' },
      undeclaredInputs: { regoin: 'eu-west-1' },
      env: tokenRequestEnv(cloud),
    });
    expect(run.exitCode).toBe(1);
    const error = errorsOf(run).join('\n');
    expect(error).toContain('2 problems');
    expect(error).toContain('`regoin` is not an input of this step');
    expect(error).toContain('did you mean `region`?');
    expect(error).toContain('`duration-seconds` must be');
    expect(error).not.toContain('`region` is required');
  });

  it('of the task: the agent passes INPUT_AWSROLEARM; the error names `awsRoleArn`; an unknown one is warned about', async () => {
    const ado = await startFakeCloud();
    try {
      const run = await runTask({
        cloud: ado,
        inputs: { awsRoleArm: 'arn:aws:iam::123456789012:role/x', awsRegion: 'eu-west-1', colour: 'blue' },
        env: { SYSTEM_ACCESSTOKEN: undefined },
      });
      expectNothingSet(run);
      const errors = run.errors.join('\n');
      expect(errors).toContain('Input `awsrolearm` is not an input of this step.');
      expect(errors).toContain('did you mean `awsRoleArn`?');
      expect(errors).not.toContain('is required');
      expect(run.stdout).toMatch(
        /##vso\[task\.issue type=warning[^\]]*\]Input `colour` is not an input of this task/,
      );
    } finally {
      await ado.close();
    }
  });
});
