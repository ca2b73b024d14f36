/**
 * The task tests hand the task its inputs as the agent does (azure-pipelines-agent
 * TaskRunner.LoadDefaultInputs and the merge after it, docs/protocols.md §6.7).
 */
import { expect, it } from 'vitest';
import { agentInputs, envName } from '../support/run-task.ts';

it('fills every task.json default, matches names without regard to case, and trims values', () => {
  const taskJson = [
    { name: 'awsRoleArn' },
    { name: 'azureScopes', defaultValue: 'arm ' },
    { name: 'refresh', defaultValue: 'true' },
  ];
  expect(
    agentInputs(taskJson, { AWSROLEARN: ' arn:aws:iam::123456789012:role/x\n', refresh: 'false' }),
  ).toEqual({
    awsRoleArn: 'arn:aws:iam::123456789012:role/x',
    azureScopes: 'arm',
    refresh: 'false',
  });
  expect(envName('Agent.ProxyPassword')).toBe('AGENT_PROXYPASSWORD');
});
