/**
 * The Azure target's exchange (a direct token request) against the fake Entra: each Entra
 * refusal becomes its stable code with a fix; only transient ones are retried.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/core/http.js';
import { silentLogger } from '../../src/core/log.js';
import { compilePattern } from '../../src/core/pattern.js';
import { parsePlan } from '../../src/core/plan.js';
import { createTokenSupplies } from '../../src/core/token-supply.js';
import { exchange } from '../../src/targets/azure/exchange.js';
import type { AzureSettings } from '../../src/targets/azure/definition.js';
import { TARGETS } from '../../src/targets/index.js';
import { githubSource } from '../../src/sources/github.js';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';

let cloud: FakeCloud;
const http = createHttpClient();
const subject = 'repo:octo-org/app:ref:refs/heads/main';

beforeAll(async () => {
  cloud = await startFakeCloud();
});
afterAll(async () => {
  http.close();
  await cloud.close();
});
beforeEach(() => {
  cloud.github.tokenLifetimeSeconds = 300;
  cloud.github.clockOffsetSeconds = 0;
  cloud.entra.addApp({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    federatedCredentials: [
      { issuer: cloud.issuer.issuer, subject, audiences: ['api://AzureADTokenExchange'] },
    ],
  });
});

function settings(patch: Record<string, string> = {}): AzureSettings {
  const inputs: Record<string, string> = {
    'azure-client-id': ids.clientId,
    'azure-tenant-id': ids.tenantId,
    'azure-authority-host': cloud.entra.authorityHost,
    ...patch,
  };
  return parsePlan((n) => inputs[n] ?? '', TARGETS).targets[0]?.settings as AzureSettings;
}

function context() {
  const supplies = createTokenSupplies({
    source: githubSource({
      requestUrl: cloud.github.requestUrl,
      requestToken: cloud.github.requestToken,
      http,
    }),
    expectations: {
      issuer: cloud.issuer.issuer,
      subjects: [compilePattern('*')],
      claims: [],
      clockToleranceSeconds: 600,
    },
    verifier: undefined,
    registerSecret: () => undefined,
    now: () => new Date(),
  });
  const tokens = supplies.forAudience('api://AzureADTokenExchange');
  return {
    http,
    log: silentLogger,
    tokens,
    tempDir: mkdtempSync(join(tmpdir(), 'azure-exchange-')),
    childEnv: {},
    timeoutMs: 2_000,
    registerSecret: () => undefined,
    now: () => new Date(),
  };
}

async function failure(s: AzureSettings) {
  const ctx = context();
  await ctx.tokens.current();
  return exchange(s, ctx).then(
    () => {
      throw new Error('expected the exchange to fail');
    },
    (error: unknown) => error as { code: string; message: string; hint?: string; retryable: boolean },
  );
}

describe('Azure exchange errors', () => {
  it('AADSTS700016: an app that is not in the tenant', async () => {
    const error = await failure(settings({ 'azure-client-id': '33333333-3333-3333-3333-333333333333' }));
    expect(error.code).toBe('AZURE_APP_NOT_FOUND');
    expect(error.message).toContain('AADSTS700016');
    expect(error.hint).toContain('`azure-client-id`');
  });

  it('AADSTS90002: a tenant that does not exist', async () => {
    const error = await failure(settings({ 'azure-tenant-id': '44444444-4444-4444-4444-444444444444' }));
    expect(error.code).toBe('AZURE_TENANT_NOT_FOUND');
    expect(error.hint).toContain('`azure-cloud`');
  });

  it('AADSTS700024: an assertion outside its time range, tried again with a new token', async () => {
    // Expired 30 s ago for Entra (no skew allowed here), still within this test's own tolerance.
    cloud.entra.clockSkewSeconds = 0;
    cloud.github.clockOffsetSeconds = -330;
    const before = cloud.github.issued.length;
    const error = await failure(settings());
    expect(error.code).toBe('AZURE_ASSERTION_TIME');
    expect(error.message).toContain('AADSTS700024');
    expect(cloud.github.issued.length - before).toBeGreaterThan(1);
  });

  it('AADSTS700212: an audience the credential does not list', async () => {
    cloud.entra.addApp({
      tenantId: ids.tenantId,
      clientId: ids.clientId,
      federatedCredentials: [{ issuer: cloud.issuer.issuer, subject, audiences: ['api://Other'] }],
    });
    const error = await failure(settings());
    expect(error.code).toBe('AZURE_TRUST_MISMATCH');
    expect(error.hint).toContain('"audiences":["api://AzureADTokenExchange"]');
  });
  // Last: the issuer's injected failures outlast this test.
  it('AADSTS50166: Entra cannot reach the issuer, retried as transient', async () => {
    cloud.issuer.failNext({ status: 500, body: 'down' }, 50);
    const before = cloud.entra.requests.filter((r) => r.method === 'POST').length;
    const error = await failure(settings());
    expect(error.code).toBe('AZURE_ISSUER_UNREACHABLE');
    expect(error.retryable).toBe(true);
    expect(cloud.entra.requests.filter((r) => r.method === 'POST').length - before).toBeGreaterThan(1);
  });
});
