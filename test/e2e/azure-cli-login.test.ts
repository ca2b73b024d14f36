/**
 * `azure-cli-login: true`: the Azure CLI on PATH is logged in with the verified token, in a
 * job-private AZURE_CONFIG_DIR under RUNNER_TEMP that later steps use and the post step removes.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { createAzStub } from '../support/az-stub.ts';
import { startAzRouting, type AzRouting } from '../support/az-routing.ts';
import { newJob, runAction } from '../support/run-action.ts';

let cloud: FakeCloud;
let routing: AzRouting;
const subject = 'repo:octo-org/app:ref:refs/heads/main';

beforeAll(async () => {
  cloud = await startFakeCloud();
  cloud.entra.addApp({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    federatedCredentials: [
      { issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchange'] },
    ],
  });
  routing = await startAzRouting(cloud);
});
afterAll(async () => {
  await routing.close();
  await cloud.close();
});

function run(env: Record<string, string>, job = newJob()) {
  return runAction({
    job,
    inputs: {
      'azure-client-id': ids.clientId,
      'azure-tenant-id': ids.tenantId,
      'azure-subscription-id': ids.subscriptionId,
      'azure-cli-login': 'true',
      issuer: cloud.issuer.issuer,
    },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
      // az signs in only at the cloud's own authority: the step reaches the fake Entra as login.microsoftonline.com.
      ...routing.env,
      ...env,
    },
  });
}

describe('azure-cli-login', () => {
  it('logs az in with the verified token in a job-private config folder, removed by the post step', async () => {
    const az = createAzStub();
    const job = newJob();
    const main = await run({ PATH: `${az.binDir}:${process.env['PATH']}` }, job);
    expect(main.exitCode).toBe(0);
    const configDir = main.env.get('AZURE_CONFIG_DIR') ?? '';
    expect(configDir.startsWith(job.runnerTemp)).toBe(true);

    const calls = az.calls();
    const login = calls.find((c) => c.args[0] === 'login');
    expect(login?.configDir).toBe(configDir);
    // The token reached az through a 0600 file in the step's folder, gone once az login is done.
    const token = login?.federatedToken ?? '';
    expect(login?.tokenFile?.startsWith(job.runnerTemp)).toBe(true);
    expect(login?.tokenFileMode).toBe(0o600);
    expect(existsSync(login?.tokenFile ?? '')).toBe(false);
    expect(login?.cmdline).not.toContain(token);
    expect(login?.environ).not.toContain(cloud.github.requestToken);
    expect(login?.args.slice(0, 6)).toEqual([
      'login',
      '--service-principal',
      '--username',
      ids.clientId,
      '--tenant',
      ids.tenantId,
    ]);
    expect(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())).toMatchObject({
      sub: subject,
    });
    expect(main.stdout.indexOf(token)).toBe(
      main.stdout.indexOf(`::add-mask::${token}`) + '::add-mask::'.length,
    );
    expect(calls.at(-1)?.args).toEqual(['account', 'set', '--subscription', ids.subscriptionId]);

    const post = await runAction({
      entry: 'post',
      job,
      env: { STATE_OIDC_EXCHANGE_TEMP_DIR: main.state.get('OIDC_EXCHANGE_TEMP_DIR') },
    });
    expect(post.exitCode).toBe(0);
    expect(existsSync(configDir)).toBe(false);
  });

  it('fails the step, exporting nothing, when az login fails', async () => {
    const az = createAzStub({ fail: 'login' });
    const main = await run({ PATH: `${az.binDir}:${process.env['PATH']}` });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toContain(
      '[AZURE_CLI_LOGIN_FAILED] `az login --service-principal` failed: ERROR: AADSTS700016',
    );
    expect(main.env.size).toBe(0);
    expect(main.outputs.size).toBe(0);
  });

  it('warns and carries on when az is not on PATH', async () => {
    const main = await run({ PATH: '/nonexistent' });
    expect(main.exitCode).toBe(0);
    expect(main.stdout).toContain('::warning::`azure-cli-login` is on, but `az` is not on PATH');
    expect(main.env.has('AZURE_CONFIG_DIR')).toBe(false);
  });
});
