/**
 * Databricks without `databricks-client-id`: the emitted trust is an account-wide federation policy
 * (issuer, audiences, `subject_claim = "sub"`), which maps the token to the user or service
 * principal its subject names. Loaded into the fake Databricks, a token whose subject names the
 * service principal is accepted; one naming nobody of the account, or for another audience, is not.
 */
import { describe, expect, it } from 'vitest';
import { job, trustHarness } from '../support/trust-harness.ts';

const h = trustHarness();
const { accepts, audienceOf, emitted, forms, githubToken, targets } = h;
const SP = '7a1b0000-0000-0000-0000-0000000000c0'; // the harness's service principal
const accountWide = { 'databricks-client-id': '' };

describe.each(forms)('Databricks, an account-wide policy (%s)', (_, load) => {
  it('accepts a token whose subject names the service principal, and no other', async () => {
    const mine = job({ subject: SP });
    const code = await emitted(accountWide, (a) => githubToken(mine, a));
    expect(code.terraform).toContain('resource "databricks_account_federation_policy"');
    await load(code, targets());
    const audience = audienceOf('databricks');
    expect(await accepts('databricks', await githubToken(mine, audience), accountWide)).toBe(true);
    const nobody = job({ subject: 'repo:octo-org/app:ref:refs/heads/main' });
    expect(await accepts('databricks', await githubToken(nobody, audience), accountWide)).toBe(false);
    // The subject names the service principal, but the token is for another audience.
    const foreign = await githubToken(mine, 'https://other.example/oidc/v1/token');
    expect(await accepts('databricks', foreign, accountWide)).toBe(false);
  });
});
