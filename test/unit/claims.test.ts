import { describe, expect, it } from 'vitest';
import { checkClaims, type ClaimExpectations } from '../../src/core/claims.js';
import { OidcExchangeError, OidcExchangeErrors } from '../../src/core/errors.js';
import { compilePattern } from '../../src/core/pattern.js';

const now = new Date('2026-11-23T12:00:00Z');
const nowSeconds = now.getTime() / 1000;
const token = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'api://AzureADTokenExchange',
  sub: 'repo:octo-org/app:environment:production',
  environment: 'production',
  repository: 'octo-org/app',
  repository_owner_id: '123456',
  job_workflow_ref: 'octo-org/ci/.github/workflows/deploy.yml@refs/heads/main',
  iat: nowSeconds - 10,
  nbf: nowSeconds - 610,
  exp: nowSeconds + 290,
};

function expect_(patch: Partial<ClaimExpectations> = {}): ClaimExpectations {
  return {
    issuer: 'https://token.actions.githubusercontent.com',
    audience: 'api://AzureADTokenExchange',
    subjects: [],
    claims: [],
    clockToleranceSeconds: 60,
    ...patch,
  };
}

function failure(claims: Record<string, unknown>, expectations: ClaimExpectations): OidcExchangeError {
  try {
    checkClaims(claims, expectations, now);
  } catch (error) {
    if (error instanceof OidcExchangeError) return error;
  }
  throw new Error('expected a mismatch');
}

describe('checkClaims', () => {
  it('passes a token that matches every rule, with wildcards', () => {
    expect(() =>
      checkClaims(
        token,
        expect_({
          subjects: [
            compilePattern('repo:octo-org/other:*'),
            compilePattern('repo:octo-org/app:environment:*'),
          ],
          claims: [
            { name: 'repository_owner_id', pattern: compilePattern('123456') },
            {
              name: 'job_workflow_ref',
              pattern: compilePattern('octo-org/ci/.github/workflows/deploy.yml@*'),
            },
          ],
        }),
        now,
      ),
    ).not.toThrow();
  });

  it('names claim, expected and actual, and explains environment versus ref', () => {
    const error = failure(
      token,
      expect_({ subjects: [compilePattern('repo:octo-org/app:ref:refs/heads/main')] }),
    );
    expect(error.code).toBe('CLAIM_MISMATCH');
    expect(error.message).toBe(
      "Claim `sub` of the OIDC token does not match: expected 'repo:octo-org/app:ref:refs/heads/main', but the token has 'repo:octo-org/app:environment:production'.",
    );
    expect(error.hint).toContain(
      'This job has `environment: production`, so its subject ends in `:environment:production`',
    );
  });

  it('is case-sensitive and says when only case differs', () => {
    const error = failure(
      token,
      expect_({ subjects: [compilePattern('repo:Octo-Org/app:environment:production')] }),
    );
    expect(error.hint).toMatch(/differ only in case/);
    const claim = failure(
      token,
      expect_({ claims: [{ name: 'environment', pattern: compilePattern('Production') }] }),
    );
    expect(claim.hint).toMatch(/differ only in case/);
  });

  it('explains immutable subjects', () => {
    const immutable = { ...token, sub: 'repo:octo-org@123456/app@456789:environment:production' };
    const error = failure(
      immutable,
      expect_({ subjects: [compilePattern('repo:octo-org/app:environment:production')] }),
    );
    expect(error.hint).toMatch(/immutable subjects/);
  });

  it('checks issuer byte for byte and explains a trailing slash', () => {
    const error = failure({ ...token, iss: 'https://token.actions.githubusercontent.com/' }, expect_());
    expect(error.message).toMatch(/Claim `iss`/);
    expect(error.hint).toMatch(/trailing slash/);
  });

  it('requires exactly our audience', () => {
    expect(failure({ ...token, aud: ['api://AzureADTokenExchange', 'x'] }, expect_()).hint).toMatch(
      /several audiences/,
    );
    expect(failure({ ...token, aud: 'sts.amazonaws.com' }, expect_()).message).toMatch(/Claim `aud`/);
  });

  it('reports a missing claim', () => {
    const error = failure(
      token,
      expect_({ claims: [{ name: 'repository_id', pattern: compilePattern('1') }] }),
    );
    expect(error.message).toMatch(/the token has no such claim/);
  });

  it('reports every mismatch at once', () => {
    const error = failure(
      { ...token, aud: 'x' },
      expect_({
        subjects: [compilePattern('repo:a/b:*')],
        claims: [{ name: 'environment', pattern: compilePattern('staging') }],
      }),
    );
    expect(error).toBeInstanceOf(OidcExchangeErrors);
    expect((error as OidcExchangeErrors).errors.map((e) => e.message.slice(0, 13))).toEqual([
      'Claim `aud` o',
      'Claim `sub` o',
      'Claim `enviro',
    ]);
  });

  it("says when the token expired or is from the future, naming the runner's clock", () => {
    const expired = failure({ ...token, exp: nowSeconds - 120 }, expect_());
    expect(expired.code).toBe('TOKEN_TIME');
    expect(expired.message).toContain("the runner's clock reads 2026-11-23T12:00:00.000Z");
    expect(failure({ ...token, iat: nowSeconds + 300 }, expect_()).hint).toMatch(/clock is behind/);
  });

  it('refuses, before any exchange, a token not yet valid or without an expiry', () => {
    const early = failure({ ...token, nbf: nowSeconds + 300 }, expect_());
    expect(early.code).toBe('CLAIM_MISMATCH');
    expect(early.message).toContain('not valid before 2026-11-23T12:05:00.000Z');
    expect(early.hint).toMatch(/clock may be behind/);
    // Within the clock tolerance it passes, as the signature check would let it.
    expect(() => checkClaims({ ...token, nbf: nowSeconds + 30 }, expect_(), now)).not.toThrow();
    expect(failure({ ...token, exp: undefined }, expect_()).message).toContain('claim `exp`: it has none');
    expect(failure({ ...token, exp: String(token.exp) }, expect_()).message).toContain('it has a string');
  });

  it('refuses a subject with control characters, even when no subject is expected', () => {
    const error = failure({ ...token, sub: 'repo:o/r:ref:x\nEVIL=1' }, expect_());
    expect(error.message).toContain(
      "expected a subject without control characters, but the token has 'repo:o/r:ref:x\\x0aEVIL=1'",
    );
  });
});

describe('compilePattern', () => {
  it('treats only * as special', () => {
    expect(compilePattern('a.b?c').test('a.b?c')).toBe(true);
    expect(compilePattern('a.b').test('axb')).toBe(false);
    expect(compilePattern('repo:o/r:*').test('repo:o/r:ref:refs/heads/x')).toBe(true);
    expect(compilePattern('repo:o/r:*').test('repo:o/r2:ref')).toBe(false);
    expect(compilePattern('*').test('')).toBe(true);
  });
});
