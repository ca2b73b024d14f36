/**
 * Endpoints come from the workflow or pipeline file: a variable that an earlier step can set
 * (`##vso[task.setvariable]`, GITHUB_ENV) may only name the cloud's own hosts. An earlier step points
 * AWS_ENDPOINT_URL_STS (the task) or AZURE_AUTHORITY_HOST (the action) at a recording server (the
 * loopback fake): the step fails before asking for any token, nothing reaches the server, and the
 * error names the variable, the input to use instead, and why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { runAction } from '../support/run-action.ts';
import { runTask } from '../support/run-task.ts';
import { endpointFor, startTaskCloud } from '../support/task-expectations.ts';
import { subject, trustEveryTarget } from '../support/trust.ts';
import { adoRoleArn } from '../support/trust-azure-devops.ts';
import { tokenRequestEnv } from '../support/target-inputs.ts';

let cloud: FakeCloud;
let connection: AdoServiceConnection;

beforeAll(async () => {
  ({ cloud, entraConnection: connection } = await startTaskCloud());
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

/** Everything the fakes were asked or minted, to prove nothing happened. */
function traffic() {
  return {
    sts: cloud.sts.requests.length,
    entra: cloud.entra.requests.length,
    github: cloud.github.issued.length,
    azureDevOps: cloud.azureDevOps.issued.length,
  };
}

describe('endpoint variables an earlier step can set', () => {
  it('Azure DevOps: AWS_ENDPOINT_URL_STS at a host other than AWS STS is refused, awsStsEndpoint is not', async () => {
    const before = traffic();
    const run = await runTask({
      cloud,
      endpoint: endpointFor(cloud, connection),
      inputs: { awsRoleArn: adoRoleArn, awsRegion: 'eu-west-1' },
      env: { AWS_ENDPOINT_URL_STS: cloud.sts.endpoint },
    });
    expect(run.result?.result).toBe('Failed');
    expect(traffic()).toEqual(before);
    expect(run.errors.join('\n')).toContain(
      `[INPUT_INVALID] The variable AWS_ENDPOINT_URL_STS (used because \`awsStsEndpoint\` is empty) must name an AWS STS host`,
    );
    expect(run.errors.join('\n')).toContain(`it is ${cloud.sts.endpoint}. Nothing was sent to it`);
    expect(run.errors.join('\n')).toContain('write it in the workflow or pipeline file as `awsStsEndpoint`');
    expect([...run.variables.keys()].filter((n) => n.startsWith('AWS_'))).toEqual([]);

    // The same endpoint written in the pipeline file, as the input, is the user's choice.
    const given = await runTask({
      cloud,
      endpoint: endpointFor(cloud, connection),
      inputs: {
        awsRoleArn: adoRoleArn,
        awsRegion: 'eu-west-1',
        awsStsEndpoint: cloud.sts.endpoint,
        refresh: 'false',
      },
      env: { AWS_ENDPOINT_URL_STS: 'https://attacker.example' },
    });
    expect(given.result?.result).toBe('Succeeded');
    expect(cloud.sts.requests.length).toBeGreaterThan(before.sts);
  });

  it('GitHub: AZURE_AUTHORITY_HOST at a host other than Entra’s is refused', async () => {
    const before = traffic();
    const run = await runAction({
      inputs: {
        issuer: cloud.issuer.issuer,
        subject,
        'azure-client-id': ids.clientId,
        'azure-tenant-id': ids.tenantId,
      },
      env: {
        ...tokenRequestEnv(cloud),
        AZURE_AUTHORITY_HOST: cloud.entra.authorityHost,
      },
    });
    expect(run.exitCode).toBe(1);
    expect(traffic()).toEqual(before);
    expect(run.stdout).toContain(
      '::error::[INPUT_INVALID] The variable AZURE_AUTHORITY_HOST (used because `azure-authority-host` is empty) must name the Entra authority host of a Microsoft cloud',
    );
    expect(run.env.size).toBe(0);
  });
});
