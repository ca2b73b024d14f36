import { describe, expect, it } from 'vitest';
import type { OidcExchangeErrors } from '../../src/core/errors.js';
import { parsePlan } from '../../src/core/plan.js';
import type { DatabricksSettings } from '../../src/targets/databricks/definition.js';
import { TARGETS } from '../../src/targets/index.js';

function plan(inputs: Record<string, string>) {
  const p = parsePlan((n) => inputs[n] ?? '', TARGETS, { ci: 'github' });
  return { settings: p.targets[0]?.settings as DatabricksSettings, audience: p.targets[0]?.audience };
}

function problems(inputs: Record<string, string>): string[] {
  try {
    parsePlan((n) => inputs[n] ?? '', TARGETS);
  } catch (error) {
    return (error as OidcExchangeErrors).errors.map((e) => e.message);
  }
  throw new Error('expected the plan to fail');
}

const account = '0d5e5bd3-1c2f-4b4e-9a77-2f8e0e9a1b11';

describe('Databricks inputs', () => {
  it('asks a workspace for the audience the Databricks SDKs use: its token endpoint', () => {
    const { settings, audience } = plan({ 'databricks-host': 'https://dbc-1234.cloud.databricks.com/' });
    expect(settings).toMatchObject({
      host: 'https://dbc-1234.cloud.databricks.com',
      isAccountHost: false,
      tokenEndpoint: 'https://dbc-1234.cloud.databricks.com/oidc/v1/token',
      auth: 'token',
    });
    expect(audience).toBe('https://dbc-1234.cloud.databricks.com/oidc/v1/token');
  });

  it('asks an account for the account id, at the account token endpoint', () => {
    const { settings, audience } = plan({
      'databricks-host': 'https://accounts.cloud.databricks.com',
      'databricks-account-id': account,
    });
    expect(settings.tokenEndpoint).toBe(
      `https://accounts.cloud.databricks.com/oidc/accounts/${account}/v1/token`,
    );
    expect(audience).toBe(account);
  });

  it('always honours `audience`', () => {
    expect(
      plan({ 'databricks-host': 'https://dbc-1.cloud.databricks.com', audience: account }).audience,
    ).toBe(account);
  });

  it('reports bad Databricks inputs with their names', () => {
    expect(
      problems({
        'databricks-host': 'https://accounts.cloud.databricks.com/some/path',
        'databricks-client-id': 'sp-1',
        'databricks-auth': 'pat',
      }),
    ).toEqual([
      "Input `databricks-host` must be a workspace or account URL with no path, like https://dbc-1234.cloud.databricks.com, but it is 'https://accounts.cloud.databricks.com/some/path'.",
      "Input `databricks-client-id` must be a UUID like 00000000-0000-0000-0000-000000000000, but it is 'sp-1'.",
      'Input `databricks-account-id` is required for the account host https://accounts.cloud.databricks.com/some/path, but it is empty.',
      "Input `databricks-auth` must be `token` or `oidc`, but it is 'pat'.",
    ]);
    expect(
      problems({ 'databricks-host': 'https://dbc-1.cloud.databricks.com', 'databricks-auth': 'oidc' }),
    ).toEqual([
      'Input `databricks-client-id` is required with `databricks-auth: oidc` (the CLI and SDKs need it), but it is empty.',
    ]);
  });

  it('`databricks-auth: oidc` only where later steps mint the token this step checked', () => {
    const oidc = {
      'databricks-host': 'https://dbc-1.cloud.databricks.com',
      'databricks-client-id': '7a1b0000-0000-0000-0000-000000000001',
      'databricks-auth': 'oidc',
    };
    const refused = (inputs: Record<string, string>, run: Parameters<typeof parsePlan>[2]) => {
      try {
        parsePlan((n) => inputs[n] ?? '', TARGETS, run);
      } catch (error) {
        return (error as OidcExchangeErrors).errors.map((e) => e.message).join('\n');
      }
      return '';
    };
    const ado = { collectionId: '5b0d3e0c-0000-4000-8000-000000000001' };
    // The pipeline's own token: what the SDKs' azure-devops-oidc requests too.
    expect(refused(oidc, { ci: 'azure-devops', azureDevOps: ado })).toBe('');
    expect(
      refused(oidc, {
        ci: 'azure-devops',
        azureDevOps: {
          ...ado,
          serviceConnectionId: '5b0d3e0c-0000-4000-8000-000000000002',
          tenantId: ado.collectionId,
        },
      }),
    ).toContain('Input `databricks-auth` must be `token` with the service connection `azure-subscription`');
    expect(
      refused(
        {
          ...oidc,
          'token-source': 'azure-managed-identity',
          issuer: 'https://login.microsoftonline.com/t/v2.0',
        },
        { ci: 'github' },
      ),
    ).toContain('Input `databricks-auth` must be `token` with `token-source: azure-managed-identity`');
  });

  it('entra mode: the Azure cloud audience, the SP as the Entra app, and optional SP-management', () => {
    const { settings, audience } = plan({
      'databricks-host': 'https://adb-1.2.azuredatabricks.net',
      'databricks-mode': 'entra',
      'databricks-client-id': '7a1b0000-0000-0000-0000-000000000001',
      'azure-tenant-id': '11111111-1111-1111-1111-111111111111',
      'databricks-azure-workspace-resource-id':
        '/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/ml/providers/Microsoft.Databricks/workspaces/w1',
    });
    expect(audience).toBe('api://AzureADTokenExchange');
    expect(settings.entra?.app).toEqual({
      clientId: '7a1b0000-0000-0000-0000-000000000001',
      tenantId: '11111111-1111-1111-1111-111111111111',
      authorityHost: 'https://login.microsoftonline.com',
    });
    expect(
      problems({ 'databricks-host': 'https://adb-1.2.azuredatabricks.net', 'databricks-mode': 'entra' }),
    ).toEqual([
      "Input `databricks-client-id` is required with `databricks-mode: entra` (the service principal's Entra application id), but it is empty.",
      'Input `azure-tenant-id` is required with `databricks-mode: entra`, but it is empty.',
    ]);
  });
});
