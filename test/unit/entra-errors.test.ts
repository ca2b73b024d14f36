import { describe, expect, it } from 'vitest';
import { entraError } from '../../src/clouds/entra/entra-errors.js';

const presented = {
  issuer: 'https://token.actions.githubusercontent.com',
  subject: 'repo:octo-org/app:environment:production',
  audience: 'api://AzureADTokenExchange',
  clientId: '00000000-0000-0000-0000-000000000000',
  tenantId: '11111111-1111-1111-1111-111111111111',
  scope: 'https://management.azure.com/.default',
};

// Messages as MSAL surfaces them: `<error>: Error(s): <code> - Timestamp: … - Description: AADSTS<code>: … Trace ID: …`
const msal = (error: string, code: number, text: string) =>
  `${error}: Error(s): ${code} - Timestamp: 2026-11-23 12:00:00Z - Description: AADSTS${code}: ${text} Trace ID: 1 Correlation ID: 2 Timestamp: 2026-11-23 12:00:00Z - Correlation ID: 2 - Trace ID: 1`;

describe('entraError', () => {
  it.each([
    [70021, 'AZURE_TRUST_MISMATCH', false],
    [700211, 'AZURE_TRUST_MISMATCH', false],
    [700212, 'AZURE_TRUST_MISMATCH', false],
    [700213, 'AZURE_TRUST_MISMATCH', false],
    [7002138, 'AZURE_TRUST_MISMATCH', false],
    [700024, 'AZURE_ASSERTION_TIME', true],
    [700016, 'AZURE_APP_NOT_FOUND', false],
    [90002, 'AZURE_TENANT_NOT_FOUND', false],
    [50166, 'AZURE_ISSUER_UNREACHABLE', true],
    [70011, 'AZURE_SCOPE_INVALID', false],
    [70052, 'AZURE_TRUST_MISMATCH', false],
  ])('AADSTS%i → %s (retried: %s), naming what was presented', (code, expected, retryable) => {
    const error = entraError(msal('invalid_client', code, 'Something went wrong.'), presented);
    expect([error.code, error.retryable]).toEqual([expected, retryable]);
    expect(error.message).toContain(`AADSTS${code}: Something went wrong.`);
    expect(error.message).not.toContain('Trace ID');
    expect(error.message).toContain(
      "subject 'repo:octo-org/app:environment:production', audience 'api://AzureADTokenExchange'",
    );
    expect(error.hint).toBeTruthy();
  });

  it('prints the federated credential that would match a trust mismatch', () => {
    const error = entraError(
      msal('invalid_client', 700213, 'No matching federated identity record.'),
      presented,
    );
    expect(error.hint).toContain(
      `az ad app federated-credential create --id '00000000-0000-0000-0000-000000000000' --parameters '{"name":"oidc-exchange","issuer":"https://token.actions.githubusercontent.com","subject":"repo:octo-org/app:environment:production","audiences":["api://AzureADTokenExchange"]}'`,
    );
  });

  it('retries only what is transient', () => {
    expect(entraError(msal('temporarily_unavailable', 90006, 'busy'), presented).retryable).toBe(true);
    expect(entraError('unknown failure', presented, 503).retryable).toBe(true);
    expect(entraError(msal('invalid_request', 900144, 'missing parameter'), presented, 400).retryable).toBe(
      false,
    );
  });

  it('says which family an Azure DevOps token came from and prints the credential with the URI audience', () => {
    const ado = {
      ...presented,
      issuer: 'https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0',
      subject: '/eid1/c/pub/t/EREREREREREREREREREREQ/a/rISbSSETf0KqFyZ8ppdXmA/sc/org/conn',
      audience: 'fb60f99c-7a34-4190-8149-302f77469936',
    };
    const error = entraError(
      msal('invalid_client', 700213, 'No matching federated identity record found.'),
      ado,
    );
    expect(error.hint).toContain('"audiences":["api://AzureADTokenExchange"]');
    expect(error.hint).toContain('The token comes from Azure DevOps, the Entra issuer family');
    const multi = entraError(
      msal('invalid_client', 70052, 'The identity must be a managed identity, a single tenant app.'),
      ado,
    );
    expect(multi.hint).toContain('single-tenant app or a managed identity');
  });
});
