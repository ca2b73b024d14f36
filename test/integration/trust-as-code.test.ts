/**
 * `oidc-exchange trust` and the dry run emit, per target, the trust that accepts this job's token
 * and nothing broader than its `subject` and `claims` patterns, as Terraform and as shell
 * commands. Both forms are loaded into the fake clouds (Terraform read by HashiCorp's HCL parser,
 * commands run by bash against recording stand-ins), which then accept this GitHub token and refuse
 * one from another branch, repository or environment, for name-based and immutable subjects.
 */
import { describe, expect, it } from 'vitest';
import { job, TARGET_NAMES, trustHarness, type Target } from '../support/trust-harness.ts';

const { accepts, audienceOf, emitted, forms, githubToken, targets } = trustHarness();

describe.each(forms)('trust as code (%s), GitHub tokens', (_, load) => {
  it('with no subject given: this token exactly (environment), not another environment, branch or repository', async () => {
    const mine = job({ environment: 'production' });
    await load(await emitted({}, (a) => githubToken(mine, a)), targets());
    for (const target of TARGET_NAMES) {
      const audience = audienceOf(target);
      expect(await accepts(target, await githubToken(mine, audience)), target).toBe(true);
      expect(
        await accepts(target, await githubToken(job({ environment: 'staging' }), audience)),
        target,
      ).toBe(false);
      expect(await accepts(target, await githubToken(job({}), audience)), target).toBe(false);
      expect(
        await accepts(
          target,
          await githubToken(job({ repository: 'octo-org/other', environment: 'production' }), audience),
        ),
        target,
      ).toBe(false);
    }
  });

  it('with a branch pattern: the pattern where the cloud has wildcards, else this token exactly; never another repository', async () => {
    const mine = job({ ref: 'refs/heads/release/1.2' });
    const inputs = { subject: 'repo:octo-org/app:ref:refs/heads/release/*' };
    await load(await emitted(inputs, (a) => githubToken(mine, a)), targets());
    for (const target of TARGET_NAMES) {
      const audience = audienceOf(target);
      expect(await accepts(target, await githubToken(mine, audience)), target).toBe(true);
      expect(
        await accepts(target, await githubToken(job({ ref: 'refs/heads/main' }), audience)),
        target,
      ).toBe(false);
      expect(
        await accepts(
          target,
          await githubToken(job({ repository: 'octo-org/other', ref: 'refs/heads/release/1.2' }), audience),
        ),
        target,
      ).toBe(false);
      // AWS and Google hold the pattern; Entra (flexible credentials are for GitHub's own issuer, not
      // this fake's) and Databricks (no wildcards) hold this token's exact subject: narrower, never broader.
      const sibling = await accepts(
        target,
        await githubToken(job({ ref: 'refs/heads/release/2.0' }), audience),
      );
      expect(sibling, target).toBe(target === 'aws' || target === 'gcp');
    }
  });

  it('immutable subjects (repo:OWNER@ID/NAME@ID:…): matched as written, a name-based token is refused', async () => {
    const mine = job({ immutableSubject: true });
    const inputs = { subject: 'repo:octo-org@123456/app@456789:*' };
    await load(await emitted(inputs, (a) => githubToken(mine, a)), targets());
    for (const target of ['aws', 'gcp'] as Target[]) {
      const audience = audienceOf(target);
      expect(await accepts(target, await githubToken(mine, audience)), target).toBe(true);
      expect(
        await accepts(
          target,
          await githubToken(job({ immutableSubject: true, ref: 'refs/heads/dev' }), audience),
        ),
      ).toBe(true);
      expect(await accepts(target, await githubToken(job({}), audience)), target).toBe(false);
      expect(
        await accepts(
          target,
          await githubToken(job({ immutableSubject: true, repositoryId: '999' }), audience),
        ),
      ).toBe(false);
    }
  });

  it('a claim rule Google can hold is in its condition: another workflow of the same branch is refused there', async () => {
    const mine = job({});
    const inputs = { claims: 'job_workflow_ref=octo-org/app/.github/workflows/deploy.yml@*' };
    const code = await emitted(inputs, (a) => githubToken(mine, a));
    await load(code, targets());
    const other = job({ jobWorkflowRef: 'octo-org/app/.github/workflows/other.yml@refs/heads/main' });
    expect(await accepts('gcp', await githubToken(mine, audienceOf('gcp')))).toBe(true);
    expect(await accepts('gcp', await githubToken(other, audienceOf('gcp')))).toBe(false);
    // AWS cannot: the emitted trust says so rather than pretending.
    expect(code.terraform).toContain('AWS cannot condition on the `job_workflow_ref` claim');
    expect(code.shell).toContain('# AWS cannot condition on the `job_workflow_ref` claim');
  });

  // The step refuses a subject with a control character before any cloud sees it (claims.ts); the
  // emitted text holds one safely all the same (test/unit/trust-code-hostile.test.ts).
  it('a hostile branch name (quotes, ${, %{, backticks, $(…), * and ?) is trusted exactly, and nothing else', async () => {
    const hostile = job({ ref: 'refs/heads/a\'"${var.x}%{if 1}`$(touch /tmp/x)*?#' });
    await load(await emitted({}, (a) => githubToken(hostile, a)), targets());
    for (const target of TARGET_NAMES) {
      const audience = audienceOf(target);
      expect(await accepts(target, await githubToken(hostile, audience)), target).toBe(true);
      expect(await accepts(target, await githubToken(job({ ref: 'refs/heads/a' }), audience)), target).toBe(
        false,
      );
    }
  });

  it('a `?` in a pattern is literal (IAM reads it as one character unless written ${?})', async () => {
    const mine = job({ ref: 'refs/heads/a?b/1' });
    await load(
      await emitted({ subject: 'repo:octo-org/app:ref:refs/heads/a?b/*' }, (a) => githubToken(mine, a)),
      targets(),
    );
    for (const target of ['aws', 'gcp'] as Target[]) {
      const audience = audienceOf(target);
      expect(await accepts(target, await githubToken(mine, audience)), target).toBe(true);
      expect(
        await accepts(target, await githubToken(job({ ref: 'refs/heads/aXb/1' }), audience)),
        target,
      ).toBe(false);
    }
  });
});

