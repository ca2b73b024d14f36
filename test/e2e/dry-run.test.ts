/**
 * `dry-run: true` (and `oidc-exchange explain`): the token's claims beside every expectation, the
 * signature check, and for each target the exact trust that would accept the token; nothing is
 * exchanged or exported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import { runAction } from '../support/run-action.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
  cloud.github.job.environment = 'production';
});
afterAll(async () => {
  await cloud.close();
});

describe('dry run', () => {
  it('explains the token against every expectation and prints the trust each target needs, exporting nothing', async () => {
    const entraBefore = cloud.entra.requests.length;
    const stsBefore = cloud.sts.requests.length;
    const run = await runAction({
      inputs: {
        'dry-run': 'true',
        issuer: cloud.issuer.issuer,
        subject: 'repo:octo-org/app:ref:refs/heads/main',
        'azure-client-id': ids.clientId,
        'azure-tenant-id': ids.tenantId,
        'aws-role-arn': 'arn:aws:iam::123456789012:role/deploy',
        'aws-region': 'eu-west-1',
        'databricks-host': 'https://dbc-1234.cloud.databricks.com',
        'databricks-client-id': '7a1b0000-0000-0000-0000-000000000001',
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
      },
    });
    expect(run.exitCode).toBe(0);
    const sub = 'repo:octo-org/app:environment:production';
    expect(run.stdout).toContain(`  sub                    ${sub}`);
    expect(run.stdout).toContain('  environment            production');
    expect(run.stdout).toContain('Expectations NOT met:');
    expect(run.stdout).toContain('This job has `environment: production`');
    expect(run.stdout).toContain(`Signature: verified with the published keys of ${cloud.issuer.issuer}.`);
    expect(run.stdout).toContain(
      `azure: az ad app federated-credential create --id '${ids.clientId}' --parameters '{"name":"oidc-exchange","issuer":"${cloud.issuer.issuer}","subject":"${sub}","audiences":["api://AzureADTokenExchange"]}'`,
    );
    expect(run.stdout).toContain(`"${cloud.issuer.issuer.replace('https://', '')}:aud":"sts.amazonaws.com"`);
    expect(run.stdout).toContain('databricks: databricks account service-principal-federation-policy create');
    expect(run.stdout).toContain('"audiences":["https://dbc-1234.cloud.databricks.com/oidc/v1/token"]');
    expect(run.stdout).toContain('::warning::dry run: 3 expectation(s) not met');
    expect(run.summary).toContain('dry run (nothing exchanged)');
    // The same trust as code, in the log and the summary (docs/trust.md): for the step's own
    // `subject`, which this token does not meet, so the trust would refuse it too.
    for (const text of [run.stdout, run.summary]) {
      // The credential is named after the subject and a digest of issuer and subject (docs/trust.md).
      expect(text).toMatch(
        /resource "azuread_application_federated_identity_credential" "oidc_exchange_repo_octo_org_app_ref_refs_heads_main_[0-9a-f]{8}"/,
      );
      const key = `"${cloud.issuer.issuer.replace('https://', '')}:sub"`;
      expect(text).toContain(`${key} = "repo:octo-org/app:ref:refs/heads/main"`);
    }
    expect(run.env.size).toBe(0);
    expect(run.outputs.size).toBe(0);
    expect(cloud.entra.requests.length).toBe(entraBefore);
    expect(cloud.sts.requests.length).toBe(stsBefore);
    for (const issued of cloud.github.issued.slice(-3)) {
      expect(run.stdout).toContain(`::add-mask::${issued.token}`);
      expect(run.stdout.indexOf(issued.token)).toBe(run.stdout.indexOf(`::add-mask::${issued.token}`) + 12);
    }
  });
});
