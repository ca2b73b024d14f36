/**
 * No secret on any command line or in any child's environment (/proc/<pid>/cmdline is readable by
 * every local user; a child's environment is the next thing to leak). While the step and its
 * refresher run (GitHub and Azure DevOps, with the Azure CLI logged in and logged in again), every
 * process they start is read from /proc: no ID token, access token, request token, job access
 * token or stop nonce. `az` reads the assertion from a 0600 file that is gone after login.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import { startAzRouting, type AzRouting } from '../support/az-routing.ts';
import { createAzStub, type AzCall } from '../support/az-stub.ts';
import { issuedSecrets } from '../support/leak-scan.ts';
import { watchProcesses, type SeenProcess } from '../support/proc-watch.ts';
import { runAction } from '../support/run-action.ts';
import { runTask } from '../support/run-task.ts';
import { endpointFor, startTaskCloud } from '../support/task-expectations.ts';
import { subject, trustEveryTarget } from '../support/trust.ts';
import { until } from '../support/until.ts';
import { tokenRequestEnv } from '../support/target-inputs.ts';

let cloud: FakeCloud;
let connection: AdoServiceConnection;
let adoSubject: string;
let restore: () => void;
let routing: AzRouting;

beforeAll(async () => {
  ({ cloud, entraConnection: connection, entraSubject: adoSubject } = await startTaskCloud());
  trustEveryTarget(cloud);
  restore = shortLifetimes(cloud, 2);
  routing = await startAzRouting(cloud);
});
afterAll(async () => {
  await routing.close();
  restore();
  await cloud.close();
});

/** Every secret the fakes handed out, and the refresher's stop nonce, found in a process or an az call. */
function secretsIn(seen: SeenProcess[], calls: AzCall[], nonce: string): string[] {
  const secrets = [...issuedSecrets(), nonce];
  const found: string[] = [];
  for (const p of [...seen, ...calls.map((c) => ({ pid: 0, cmdline: c.cmdline, environ: c.environ }))]) {
    for (const secret of secrets) {
      const what = `${secret.slice(0, 10)}… in ${p.cmdline.split('\0').slice(0, 2).join(' ')}`;
      if (p.cmdline.includes(secret)) found.push(`${what} (command line)`);
      if (p.environ.includes(secret)) found.push(`${what} (environment)`);
    }
  }
  return found;
}

/** The step's and the refresher's logins both happened, each from a 0600 file that is gone now. */
function expectFileLogins(calls: AzCall[], folder: string): void {
  const logins = calls.filter((c) => c.args[0] === 'login');
  expect(logins.length).toBeGreaterThanOrEqual(2);
  for (const login of logins) {
    expect(login.federatedToken?.split('.')).toHaveLength(3);
    expect(login.tokenFileMode).toBe(0o600);
    expect(login.tokenFile?.startsWith(folder)).toBe(true);
    expect(existsSync(login.tokenFile ?? '')).toBe(false);
  }
}

describe('no secret in a child process’s command line or environment', () => {
  it('GitHub: the step’s az, the refresher and its az re-logins', async () => {
    const marker = `RUNNER_TRACKING_ID=github_${randomBytes(6).toString('hex')}`;
    const az = createAzStub();
    const watch = watchProcesses(marker);
    const run = await runAction({
      inputs: {
        issuer: cloud.issuer.issuer,
        subject,
        'azure-client-id': ids.clientId,
        'azure-tenant-id': ids.tenantId,
        'azure-cli-login': 'true',
      },
      env: {
        ...tokenRequestEnv(cloud),
        ...routing.env,
        PATH: `${az.binDir}:${process.env['PATH'] ?? ''}`,
        [marker.split('=')[0] ?? '']: marker.split('=')[1],
      },
    });
    expect(run.exitCode).toBe(0);
    const state = run.state.get('OIDC_EXCHANGE_REFRESHER') ?? '';
    await until(() => az.calls().filter((c) => c.args[0] === 'login').length >= 2);
    const seen = watch.stop();
    await runAction({
      entry: 'post',
      env: Object.fromEntries([...run.state].map(([n, v]) => [`STATE_${n}`, v])),
    });

    // The watch saw the refresher (the test would prove nothing if it saw no one).
    expect(seen.some((p) => p.cmdline.includes('refresher'))).toBe(true);
    expect(secretsIn(seen, az.calls(), state.split(':')[1] ?? '')).toEqual([]);
    expectFileLogins(az.calls(), run.state.get('OIDC_EXCHANGE_TEMP_DIR') ?? '');
  });

  it('Azure DevOps: the task’s az, the refresher and its az re-logins', async () => {
    const marker = `VSTS_PROCESS_LOOKUP_ID=vsts_${randomBytes(6).toString('hex')}`;
    const az = createAzStub();
    const watch = watchProcesses(marker);
    const run = await runTask({
      cloud,
      // The connection on the public cloud's authority (az signs in nowhere else), reached through the routing proxy.
      endpoint: endpointFor(cloud, connection, { authorityHost: 'https://login.microsoftonline.com/' }),
      inputs: {
        subject: adoSubject,
        azureCliLogin: 'true',
        issuer: `${cloud.entra.authorityHost}/${connection.tenantId}/v2.0`,
      },
      env: {
        ...routing.env,
        PATH: `${az.binDir}:${process.env['PATH'] ?? ''}`,
        [marker.split('=')[0] ?? '']: marker.split('=')[1],
      },
    });
    expect(run.result).toMatchObject({ result: 'Succeeded' });
    const state = run.taskVariables.get('OIDC_EXCHANGE_REFRESHER') ?? '';
    await until(() => az.calls().filter((c) => c.args[0] === 'login').length >= 2);
    const seen = watch.stop();
    await runTask({
      cloud,
      agentTemp: run.agentTemp,
      entry: 'post',
      env: Object.fromEntries([...run.taskVariables].map(([n, v]) => [`VSTS_TASKVARIABLE_${n}`, v])),
    });

    expect(seen.some((p) => p.cmdline.includes('refresher'))).toBe(true);
    expect(secretsIn(seen, az.calls(), state.split(':')[1] ?? '')).toEqual([]);
    expectFileLogins(az.calls(), run.agentTemp);
  });
});
