import { describe, expect, it } from 'vitest';
import { OidcExchangeError, OidcExchangeErrors } from '../../src/core/errors.js';
import { parsePlan } from '../../src/core/plan.js';
import { TARGETS } from '../../src/targets/index.js';
import type { AzureSettings } from '../../src/targets/azure/definition.js';

const base = {
  'azure-client-id': '00000000-0000-0000-0000-000000000000',
  'azure-tenant-id': '11111111-1111-1111-1111-111111111111',
};

function plan(inputs: Record<string, string>) {
  return parsePlan((name) => inputs[name] ?? '', TARGETS);
}

function problems(inputs: Record<string, string>): string[] {
  try {
    plan(inputs);
  } catch (error) {
    if (error instanceof OidcExchangeErrors) return error.errors.map((e) => e.message);
    if (error instanceof OidcExchangeError) return [error.message];
    throw error;
  }
  throw new Error('expected the plan to fail');
}

describe('parsePlan', () => {
  it('applies the documented defaults', () => {
    const p = plan(base);
    expect(p.issuer).toBe('https://token.actions.githubusercontent.com');
    expect(p.verifySignature).toBe(true);
    expect(p.subjects).toEqual([]);
    const target = p.targets[0];
    expect(target?.audience).toBe('api://AzureADTokenExchange');
    const settings = target?.settings as AzureSettings;
    expect(settings.authorityHost).toBe('https://login.microsoftonline.com');
    expect(settings.scopes.map((s) => [s.scope, s.outputName])).toEqual([
      ['https://management.azure.com/.default', 'azure-access-token'],
    ]);
  });

  it('derives the audience, authority and ARM scope from a sovereign cloud', () => {
    const settings = plan({ ...base, 'azure-cloud': 'azureusgovernment' }).targets[0];
    expect(settings?.audience).toBe('api://AzureADTokenExchangeUSGov');
    const s = settings?.settings as AzureSettings;
    expect(s.authorityHost).toBe('https://login.microsoftonline.us');
    expect(s.scopes[0]?.scope).toBe('https://management.usgovcloudapi.net/.default');
    expect(plan({ ...base, 'azure-cloud': 'AzureChinaCloud' }).targets[0]?.audience).toBe(
      'api://AzureADTokenExchangeChina',
    );
  });

  it('resolves several scopes, each with its own output', () => {
    const s = plan({ ...base, 'azure-scopes': 'arm, keyvault\nml\nhttps://example.azure.net/' }).targets[0]
      ?.settings as AzureSettings;
    expect(s.scopes.map((x) => [x.scope, x.outputName])).toEqual([
      ['https://management.azure.com/.default', 'azure-access-token'],
      ['https://vault.azure.net/.default', 'azure-access-token-keyvault'],
      ['https://ml.azure.com/.default', 'azure-access-token-ml'],
      ['https://example.azure.net/.default', 'azure-access-token-example-azure-net'],
    ]);
  });

  it('reports every bad input at once, naming the input, the expected form and the value', () => {
    const messages = problems({
      'azure-client-id': 'not-a-uuid',
      'azure-tenant-id': '',
      'azure-subscription-id': '1234',
      'azure-cloud': 'Mars',
      'azure-scopes': 'arm, ftp://x',
      'verify-signature': 'maybe',
      'timeout-seconds': '0',
      issuer: 'http://token.example.com',
      claims: 'no-equals-sign',
    });
    expect(messages).toEqual([
      "Input `issuer` must be an https URL with no query or fragment, like https://login.example.com, but it is 'http://token.example.com'.",
      "Input `claims` must be lines of the form `name=pattern`, like `environment=production`, but it is 'no-equals-sign'.",
      "Input `verify-signature` must be `true` or `false`, but it is 'maybe'.",
      "Input `timeout-seconds` must be a whole number from 1 to 300, but it is '0'.",
      "Input `azure-client-id` must be a UUID like 00000000-0000-0000-0000-000000000000, but it is 'not-a-uuid'.",
      'Input `azure-tenant-id` is required for Azure, but it is empty.',
      "Input `azure-cloud` must be AzureCloud, AzureUSGovernment, AzureChinaCloud, but it is 'Mars'.",
      "Input `azure-subscription-id` must be a UUID like 00000000-0000-0000-0000-000000000000, but it is '1234'.",
      "Input `azure-scopes` must be one of arm, keyvault, storage, graph, ml, databricks, a resource URL or `<resource>/.default`, but it is 'ftp://x'.",
    ]);
  });

  it('asks for a target when none is given', () => {
    expect(problems({})).toEqual(['No target was given: nothing to exchange the OIDC token for.']);
  });

  it('accepts issuers with a port and a path (GHES, enterprise issuers), compared as given', () => {
    expect(plan({ ...base, issuer: 'https://ghes.example.com:8443/_services/token' }).issuer).toBe(
      'https://ghes.example.com:8443/_services/token',
    );
    expect(problems({ ...base, issuer: ' https://token.actions.githubusercontent.com' })[0]).toMatch(
      /without surrounding spaces/,
    );
  });

  it('refuses claim rules that belong to other inputs', () => {
    expect(problems({ ...base, claims: 'sub=repo:x' })[0]).toMatch(/use `subject`/);
    expect(problems({ ...base, claims: 'aud=x' })[0]).toMatch(/use `audience`/);
  });

  it('lets `audience` override every target default', () => {
    expect(plan({ ...base, audience: 'api://custom' }).targets[0]?.audience).toBe('api://custom');
    expect(problems({ ...base, audience: 'a b' })[0]).toMatch(/one audience with no spaces/);
  });

  it('shows control characters in given values instead of printing them', () => {
    expect(problems({ ...base, 'azure-subscription-id': 'x\n::set-env name=A::b' })[0]).toContain(
      "'x\\x0a::set-env",
    );
  });
});
