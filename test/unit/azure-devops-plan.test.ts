/**
 * Planning and claim checks for Azure DevOps tokens: which issuers a step accepts, the audience
 * Azure DevOps chooses, and messages that name the token's issuer family and the credential it needs.
 */
import { describe, expect, it } from 'vitest';
import { checkClaims, type ClaimExpectations } from '../../src/core/claims.js';
import { OidcExchangeError, OidcExchangeErrors } from '../../src/core/errors.js';
import { compilePattern } from '../../src/core/pattern.js';
import { parsePlan } from '../../src/core/plan.js';
import type { RunInfo } from '../../src/core/target.js';
import { familyOfToken } from '../../src/core/azure-devops-issuers.js';
import { TARGETS } from '../../src/targets/index.js';

const collectionId = '9a4c3a3e-6f1e-4a61-9c51-1b2f0c1d2e3f';
const tenantId = '11111111-1111-1111-1111-111111111111';
const connectionId = '5d0b8e0e-0c6c-4d2b-9f3a-1c2d3e4f5a6b';
const entraIssuer = `https://login.microsoftonline.com/${tenantId}/v2.0`;
const vstokenIssuer = `https://vstoken.dev.azure.com/${collectionId}`;
const entraSubject = `/eid1/c/pub/t/EREREREREREREREREREREQ/a/rISbSSETf0KqFyZ8ppdXmA/sc/${collectionId}/${connectionId}`;

const ado: RunInfo = {
  ci: 'azure-devops',
  azureDevOps: {
    collectionId,
    serviceConnectionId: connectionId,
    tenantId,
    authorityHost: 'https://login.microsoftonline.com/',
  },
};
const awsInputs: Record<string, string> = {
  'aws-role-arn': 'arn:aws:iam::123456789012:role/deploy',
  'aws-region': 'eu-west-1',
};
const plan = (inputs: Record<string, string> = {}, run: RunInfo = ado) =>
  parsePlan((n) => ({ ...awsInputs, ...inputs })[n] ?? '', TARGETS, run);

function problems(fn: () => unknown): OidcExchangeError[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof OidcExchangeErrors) return [...error.errors];
    if (error instanceof OidcExchangeError) return [error];
    throw error;
  }
  return [];
}

describe('a plan on Azure DevOps', () => {
  it('takes the Azure DevOps source and accepts both issuer families from the run', () => {
    const p = plan();
    expect(p.source).toEqual({ kind: 'azure-devops', serviceConnectionId: connectionId });
    expect(p.azureDevOps?.issuers).toEqual([
      { family: 'entra', issuer: entraIssuer },
      { family: 'vstoken', issuer: vstokenIssuer },
    ]);
    expect(p.issuer).toBe(entraIssuer);
  });

  it('accepts only the issuer that `issuer` names', () => {
    const p = plan({ issuer: 'https://vstoken.example.test/abc' });
    expect(p.azureDevOps?.issuers).toEqual([
      { family: 'vstoken', issuer: 'https://vstoken.example.test/abc' },
    ]);
  });

  it('asks every target for the audience Azure DevOps issues, whatever the target would choose', () => {
    expect(plan().targets.map((t) => t.audience)).toEqual(['api://AzureADTokenExchange']);
    expect(plan({ audience: 'fb60f99c-7a34-4190-8149-302f77469936' }).targets[0]?.audience).toBe(
      'api://AzureADTokenExchange',
    );
    const [error] = problems(() => plan({ audience: 'sts.amazonaws.com' }));
    expect(error?.message).toContain('Input `audience` must be empty or `api://AzureADTokenExchange`');
  });

  it('needs `issuer` when the run names neither a collection nor a connection tenant', () => {
    const [error] = problems(() => plan({}, { ci: 'azure-devops', azureDevOps: {} }));
    expect(error?.message).toContain('Input `issuer` is required when the run names neither');
  });

  it('takes the pipeline token (vstoken family only) without a connection', () => {
    const p = plan({}, { ci: 'azure-devops', azureDevOps: { collectionId } });
    expect(p.source).toEqual({ kind: 'azure-devops', serviceConnectionId: undefined });
    expect(p.azureDevOps?.issuers.map((i) => i.family)).toEqual(['vstoken']);
  });

  it('is chosen by `token-source: azure-devops` too, and GitHub stays the default elsewhere', () => {
    expect(plan({ 'token-source': 'azure-devops' }, { azureDevOps: { collectionId } }).source.kind).toBe(
      'azure-devops',
    );
    expect(plan({}, { ci: 'github' }).source.kind).toBe('github');
    expect(plan({}, { ci: 'github' }).azureDevOps).toBeUndefined();
  });
});

