import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer } from './http-server.ts';
import { startOidcIssuer } from './oidc-issuer.ts';
import type { FakeIssuer } from './oidc-issuer.ts';

let issuer: FakeIssuer;
beforeAll(async () => {
  issuer = await startOidcIssuer();
});
afterAll(() => issuer.close());

async function getJson<T>(url: string): Promise<T> {
  return (await (await fetch(url)).json()) as T;
}

describe('server helper', () => {
  it('records requests, injects faults and closes despite hung connections', async () => {
    const server = await startServer((req) => ({ status: 200, body: { echo: req.form } }));
    try {
      server.failNext({ status: 418, body: 'teapot' });
      server.failNext({ reset: true });
      server.failNext({ hang: true });
      const post = () => fetch(server.url, { method: 'POST', body: new URLSearchParams({ a: '1' }) });
      expect((await post()).status).toBe(418);
      await expect(post()).rejects.toThrow();
      const hung = post();
      await vi.waitUntil(() => server.requests.length === 3);
      await server.close();
      await expect(hung).rejects.toThrow();
      expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/', form: { a: '1' } });
    } finally {
      await server.close();
    }
  });
});

describe('OIDC issuer', () => {
  it('serves GitHub-shaped discovery and an RS256 JWKS', async () => {
    const discovery = await getJson<{ jwks_uri: string; claims_supported: string[] }>(
      `${issuer.issuer}/.well-known/openid-configuration`,
    );
    expect(discovery).toMatchObject({
      issuer: issuer.issuer,
      jwks_uri: `${issuer.issuer}/.well-known/jwks`,
      response_types_supported: ['id_token'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid'],
    });
    expect(discovery.claims_supported).toContain('job_workflow_ref');
    const { keys } = await getJson<{ keys: unknown[] }>(discovery.jwks_uri);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
  });

  it('supports GHES-style issuers with a path', async () => {
    const ghes = await startOidcIssuer({ path: '/_services/token' });
    try {
      expect(ghes.issuer).toMatch(/^https:\/\/localhost:\d+\/_services\/token$/);
      const doc = await getJson<{ jwks_uri: string }>(`${ghes.issuer}/.well-known/openid-configuration`);
      expect(doc.jwks_uri).toBe(`${ghes.issuer}/.well-known/jwks`);
    } finally {
      await ghes.close();
    }
  });

  it('rotates keys, keeping the old ones published unless dropOld', async () => {
    const rotating = await startOidcIssuer();
    try {
      const jwks = createRemoteJWKSet(new URL(rotating.jwksUri), { cooldownDuration: 0 });
      const oldKid = rotating.activeKid;
      const oldToken = await rotating.sign({ sub: 'x' });
      await expect(jwtVerify(oldToken, jwks)).resolves.toBeDefined();
      rotating.rotateKeys();
      expect(rotating.activeKid).not.toBe(oldKid);
      const newToken = await rotating.sign({ sub: 'x' });
      expect(decodeProtectedHeader(newToken).kid).toBe(rotating.activeKid);
      await expect(jwtVerify(newToken, jwks)).resolves.toBeDefined(); // unknown kid: jose refetches
      await expect(jwtVerify(oldToken, jwks)).resolves.toBeDefined();
      rotating.rotateKeys({ dropOld: true });
      expect(rotating.jwks().keys.map((k) => k.kid)).toEqual([rotating.activeKid]);
      await expect(jwtVerify(oldToken, createRemoteJWKSet(new URL(rotating.jwksUri)))).rejects.toThrow(
        /no applicable key/,
      );
      const foreign = await rotating.signWithForeignKey({ sub: 'x' });
      expect(rotating.jwks().keys.map((k) => k.kid)).not.toContain(decodeProtectedHeader(foreign).kid);
    } finally {
      await rotating.close();
    }
  });

  it('can redirect the JWKS and override discovery', async () => {
    issuer.redirectJwks(true);
    issuer.overrideDiscovery({ issuer: 'https://evil.example' });
    try {
      const res = await fetch(issuer.jwksUri, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect((await getJson<{ keys: unknown[] }>(issuer.jwksUri)).keys.length).toBeGreaterThan(0);
      const doc = await getJson<{ issuer: string }>(`${issuer.issuer}/.well-known/openid-configuration`);
      expect(doc.issuer).toBe('https://evil.example');
    } finally {
      issuer.redirectJwks(false);
      issuer.overrideDiscovery(undefined);
    }
  });
});
