/**
 * Signature verification against the fake issuer over real HTTPS (docs/protocols.md §5): discovery,
 * keys from jwks_uri only, RS256 only, required time claims, a refetch for an unknown key (at most
 * one per cooldown), and no failed fetch kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/core/http.js';
import { createSignatureVerifier } from '../../src/core/verify.js';
import { startOidcIssuer, type FakeIssuer } from '../fakes/oidc-issuer.ts';

let issuer: FakeIssuer;
const http = createHttpClient();
const audience = 'api://AzureADTokenExchange';

beforeAll(async () => {
  issuer = await startOidcIssuer({ path: '/_services/token' });
});
afterAll(async () => {
  http.close();
  await issuer.close();
});

function claims(patch: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: issuer.issuer,
    aud: audience,
    sub: 'repo:o/r:ref:refs/heads/main',
    iat: now,
    nbf: now - 600,
    exp: now + 300,
    ...patch,
  };
}

function verifier(now: () => Date = () => new Date()) {
  return createSignatureVerifier({ http, issuer: issuer.issuer, clockToleranceSeconds: 60, now });
}

const jwksFetches = () => issuer.requests.filter((r) => r.path.endsWith('/jwks')).length;

function unsigned(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const seg = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${seg(header)}.${seg(payload)}.`;
}

describe('signature verification', () => {
  it('accepts an RS256 token signed by a published key of an issuer with a path', async () => {
    await expect(verifier().verify(await issuer.sign(claims()), audience)).resolves.toBeUndefined();
    const paths = issuer.requests.map((r) => r.path);
    expect(paths).toContain('/_services/token/.well-known/openid-configuration');
    expect(paths).toContain('/_services/token/.well-known/jwks');
  });

  it('refuses a key that is not published, after exactly one refetch of the keys', async () => {
    const v = verifier();
    await v.verify(await issuer.sign(claims()), audience);
    const before = issuer.requests.filter((r) => r.path.endsWith('/jwks')).length;
    await expect(v.verify(await issuer.signWithForeignKey(claims()), audience)).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
      message: expect.stringContaining('No key of') as unknown,
    });
    expect(issuer.requests.filter((r) => r.path.endsWith('/jwks')).length - before).toBe(1);
  });

  it('follows a key rotation in the middle of a run', async () => {
    const v = verifier();
    await v.verify(await issuer.sign(claims()), audience);
    issuer.rotateKeys({ dropOld: true });
    await expect(v.verify(await issuer.sign(claims()), audience)).resolves.toBeUndefined();
  });

  it('refuses alg none and HS256 made with the public key', async () => {
    const v = verifier();
    await expect(v.verify(unsigned({ alg: 'none', typ: 'JWT' }, claims()), audience)).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
    const { createHmac } = await import('node:crypto');
    const jwk = issuer.jwks().keys[0];
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: jwk?.kid })).toString(
      'base64url',
    );
    const payload = Buffer.from(JSON.stringify(claims())).toString('base64url');
    const mac = createHmac('sha256', JSON.stringify(jwk)).update(`${header}.${payload}`).digest('base64url');
    await expect(v.verify(`${header}.${payload}.${mac}`, audience)).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
  });

  it('requires exp, nbf and iat, and refuses an expired token', async () => {
    const v = verifier();
    await expect(v.verify(await issuer.sign(claims({ nbf: undefined })), audience)).rejects.toMatchObject({
      code: 'CLAIM_MISMATCH',
      message: expect.stringContaining('`nbf`') as unknown,
    });
    await expect(
      v.verify(await issuer.sign(claims({ exp: Math.floor(Date.now() / 1000) - 3600 })), audience),
    ).rejects.toMatchObject({
      code: 'TOKEN_TIME',
    });
  });

  it('refuses a discovery document that names another issuer', async () => {
    issuer.overrideDiscovery({ issuer: `${issuer.issuer}/` });
    try {
      await expect(verifier().verify(await issuer.sign(claims()), audience)).rejects.toMatchObject({
        code: 'DISCOVERY_FAILED',
        message: expect.stringContaining('names issuer') as unknown,
      });
    } finally {
      issuer.overrideDiscovery(undefined);
    }
  });

  it('does not follow a redirect to the key set', async () => {
    issuer.redirectJwks(true);
    try {
      await expect(verifier().verify(await issuer.sign(claims()), audience)).rejects.toMatchObject({
        code: 'HTTP_FAILED',
        message: expect.stringContaining('not followed') as unknown,
      });
    } finally {
      issuer.redirectJwks(false);
    }
  });

  it('retries a transient failure of the discovery endpoint', async () => {
    issuer.failNext({ status: 503, body: 'busy' }, 1);
    await expect(verifier().verify(await issuer.sign(claims()), audience)).resolves.toBeUndefined();
  });

  it('keeps no failed key fetch: after an outage the next check fetches again and passes', async () => {
    const v = verifier();
    issuer.failNext({ status: 503, body: 'unavailable', path: '/jwks' }, 4); // every attempt of one fetch
    await expect(v.verify(await issuer.sign(claims()), audience)).rejects.toMatchObject({
      code: 'HTTP_FAILED',
      retryable: true,
    });
    await expect(v.verify(await issuer.sign(claims()), audience)).resolves.toBeUndefined();
  });

  it('follows rotation after rotation, refetching at most once per cooldown', async () => {
    let clock = Date.now();
    const v = verifier(() => new Date(clock));
    await v.verify(await issuer.sign(claims()), audience);
    issuer.rotateKeys({ dropOld: true });
    await expect(v.verify(await issuer.sign(claims()), audience)).resolves.toBeUndefined();
    issuer.rotateKeys({ dropOld: true });
    const before = jwksFetches();
    // Within the cooldown: refused without a fetch, as a failure worth trying again later.
    await expect(v.verify(await issuer.sign(claims()), audience)).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
      retryable: true,
      message: expect.stringContaining('less than 10 s ago') as unknown,
    });
    expect(jwksFetches()).toBe(before);
    clock += 10_000;
    await expect(v.verify(await issuer.sign(claims()), audience)).resolves.toBeUndefined();
    expect(jwksFetches()).toBe(before + 1);
  });

  it('survives an outage during a rotation: a failed refetch does not start the cooldown', async () => {
    const v = verifier();
    await v.verify(await issuer.sign(claims()), audience);
    issuer.rotateKeys({ dropOld: true });
    issuer.failNext({ status: 503, body: 'unavailable', path: '/jwks' }, 4);
    await expect(v.verify(await issuer.sign(claims()), audience)).rejects.toMatchObject({
      code: 'HTTP_FAILED',
    });
    await expect(v.verify(await issuer.sign(claims()), audience)).resolves.toBeUndefined();
  });
});
