/**
 * Untrusted text the step echoes (claims, inputs, upstream errors) can never be read by the runner
 * as a workflow command or set another variable (the contract of the walking-skeleton issue).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { runAction } from '../support/run-action.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
});
afterAll(async () => {
  await cloud.close();
});

const OUR_COMMANDS = new Set(['add-mask', 'error', 'warning', 'debug', 'notice']);

function commandsIn(stdout: string): string[] {
  return stdout
    .split('\n')
    .flatMap((line) => /^\s*::([^:\s]+)/.exec(line)?.[1] ?? [])
    .filter((name) => !OUR_COMMANDS.has(name.split(' ')[0] ?? ''));
}

describe('command injection', () => {
  it('neutralises workflow commands hidden in a claim that is echoed in an error', async () => {
    cloud.github.job.subject =
      'repo:octo-org/app:ref:x\n::set-env name=EVIL::1\n##vso[task.setvariable variable=EVIL]1 ::add-mask::y';
    const run = await runAction({
      inputs: {
        'azure-client-id': ids.clientId,
        'azure-tenant-id': ids.tenantId,
        'azure-authority-host': cloud.entra.authorityHost,
        issuer: cloud.issuer.issuer,
        subject: 'repo:octo-org/app:environment:*',
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
      },
    });
    cloud.github.job.subject = undefined;
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('[CLAIM_MISMATCH]');
    expect(commandsIn(run.stdout)).toEqual([]);
    // The injected `y` alone: a real mask line may hold a random secret that starts with a y.
    expect(run.stdout).not.toMatch(/::set-env|##vso\[|::add-mask::y(?![\w.~+/=-])/);
    expect(run.summary).not.toMatch(/::set-env|##vso\[/);
    expect(run.env.size).toBe(0);
  });

  it('neutralises commands in inputs that are echoed back', async () => {
    const run = await runAction({
      inputs: { 'azure-client-id': '::set-output name=x::y', 'azure-tenant-id': '##[error]z' },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
      },
    });
    expect(run.exitCode).toBe(1);
    expect(commandsIn(run.stdout)).toEqual([]);
    expect(run.stdout).not.toMatch(/::set-output|##\[error\]/);
  });
});
