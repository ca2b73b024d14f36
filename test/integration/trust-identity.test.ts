/**
 * `oidc-exchange trust --azure-identity user-assigned`: the federated credentials of a user-assigned
 * managed identity (azurerm_federated_identity_credential, `az identity federated-credential
 * create`), loaded into the fake Entra as that identity's: this job's token accepted, another
 * branch's or environment's refused. An identity takes no flexible credential, so a pattern gives
 * this token's exact subject and says so.
 */
import { describe, expect, it } from 'vitest';
import { azureTrust } from '../../src/trust/azure.js';
import { SHELL_IDENTITY, type TrustIdentity } from '../support/trust-code-entra.ts';
import { loadShell, loadTerraform, parseTerraform } from '../support/trust-code.ts';
import { job, trustHarness } from '../support/trust-harness.ts';

const h = trustHarness();
const { accepts, audienceOf, emitted, forms, githubToken, resetClouds, targets } = h;

const identity: TrustIdentity = {
  clientId: '5e1f0000-0000-0000-0000-0000000000a1',
  resourceId:
    '/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/ci-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ci-identity',
  ...SHELL_IDENTITY,
};
const asIdentity = { 'azure-client-id': identity.clientId };

describe.each(forms)('a user-assigned managed identity (%s)', (_, load) => {
  it("trusts this job's token on the identity, not another environment's or branch's", async () => {
    const mine = job({ environment: 'production' });
    const code = await emitted(
      asIdentity,
      (a) => githubToken(mine, a),
      {},
      { azureIdentity: 'user-assigned' },
    );
    await load(code, { ...targets(), identity });
    const audience = audienceOf('azure');
    expect(await accepts('azure', await githubToken(mine, audience), asIdentity)).toBe(true);
    const staging = job({ environment: 'staging' });
    expect(await accepts('azure', await githubToken(staging, audience), asIdentity)).toBe(false);
    expect(await accepts('azure', await githubToken(job({}), audience), asIdentity)).toBe(false);
  });
});

describe('the emitted identity trust', () => {
  it('is azurerm_federated_identity_credential on var.azure_user_assigned_identity_id, and no application', async () => {
    const code = await emitted(
      asIdentity,
      (a) => githubToken(job({}), a),
      {},
      { azureIdentity: 'user-assigned' },
    );
    const tf = (await parseTerraform(code.terraform)) as {
      resource: Record<string, Record<string, Array<Record<string, unknown>>>>;
      variable: Record<string, unknown>;
    };
    const credential = Object.values(tf.resource['azurerm_federated_identity_credential'] ?? {})[0]?.[0];
    expect(Object.keys(credential ?? {}).sort()).toEqual([
      'audience',
      'issuer',
      'name',
      'subject',
      'user_assigned_identity_id',
    ]);
    expect(tf.variable).toHaveProperty('azure_user_assigned_identity_id');
    expect(code.terraform).not.toContain('azuread_application');
    expect(code.shell).toContain('az identity federated-credential create --name');
  });

  it('a branch pattern on GitHub’s issuer: no flexible credential (an identity takes none), this token exactly, and the output says why', async () => {
    const github = 'https://token.actions.githubusercontent.com';
    const code = azureTrust(
      identity.clientId,
      [
        {
          issuer: github,
          audience: 'api://AzureADTokenExchange',
          subjects: ['repo:octo-org/app:ref:refs/heads/release/*'],
          patterns: true,
          claims: [],
          tokenSubject: 'repo:octo-org/app:ref:refs/heads/release/1.2',
          role: 'current',
        },
      ],
      'oidc_exchange',
      'user-assigned',
    );
    const text = [...code.terraform, ...code.shell].join('\n');
    expect(text).not.toMatch(/flexible_federated|claimsMatchingExpression|claims_matching_expression/);
    expect(text).toContain('A user-assigned managed identity gets no flexible credential');
    expect(text).toContain('one credential per exact subject');
    const swap = (s: string) => s.split(github).join(h.cloud.issuer.issuer);
    for (const loadIt of [
      () => loadTerraform(h.cloud, swap(code.terraform.join('\n\n')), { ...targets(), identity }),
      () => Promise.resolve(void loadShell(h.cloud, swap(code.shell.join('\n')), { ...targets(), identity })),
    ]) {
      resetClouds();
      await loadIt();
      const audience = audienceOf('azure');
      const release = (ref: string) => githubToken(job({ ref }), audience);
      expect(await accepts('azure', await release('refs/heads/release/1.2'), asIdentity)).toBe(true);
      expect(await accepts('azure', await release('refs/heads/release/2.0'), asIdentity)).toBe(false);
    }
  });

  it('the fake Entra refuses a flexible credential on an identity, as ARM has no field for one', () => {
    expect(() =>
      h.cloud.entra.addApp({
        tenantId: targets().tenantId,
        clientId: identity.clientId,
        kind: 'user-assigned-identity',
        federatedCredentials: [
          {
            issuer: h.cloud.issuer.issuer,
            subject: '',
            audiences: ['api://AzureADTokenExchange'],
            claimsMatchingExpression:
              "claims['sub'] matches 'repo:octo-org/app:*' and claims['repository_id'] eq '456789'",
          },
        ],
      }),
    ).toThrow(/no flexible/);
  });
});
