/**
 * Where the command line (dist/cli) keeps the files it hands to later commands (the Azure
 * federated token file): a private folder under the CI's own folder for the job when the CI names
 * one (never the system temp folder then), TMPDIR otherwise; removed again when the run fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { cli } from '../support/cli-run.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { tempFolder } from '../support/temp-folders.ts';
import { subject, trustEveryTarget } from '../support/trust.ts';

let cloud: FakeCloud;
fakeCloudPerFile((started) => {
  cloud = started;
  trustEveryTarget(cloud);
});

async function azure(env: Record<string, string>, tenant = ids.tenantId) {
  const now = Math.floor(Date.now() / 1000);
  const token = await cloud.issuer.sign({
    iss: cloud.issuer.issuer,
    aud: 'api://AzureADTokenExchange',
    sub: subject,
    iat: now,
    nbf: now - 5,
    exp: now + 300,
  });
  return cli(
    [
      'exchange',
      '--token-env',
      'CI_TOKEN',
      '--issuer',
      cloud.issuer.issuer,
      '--azure-client-id',
      ids.clientId,
      '--azure-tenant-id',
      tenant,
      '--azure-authority-host',
      cloud.entra.authorityHost,
    ],
    { CI_TOKEN: token, ...env },
  );
}

const tokenFileOf = (stdout: string) => /export AZURE_FEDERATED_TOKEN_FILE='([^']+)'/.exec(stdout)?.[1] ?? '';
const ours = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('oidc-exchange-'));

describe('the files of `exchange`', () => {
  it.each([
    ['GitLab', 'CI_BUILDS_DIR'],
    ['GitHub Actions', 'RUNNER_TEMP'],
    ['Azure Pipelines', 'AGENT_TEMPDIRECTORY'],
    ['Jenkins', 'WORKSPACE_TMP'],
  ])('%s: in a 0700 folder under %s, the token file 0600', async (_, variable) => {
    const job = tempFolder('cli-job-');
    const tmp = tempFolder('cli-tmpdir-');
    const run = await azure({ [variable]: job, TMPDIR: tmp });
    expect(run.code, run.stderr).toBe(0);
    const file = tokenFileOf(run.stdout);
    expect(dirname(dirname(file))).toBe(job);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').split('.')).toHaveLength(3);
    expect(ours(tmp)).toEqual([]);
  });

  it('Jenkins: WORKSPACE_TMP is made when only the workspace exists', async () => {
    const workspace = tempFolder('cli-ws-');
    const run = await azure({ WORKSPACE_TMP: `${workspace}@tmp`, WORKSPACE: workspace });
    expect(run.code, run.stderr).toBe(0);
    expect(dirname(dirname(tokenFileOf(run.stdout)))).toBe(`${workspace}@tmp`);
  });

  it('no job folder known (CircleCI, a terminal): TMPDIR', async () => {
    const tmp = tempFolder('cli-tmpdir-');
    const run = await azure({ TMPDIR: tmp });
    expect(run.code, run.stderr).toBe(0);
    expect(dirname(dirname(tokenFileOf(run.stdout)))).toBe(tmp);
  });

  it('a failed run leaves no folder, and prints nothing on stdout', async () => {
    const job = tempFolder('cli-job-');
    mkdirSync(join(job, 'builds'));
    const run = await azure({ CI_BUILDS_DIR: join(job, 'builds') }, '99999999-9999-4999-8999-999999999999');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(existsSync(join(job, 'builds')) && ours(join(job, 'builds'))).toEqual([]);
  });
});
