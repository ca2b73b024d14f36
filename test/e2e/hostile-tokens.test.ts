/**
 * Hostile or broken tokens from the token endpoint, through the bundle: each fails with one clear
 * error and nothing is exported; every check (alg, claims, signature) passes before any request
 * to a cloud, so none of them reaches Entra, STS or Databricks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { cloudRequests, forger, forgeryKinds } from '../support/forged-tokens.ts';
import { runAction } from '../support/run-action.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { trustEveryTarget } from '../support/trust.ts';

let cloud: FakeCloud;
const subject = 'repo:octo-org/app:ref:refs/heads/main';
const audience = 'api://AzureADTokenExchange';

beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

const now = () => Math.floor(Date.now() / 1000);
const claims = (patch: Record<string, unknown> = {}) => ({
  iss: cloud.issuer.issuer,
  aud: audience,
  sub: subject,
  iat: now(),
  nbf: now() - 600,
  exp: now() + 300,
  ...patch,
});
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

const cases: Array<[string, () => Promise<string>, RegExp]> = [
  ['alg none', () => cloud.issuer.sign(claims(), { header: { alg: 'none' } }), /\[SIGNATURE_INVALID\]/],
  [
    'HS256 signed with the RSA public key',
    () => cloud.issuer.sign(claims(), { header: { alg: 'HS256' } }),
    /\[SIGNATURE_INVALID\]/,
  ],
  [
    'a key the issuer does not publish',
    () => cloud.issuer.signWithForeignKey(claims()),
    /\[SIGNATURE_INVALID\] No key of/,
  ],
  [
    'expired',
    () => cloud.issuer.sign(claims({ exp: now() - 600 })),
    /\[TOKEN_TIME\] The OIDC token expired at/,
  ],
  [
    'issued in the future',
    () => cloud.issuer.sign(claims({ iat: now() + 600 })),
    /\[TOKEN_TIME\] The OIDC token was issued at .* in the future/,
  ],
  [
    'nbf in the future',
    () => cloud.issuer.sign(claims({ nbf: now() + 600 })),
    /\[CLAIM_MISMATCH\] The OIDC token failed the check of claim `nbf`/,
  ],
  [
    'another issuer',
    () => cloud.issuer.sign(claims({ iss: 'https://token.example.com' })),
    /Claim `iss` of the OIDC token does not match/,
  ],
  [
    'a trailing-slash issuer',
    () => cloud.issuer.sign(claims({ iss: `${cloud.issuer.issuer}/` })),
    /trailing slash/,
  ],
  ['aud as an array without ours', () => cloud.issuer.sign(claims({ aud: ['a', 'b'] })), /several audiences/],
  [
    'sub differing only in case',
    () => cloud.issuer.sign(claims({ sub: subject.toUpperCase() })),
    /differ only in case/,
  ],
  ['no exp', () => cloud.issuer.sign(claims({ exp: undefined })), /`exp`/],
  [
    'oversized',
    () => cloud.issuer.sign(claims({ padding: 'x'.repeat(21_000) })),
    /\[TOKEN_MALFORMED\] .*limit 20000/,
  ],
  [
    'bad base64',
    () => Promise.resolve(`${b64({ alg: 'RS256' })}.%%%.sig`),
    /\[TOKEN_MALFORMED\] .*not base64url/,
  ],
  [
    'bad JSON',
    () => Promise.resolve(`${b64({ alg: 'RS256' })}.${Buffer.from('{no').toString('base64url')}.sig`),
    /not JSON/,
  ],
  [
    'two segments',
    () => Promise.resolve(`${b64({ alg: 'RS256' })}.${b64(claims())}`),
    /2 segments instead of 3/,
  ],
  [
    'four segments',
    () => Promise.resolve(`${b64({ alg: 'RS256' })}.${b64(claims())}.a.b`),
    /4 segments instead of 3/,
  ],
];

describe('hostile tokens', () => {
  it.each(cases)('%s: refused with one clear error, nothing exported', async (_name, make, message) => {
    cloud.github.failNext({ status: 200, body: { count: 1, value: await make() }, path: '/idtoken' });
    const before = cloudRequests(cloud);
    const result = await runAction({
      inputs: {
        ...inputsFor(cloud, 'azure'),
        issuer: cloud.issuer.issuer,
        subject,
      },
      env: tokenRequestEnv(cloud),
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.stdout.match(/::error::/g)).toHaveLength(1);
    expect(result.env.size).toBe(0);
    expect(result.outputs.size).toBe(0);
    expect(cloudRequests(cloud)).toBe(before);
  });

  it.each(forgeryKinds)(
    '%s, for Azure, AWS and Databricks at once: refused before any request to a cloud',
    async (kind) => {
      cloud.github.forge = forger(cloud, kind);
      const before = cloudRequests(cloud);
      try {
        const result = await runAction({
          inputs: {
            ...inputsFor(cloud, 'azure', 'aws', 'databricks'),
            issuer: cloud.issuer.issuer,
            subject,
          },
          env: tokenRequestEnv(cloud),
        });
        expect(result.exitCode).toBe(1);
        expect(result.stdout).toContain('[SIGNATURE_INVALID]');
        expect(result.env.size).toBe(0);
        expect(cloudRequests(cloud)).toBe(before);
      } finally {
        cloud.github.forge = undefined;
      }
    },
  );
});

describe('the header check: RS256 only, even with verify-signature: false', () => {
  // With the signature check off, nothing but the header check stands between a forged token and
  // the clouds: the signature library, which refuses these too, is never asked.
  it.each([
    ['none', 'alg none'],
    ['HS256', 'HS256 signed with the RSA public key'],
  ] as const)('alg %s: refused by its header, and neither Entra nor STS is asked', async (alg, kind) => {
    cloud.github.forge = forger(cloud, kind);
    const entra = cloud.entra.requests.length;
    const sts = cloud.sts.requests.length;
    try {
      const result = await runAction({
        inputs: {
          ...inputsFor(cloud, 'azure', 'aws'),
          issuer: cloud.issuer.issuer,
          subject,
          'verify-signature': 'false',
        },
        env: tokenRequestEnv(cloud),
      });
      expect(result.exitCode).toBe(1);
      const errors = result.stdout.match(/^::error::.*$/gm) ?? [];
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(
        `::error::[SIGNATURE_INVALID] The OIDC token from the GitHub Actions ID token endpoint is not RS256-signed: its header names alg '${alg}'.`,
      );
      expect(result.env.size).toBe(0);
    } finally {
      cloud.github.forge = undefined;
    }
    expect(cloud.entra.requests.length - entra).toBe(0);
    expect(cloud.sts.requests.length - sts).toBe(0);
  });
});
