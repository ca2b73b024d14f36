/**
 * The task and what its agent provides: the agent's proxy (with credentials and a bypass list) for
 * every request, under both Node handlers; the agent's temp folder as the only place anything is
 * written; and the dry run, which sets nothing.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import { startConnectProxy, type RecordingProxy } from '../support/connect-proxy.ts';
import { findNode20 } from '../support/node20.ts';
import { repoRoot } from '../support/run-action.ts';
import { runTask, type EndpointSpec } from '../support/run-task.ts';
import { adoRoleArn, trustAzureDevOps } from '../support/trust-azure-devops.ts';

let cloud: FakeCloud;
let proxy: RecordingProxy;
let connection: AdoServiceConnection;
let endpoint: EndpointSpec;

beforeAll(async () => {
  [cloud, proxy] = await Promise.all([startFakeCloud(), startConnectProxy()]);
  connection = cloud.azureDevOps.addConnection({ name: 'deploy-wif', family: 'entra' });
  trustAzureDevOps(cloud, connection);
  endpoint = {
    id: connection.id,
    servicePrincipalId: connection.clientId,
    tenantId: connection.tenantId,
    authorityHost: `${cloud.entra.authorityHost}/`,
  };
});
afterAll(async () => {
  await Promise.all([cloud.close(), proxy.close()]);
});

const awsInputs = () => ({
  awsRoleArn: adoRoleArn,
  awsRegion: 'eu-west-1',
  awsStsEndpoint: cloud.sts.endpoint,
});
const hostOf = (url: string) => new URL(url).host;

describe.each([
  ['Node 24', () => process.execPath],
  ['Node 20', findNode20],
])('under %s, the agent’s proxy', (_label, node) => {
  it('carries every request but those its bypass list names', async () => {
    const before = proxy.seen.length;
    const run = await runTask({
      cloud,
      node: node(),
      endpoint,
      inputs: awsInputs(),
      variables: {
        'Agent.ProxyUrl': proxy.url,
        'Agent.ProxyUsername': 'build-agent',
        // A regular expression on URLs, as the agent keeps them: STS goes direct.
        'Agent.ProxyBypassList': JSON.stringify([`${hostOf(cloud.sts.endpoint).replace(/\./g, '\\.')}`]),
      },
      // A secret variable: the agent hands it over as SECRET_AGENT_PROXYPASSWORD only.
      secretVariables: { 'Agent.ProxyPassword': 'proxy-pa55word-for-the-agent' },
    });
    expect(run.result?.result).toBe('Succeeded');
    const seen = new Set(proxy.seen.slice(before));
    expect(seen.has(hostOf(cloud.azureDevOps.oidcRequestUri))).toBe(true);
    expect(seen.has(hostOf(cloud.entra.authorityHost))).toBe(true);
    expect(seen.has(hostOf(cloud.sts.endpoint))).toBe(false);
    // The password was masked on the first lines, before task-lib loads, and so was the URL that carries it.
    const masks = run.commands.filter((c) => c.name === 'task.setsecret').map((c) => c.message);
    expect(masks).toContain('proxy-pa55word-for-the-agent');
    expect(masks.some((m) => m.includes(':proxy-pa55word-for-the-agent@'))).toBe(true);
    const first = run.stdout.indexOf('proxy-pa55word-for-the-agent');
    expect(run.stdout.slice(0, first)).toMatch(/##vso\[task\.setsecret\]$/);
  });
});

describe('the agent’s proxy, when it accepts and never answers', () => {
  it('fails the task within the timeout, naming the proxy (the tunnel the task always uses)', async () => {
    const silent = await startConnectProxy();
    silent.silent = true;
    try {
      const started = Date.now();
      const run = await runTask({
        cloud,
        endpoint,
        inputs: { ...awsInputs(), timeoutSeconds: '2' },
        env: {
          AGENT_PROXYURL: silent.url,
          // The fake's oidctoken endpoint is plain http (no tunnel): it goes direct, and the first
          // https request, to the issuer's keys, meets the silent proxy.
          AGENT_PROXYBYPASSLIST: JSON.stringify([hostOf(cloud.azureDevOps.oidcRequestUri)]),
        },
      });
      const elapsed = Date.now() - started;
      expect(run.result?.result).toBe('Failed');
      expect(run.stdout).toContain(
        `[TIMEOUT] The proxy ${hostOf(silent.url)} did not open a connection to ${hostOf(cloud.entra.authorityHost)}`,
      );
      expect(elapsed).toBeLessThan(6_000); // one wait of the timeout, plus the task's start-up
    } finally {
      await silent.close();
    }
  });
});

describe('the task', () => {
  it('writes only into the agent’s temp folder (task-lib’s vault key included)', async () => {
    const run = await runTask({ cloud, endpoint, inputs: awsInputs() });
    expect(run.result?.result).toBe('Succeeded');
    expect(existsSync(join(repoRoot, '.taskkey'))).toBe(false);
    const written = readdirSync(run.agentTemp);
    expect(written).toContain('.taskkey');
    expect(written.filter((f) => f !== '.taskkey').every((f) => f.startsWith('oidc-exchange-'))).toBe(true);
  });

  it('dry run: explains the token and the trust it needs, and sets nothing', async () => {
    const sts = cloud.sts.requests.length;
    const run = await runTask({ cloud, endpoint, inputs: { ...awsInputs(), dryRun: 'true' } });
    expect(run.result?.result).toBe('Succeeded');
    expect(run.commands.filter((c) => c.name === 'task.setvariable')).toEqual([]);
    expect(cloud.sts.requests.length).toBe(sts);
    expect(run.summaries[0]).toContain('dry run (nothing exchanged)');
    expect(run.stdout).toContain(adoRoleArn);
    expect(run.stdout).toContain(`/sc/${cloud.azureDevOps.collectionId}/${connection.id}`);
  });
});
