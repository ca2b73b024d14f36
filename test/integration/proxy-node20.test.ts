/**
 * Proxies on Node 20 (the Azure DevOps Node20_1 handler), whose agents ignore `proxyEnv`: the core's
 * CONNECT tunnel carries every https request, plain http goes to the proxy with an absolute URI,
 * NO_PROXY is honoured. Run by the system's Node 20 on transpiled sources; a twin in-process test
 * forces the same fallback on this Node for the cases that need no second runtime.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/core/http.js';
import { OidcExchangeError } from '../../src/core/errors.js';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { startConnectProxy, type RecordingProxy } from '../support/connect-proxy.ts';
import { findNode20, runNode, transpileForNode20 } from '../support/node20.ts';

let cloud: FakeCloud;
let proxy: RecordingProxy;
let driver: string;
let node20: string;

// Gets an Azure DevOps token (http oidctoken endpoint), then the Entra discovery document of its
// issuer (https), through whatever proxy the arguments name; prints what it got.
const driverSource = `
import { createHttpClient } from './core/http.js';
import { azureDevOpsSource } from './sources/azure-devops.js';
const [settings, requestUri, accessToken, connectionId, discoveryUrl] = process.argv.slice(2);
const http = createHttpClient(JSON.parse(settings), 5000);
try {
  const token = await azureDevOpsSource({ requestUri, accessToken, serviceConnectionId: connectionId, http }).getToken('x');
  const discovery = await http.request({ url: discoveryUrl, purpose: 'discovery' });
  console.log(JSON.stringify({ node: process.version, tokenParts: token.split('.').length, discovery: discovery.status }));
} catch (error) {
  console.log(JSON.stringify({ node: process.version, error: error.message }));
} finally {
  http.close();
}
`;

beforeAll(async () => {
  [cloud, proxy] = await Promise.all([startFakeCloud(), startConnectProxy()]);
  node20 = findNode20();
  const dir = transpileForNode20();
  driver = join(dir, 'driver.mjs');
  writeFileSync(driver, driverSource);
});
afterAll(async () => {
  await Promise.all([cloud.close(), proxy.close()]);
});

const hostOf = (url: string) => new URL(url).host;

async function runDriver(settings: Record<string, string>) {
  const connection = cloud.azureDevOps.addConnection({ name: 'wif', family: 'entra' });
  const discovery = `${cloud.entra.authorityHost}/${ids.tenantId}/v2.0/.well-known/openid-configuration`;
  const run = await runNode(
    node20,
    driver,
    [
      JSON.stringify(settings),
      cloud.azureDevOps.oidcRequestUri,
      cloud.azureDevOps.accessToken,
      connection.id,
      discovery,
    ],
    { PATH: process.env['PATH'], NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'] },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { node: string; tokenParts?: number; discovery?: number; error?: string };
}

describe('proxies under Node 20', () => {
  it('tunnels https with CONNECT and sends http to the proxy, both through HTTPS_PROXY/HTTP_PROXY', async () => {
    const before = proxy.seen.length;
    const result = await runDriver({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '' });
    expect(result).toEqual({
      node: expect.stringMatching(/^v20\./) as unknown,
      tokenParts: 3,
      discovery: 200,
    });
    expect(proxy.seen.slice(before)).toEqual([
      hostOf(cloud.azureDevOps.oidcRequestUri),
      hostOf(cloud.entra.authorityHost),
    ]);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    const before = proxy.seen.length;
    const result = await runDriver({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: 'localhost' });
    expect(result.discovery).toBe(200);
    expect(proxy.seen.length).toBe(before);
  });

  it('fails clearly when the proxy cannot be reached, without the proxy credentials', async () => {
    const result = await runDriver({ HTTPS_PROXY: 'http://user:s3cret@127.0.0.1:9', NO_PROXY: '' });
    expect(result.error).toMatch(/Could not reach/);
    expect(result.error).not.toContain('s3cret');
  });
});

describe('the CONNECT fallback on this Node', () => {
  it('is what a Node without proxyEnv gets, and reports a refused tunnel as such', async () => {
    const http = createHttpClient({ HTTPS_PROXY: proxy.url }, 3_000, false);
    try {
      const before = proxy.seen.length;
      const res = await http.request({
        url: `${cloud.entra.authorityHost}/${ids.tenantId}/v2.0/.well-known/openid-configuration`,
        purpose: 'discovery',
      });
      expect(res.status).toBe(200);
      expect(proxy.seen.slice(before)).toEqual([hostOf(cloud.entra.authorityHost)]);
    } finally {
      http.close();
    }
    // A proxy that wants credentials it was not given.
    const strict = createServer();
    strict.on('connect', (_req, socket: Duplex) => {
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
    });
    await new Promise<void>((done) => strict.listen(0, '127.0.0.1', done));
    const port = (strict.address() as AddressInfo).port;
    const refusing = createHttpClient({ HTTPS_PROXY: `http://127.0.0.1:${port}` }, 3_000, false);
    try {
      const error: unknown = await refusing
        .request({ url: `${cloud.entra.authorityHost}/x`, purpose: 'Entra' })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(OidcExchangeError);
      expect((error as Error).message).toMatch(/refused the tunnel to localhost:\d+ \(HTTP 407\)/);
      expect((error as OidcExchangeError).hint).toContain('HTTPS_PROXY');
    } finally {
      refusing.close();
      strict.close();
    }
  });
});
