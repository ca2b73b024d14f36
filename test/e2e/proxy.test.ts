/**
 * Self-hosted runners behind a corporate proxy: every request of the step (token endpoint, issuer
 * discovery and keys, Entra) goes through HTTPS_PROXY, and with `azure-authority-host` given the
 * step contacts no host but the ones it was given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { startConnectProxy, type RecordingProxy } from '../support/connect-proxy.ts';
import { runAction } from '../support/run-action.ts';

let cloud: FakeCloud;
let proxy: RecordingProxy;
const subject = 'repo:octo-org/app:ref:refs/heads/main';

beforeAll(async () => {
  [cloud, proxy] = await Promise.all([startFakeCloud(), startConnectProxy()]);
  cloud.entra.addApp({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    federatedCredentials: [
      { issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchange'] },
    ],
  });
});
afterAll(async () => {
  await Promise.all([cloud.close(), proxy.close()]);
});

const hostOf = (url: string) => new URL(url).host;

describe('proxies', () => {
  it('sends every request through HTTPS_PROXY, and only to the hosts it was given', async () => {
    const run = await runAction({
      inputs: {
        'azure-client-id': ids.clientId,
        'azure-tenant-id': ids.tenantId,
        'azure-authority-host': cloud.entra.authorityHost,
        'azure-scopes': 'arm, keyvault',
        issuer: cloud.issuer.issuer,
        subject,
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
        HTTPS_PROXY: proxy.url,
        NO_PROXY: '',
      },
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    const expected = new Set([
      hostOf(cloud.github.requestUrl),
      hostOf(cloud.issuer.issuer),
      hostOf(cloud.entra.authorityHost),
    ]);
    expect(new Set(proxy.seen)).toEqual(expected);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    const before = proxy.seen.length;
    const run = await runAction({
      inputs: {
        'azure-client-id': ids.clientId,
        'azure-tenant-id': ids.tenantId,
        'azure-authority-host': cloud.entra.authorityHost,
        issuer: cloud.issuer.issuer,
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
        HTTPS_PROXY: proxy.url,
        NO_PROXY: 'localhost',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(proxy.seen.length).toBe(before);
  });

  it('fails within the timeout, naming the proxy, when the proxy accepts and never answers', async () => {
    proxy.silent = true;
    try {
      const started = Date.now();
      const run = await runAction({
        inputs: {
          'azure-client-id': ids.clientId,
          'azure-tenant-id': ids.tenantId,
          'azure-authority-host': cloud.entra.authorityHost,
          issuer: cloud.issuer.issuer,
          'timeout-seconds': '2',
        },
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
          HTTPS_PROXY: proxy.url,
          NO_PROXY: '',
        },
      });
      const elapsed = Date.now() - started;
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(
        `[TIMEOUT] The proxy ${hostOf(proxy.url)} did not open a connection to ${hostOf(cloud.github.requestUrl)}`,
      );
      expect(run.stdout).toContain('within 2000 ms');
      // One wait of the timeout (a silent proxy is not retried), plus the step's start-up and exit.
      expect(elapsed).toBeLessThan(6_000);
    } finally {
      proxy.silent = false;
    }
  });
});