describe('the Terraform file’s required providers', () => {
  it('names each provider the file uses, with the oldest version that has its resources (HashiCorp’s parser reads it)', async () => {
    const { parseTerraform } = await import('../support/trust-code.ts');
    const mine = job({ environment: 'production' });
    const code = await emitted({}, (a) => githubToken(mine, a));
    const tf = (await parseTerraform(code.terraform)) as {
      terraform: Array<{ required_providers: Array<Record<string, { source: string; version?: string }>> }>;
    };
    expect(tf.terraform[0]?.required_providers[0]).toEqual({
      aws: { source: 'hashicorp/aws', version: '>= 5.81.0' },
      azuread: { source: 'hashicorp/azuread' },
      databricks: { source: 'databricks/databricks', version: '>= 1.88.0' },
      google: { source: 'hashicorp/google' },
    });
  });

  it('one entry per provider, the highest minimum when two targets need different ones; the same bytes each time', async () => {
    const { requiredProviders, AZUREAD, AZUREAD_FLEXIBLE, AZURERM } =
      await import('../../src/trust/providers.js');
    const block = requiredProviders([AZUREAD, AZURERM, AZUREAD_FLEXIBLE, AZUREAD]);
    expect(block).toBe(
      [
        'terraform {',
        '  required_providers {',
        '    azuread = {',
        '      source  = "hashicorp/azuread"',
        '      version = ">= 3.7.0"',
        '    }',
        '    azurerm = {',
        '      source  = "hashicorp/azurerm"',
        '      version = ">= 4.65.0"',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(requiredProviders([AZUREAD_FLEXIBLE, AZUREAD, AZURERM])).toBe(block);
  });
});
