/**
 * The command line with a Google ID token and a delegation chain: `exchange` prints the ID token
 * and the file that holds it, `explain` prints one Token Creator binding per link and exchanges
 * nothing.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { repoRoot, spawnNode } from '../support/run-action.ts';
import { googleInputs, trustDelegates, trustGoogle, type GoogleTrust } from '../support/trust-google.ts';

const subject = 'repo:octo-org/app:ref:refs/heads/main';
const relay = 'relay@octo-project.iam.gserviceaccount.com';
const service = 'https://my-service-abc123-ew.a.run.app';
let cloud: FakeCloud;
let trust: GoogleTrust;

beforeAll(async () => {
  cloud = await startFakeCloud();
});
afterAll(async () => {
  await cloud.close();
});
beforeEach(() => {
  cloud.google.reset();
  trust = trustGoogle(cloud, subject);
});

describe('oidc-exchange (command line) → Google ID token', () => {
  async function cli(command: string, extra: string[]) {
    const now = Math.floor(Date.now() / 1000);
    const token = await cloud.issuer.sign({
      iss: cloud.issuer.issuer,
      aud: `https://iam.googleapis.com/${trust.provider}`,
      sub: subject,
      iat: now,
      nbf: now - 5,
      exp: now + 300,
    });
    const args = Object.entries(googleInputs(cloud, trust)).flatMap(([name, value]) => [`--${name}`, value]);
    return spawnNode(
      process.execPath,
      [
        join(repoRoot, 'dist', 'cli', 'index.js'),
        command,
        '--token-env',
        'CI_TOKEN',
        '--issuer',
        cloud.issuer.issuer,
        '--subject',
        subject,
        ...args,
        ...extra,
      ],
      { PATH: process.env['PATH'], NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'], CI_TOKEN: token },
    );
  }

  it('exchange prints the ID token and the file that holds it', async () => {
    trustDelegates(cloud, trust, [relay]);
    const run = await cli('exchange', [
      '--gcp-delegates',
      relay,
      '--gcp-id-token-audience',
      service,
      '--format',
      'json',
    ]);
    expect(run.stderr).not.toContain('oidc-exchange: [');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      variables: Record<string, string>;
      outputs: Record<string, string>;
    };
    const token = result.outputs['gcp-id-token'];
    expect(token).toBe(cloud.google.idTokens.at(-1)?.token);
    expect(cloud.google.idTokens.at(-1)?.delegates).toEqual([relay]);
    const file = result.variables['GCP_ID_TOKEN_FILE'] ?? '';
    expect(readFileSync(file, 'utf8')).toBe(token);
    // The command line leaves its folder to the CI's clean-up (docs/other-ci.md): here the test's.
    const folder = dirname(file);
    expect(dirname(folder)).toBe(tmpdir());
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    rmSync(folder, { recursive: true, force: true });
  });

  it('explain prints the Token Creator binding of every link and exchanges nothing', async () => {
    const before = cloud.google.requests.length;
    const run = await cli('explain', ['--gcp-delegates', relay, '--gcp-id-token-audience', service]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `gcloud iam service-accounts add-iam-policy-binding '${relay}' --role=roles/iam.serviceAccountTokenCreator --member='${trust.principal}'`,
    );
    expect(run.stdout).toContain(`--member='serviceAccount:${relay}'`);
    expect(cloud.google.requests.length).toBe(before);
  });
});