const now = new Date('2026-11-23T15:00:00Z');
const times = {
  iat: now.getTime() / 1000 - 10,
  nbf: now.getTime() / 1000 - 600,
  exp: now.getTime() / 1000 + 290,
};
const expectations = (patch: Partial<ClaimExpectations> = {}): ClaimExpectations => ({
  issuer: entraIssuer,
  audience: 'api://AzureADTokenExchange',
  subjects: [],
  claims: [],
  clockToleranceSeconds: 60,
  azureDevOps: {
    issuers: [
      { family: 'entra', issuer: entraIssuer },
      { family: 'vstoken', issuer: vstokenIssuer },
    ],
    serviceConnectionId: connectionId,
  },
  ...patch,
});
const entraToken = {
  iss: entraIssuer,
  sub: entraSubject,
  aud: 'fb60f99c-7a34-4190-8149-302f77469936',
  ...times,
};
const vstokenToken = {
  iss: vstokenIssuer,
  sub: 'sc://contoso/web/my-wif',
  aud: 'api://AzureADTokenExchange',
  ...times,
};
const check = (claims: Record<string, unknown>, patch: Partial<ClaimExpectations> = {}) =>
  problems(() => checkClaims(claims, expectations(patch), now));

describe('claims of an Azure DevOps token', () => {
  it('accepts either family, each with its own audience form', () => {
    expect(check(entraToken)).toEqual([]);
    expect(check(vstokenToken)).toEqual([]);
    expect(check({ ...entraToken, aud: 'api://AzureADTokenExchange' })).toEqual([]);
  });

  it('refuses any other audience', () => {
    const [error] = check({ ...vstokenToken, aud: 'sts.amazonaws.com' });
    expect(error?.message).toContain(
      "expected 'api://AzureADTokenExchange' or 'fb60f99c-7a34-4190-8149-302f77469936'",
    );
  });

  it('names the family of an issuer it does not accept, and the credential the token needs', () => {
    const only = {
      issuers: [{ family: 'entra' as const, issuer: entraIssuer }],
      serviceConnectionId: connectionId,
    };
    const [error] = check(vstokenToken, { azureDevOps: only });
    expect(error?.message).toContain(`expected '${entraIssuer}', but the token has '${vstokenIssuer}'`);
    expect(error?.hint).toContain('The token comes from the Azure DevOps issuer family');
    expect(error?.hint).toContain('was not told to accept');
    expect(error?.hint).toContain(
      `must contain issuer '${vstokenIssuer}', subject 'sc://contoso/web/my-wif', audience 'api://AzureADTokenExchange'`,
    );
    const [other] = check({ ...entraToken, iss: 'https://login.microsoftonline.com/other/v2.0' });
    expect(other?.hint).toContain('the Entra issuer family');
    expect(other?.hint).toContain('names another organisation, tenant or authority');
  });

  it('explains a subject of the other family, the pipeline token, and case', () => {
    const [family] = check(entraToken, { subjects: [compilePattern('sc://contoso/web/my-wif')] });
    expect(family?.message).toContain(`but the token has '${entraSubject}'`);
    expect(family?.hint).toContain('converted to use Entra-issued tokens');
    const [back] = check(vstokenToken, { subjects: [compilePattern('/eid1/*')] });
    expect(back?.hint).toContain('not the Entra issuer');
    const [pipeline] = check(
      { ...vstokenToken, sub: 'p://contoso/web/deploy' },
      { subjects: [compilePattern('sc://contoso/web/my-wif')] },
    );
    expect(pipeline?.hint).toContain(`not service connection ${connectionId}'s`);
    const [cased] = check(vstokenToken, { subjects: [compilePattern('sc://Contoso/web/my-wif')] });
    expect(cased?.hint).toContain('differ only in case');
  });

  it('tells the families apart by subject first, then issuer', () => {
    expect(familyOfToken(entraToken)).toBe('entra');
    expect(familyOfToken(vstokenToken)).toBe('vstoken');
    expect(familyOfToken({ iss: entraIssuer })).toBe('entra');
    expect(familyOfToken({ iss: vstokenIssuer })).toBe('vstoken');
  });
});
