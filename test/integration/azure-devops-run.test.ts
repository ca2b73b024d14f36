/**
 * A whole run on Azure DevOps, through the core: the plan accepts both issuer families from the
 * run's facts, the token is claim-checked and its signature verified against the issuer it names,
 * and the Azure target exchanges it at the fake Entra, for a connection on either family.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OidcExchangeError } from '../../src/core/errors.js';
import { createHttpClient, type HttpClient } from '../../src/core/http.js';
import { silentLogger } from '../../src/core/log.js';
import { parsePlan } from '../../src/core/plan.js';
import { run } from '../../src/core/run.js';
import type { RunInfo } from '../../src/core/target.js';
import { azureDevOpsSource } from '../../src/sources/azure-devops.js';
import { TARGETS } from '../../src/targets/index.js';
import type { AdoServiceConnection } from '../fakes/azure-devops.ts';
import type { FakeCloud } from '../fakes/cloud.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { startConnectProxy } from '../support/connect-proxy.ts';
import { trustAzureDevOps } from '../support/trust-azure-devops.ts';

let cloud: FakeCloud;
const http = fakeCloudPerFile((started) => (cloud = started));

function runInfo(connection: AdoServiceConnection): RunInfo {
  return {
    ci: 'azure-devops',
    runId: '3456',
    azureDevOps: {
      collectionId: cloud.azureDevOps.collectionId,
      serviceConnectionId: connection.id,
      tenantId: connection.tenantId,
      authorityHost: `${cloud.entra.authorityHost}/`,
    },
  };
}

async function exchangeFor(
  connection: AdoServiceConnection,
  inputs: Record<string, string> = {},
  client: HttpClient = http,
) {
  const all: Record<string, string> = {
    'azure-client-id': connection.clientId,
    'azure-tenant-id': connection.tenantId,
    'azure-authority-host': cloud.entra.authorityHost,
    ...inputs,
  };
  const plan = parsePlan((n) => all[n] ?? '', TARGETS, runInfo(connection));
  const masked: string[] = [];
  const result = await run(plan, {
    http: client,
    log: silentLogger,
    source: azureDevOpsSource({
      requestUri: cloud.azureDevOps.oidcRequestUri,
      accessToken: cloud.azureDevOps.accessToken,
      serviceConnectionId: connection.id,
      http: client,
    }),
    registerSecret: (v) => masked.push(v),
    tempDir: mkdtempSync(join(tmpdir(), 'ado-run-')),
    childEnv: {},
  });
  return { plan, result, masked };
}

describe('a run on Azure DevOps', () => {
  it('exchanges an Entra-family token (GUID audience) for Azure credentials', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'entra-wif', family: 'entra' });
    const trust = trustAzureDevOps(cloud, connection);
    const { plan, result, masked } = await exchangeFor(connection);
    expect(plan.source).toEqual({ kind: 'azure-devops', serviceConnectionId: connection.id });
    expect(result.issuer).toBe(trust.issuer);
    expect(result.subject).toBe(trust.subject);
    expect(masked).toContain(cloud.azureDevOps.issued.at(-1)?.token);
    expect(result.exports.find((e) => e.name === 'AZURE_CLIENT_ID')?.value).toBe(connection.clientId);
  });

  it('exchanges an Azure DevOps-family token when `issuer` names that family', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'legacy-wif', family: 'vstoken' });
    const trust = trustAzureDevOps(cloud, connection);
    const { result } = await exchangeFor(connection, { issuer: cloud.azureDevOps.vstokenIssuer.issuer });
    expect(result.subject).toBe('sc://contoso/web/legacy-wif');
    expect(result.issuer).toBe(trust.issuer);
  });

  it('names the family a token came from when its issuer is not accepted, and the credential to create', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'legacy-2', family: 'vstoken' });
    trustAzureDevOps(cloud, connection);
    const error = (await exchangeFor(connection).then(
      () => undefined,
      (e: unknown) => e,
    )) as OidcExchangeError;
    expect(error.code).toBe('CLAIM_MISMATCH');
    expect(error.message).toContain(`${cloud.entra.authorityHost}/${connection.tenantId}/v2.0`);
    expect(error.hint).toContain('Azure DevOps issuer family');
    expect(error.hint).toContain(`subject 'sc://contoso/web/legacy-2'`);
    expect(error.hint).toContain(`audience 'api://AzureADTokenExchange'`);
  });

  it('fails on a subject mismatch with both values before any exchange', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'entra-2', family: 'entra' });
    trustAzureDevOps(cloud, connection);
    const entraBefore = cloud.entra.requests.filter((r) => r.path.endsWith('/token')).length;
    const error = (await exchangeFor(connection, { subject: 'sc://contoso/web/entra-2' }).then(
      () => undefined,
      (e: unknown) => e,
    )) as OidcExchangeError;
    expect(error.code).toBe('CLAIM_MISMATCH');
    expect(error.message).toContain("expected 'sc://contoso/web/entra-2'");
    expect(error.message).toContain(`/sc/${cloud.azureDevOps.collectionId}/${connection.id}`);
    expect(error.hint).toContain('Entra issuer family');
    expect(cloud.entra.requests.filter((r) => r.path.endsWith('/token')).length).toBe(entraBefore);
  });

  it("sends every request through the agent's proxy, the Entra exchange's too, except what its bypass list names", async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'behind-proxy', family: 'entra' });
    trustAzureDevOps(cloud, connection);
    const proxy = await startConnectProxy();
    const host = (url: string) => new URL(url).host;
    // Given to the step as the Azure DevOps runtime does (Agent.ProxyUrl), not as environment variables.
    const proxied = createHttpClient({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url }, 3_000);
    const bypassing = createHttpClient(
      { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, bypass: (url) => /localhost/.test(url.hostname) },
      3_000,
    );
    try {
      expect(process.env['HTTPS_PROXY']).toBeUndefined();
      // Signature checking off: Entra is then contacted by the exchange alone.
      await exchangeFor(connection, { 'verify-signature': 'false' }, proxied);
      expect(new Set(proxy.seen)).toEqual(
        new Set([host(cloud.azureDevOps.oidcRequestUri), host(cloud.entra.authorityHost)]),
      );
      const seen = proxy.seen.length;
      await exchangeFor(connection, { 'verify-signature': 'false' }, bypassing);
      expect(proxy.seen.length).toBe(seen);
    } finally {
      proxied.close();
      bypassing.close();
      await proxy.close();
    }
  });

  it('turns an Entra trust mismatch into the credential to create, with the URI audience and the family named', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'untrusted', family: 'entra' });
    const trust = trustAzureDevOps(cloud, connection);
    cloud.entra.addApp({
      tenantId: connection.tenantId,
      clientId: connection.clientId,
      federatedCredentials: [
        { issuer: trust.issuer, subject: `${trust.subject}-old`, audiences: ['api://AzureADTokenExchange'] },
      ],
    });
    const error = (await exchangeFor(connection).then(
      () => undefined,
      (e: unknown) => e,
    )) as OidcExchangeError;
    expect(error.code).toBe('AZURE_TRUST_MISMATCH');
    expect(error.message).toContain(`subject '${trust.subject}'`);
    expect(error.hint).toContain(`"subject":"${trust.subject}","audiences":["api://AzureADTokenExchange"]`);
    expect(error.hint).toContain('Entra issuer family');
  });
});
