/**
 * The Azure DevOps issuer migration: for a service connection on the retiring issuer, the
 * Entra-issuer trust is emitted beside the current one (both tokens accepted meanwhile), and,
 * loaded alone, refuses the retiring issuer's token; the step warns once. And Entra's flexible
 * federated credentials, which hold a `subject` pattern for GitHub's issuer.
 */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/log.js';
import { parsePlan } from '../../src/core/plan.js';
import { run } from '../../src/core/run.js';
import { TARGETS } from '../../src/targets/index.js';
import { connectionClaims, TOKEN_EXCHANGE_APP_ID } from '../fakes/azure-devops-claims.ts';
import { ids } from '../fakes/cloud.ts';
import { tempFolder } from '../support/temp-folders.ts';
import { loadShell, loadTerraform, type TrustTargets } from '../support/trust-code.ts';
import { job, now, trustHarness, type Target } from '../support/trust-harness.ts';

const h = trustHarness();
const { accepts, audienceOf, emitted, githubToken, http, resetClouds, targetInputs, targets } = h;

describe('the Azure DevOps issuer migration', () => {
  async function connectionTokens() {
    const ado = h.cloud.azureDevOps;
    const connection = ado.addConnection({ name: 'migrating', family: 'vstoken' });
    const times = { nowSeconds: now(), lifetimeSeconds: 300 };
    const current = await ado.vstokenIssuer.sign(
      connectionClaims(connection, ado.pipeline, ado.collectionId, ado.vstokenIssuer.issuer, times),
    );
    // After the conversion: the same connection (same id), Entra-issued.
    const converted = { ...connection, family: 'entra' as const };
    const next = h.cloud.entra.signToken(
      connectionClaims(
        converted,
        ado.pipeline,
        ado.collectionId,
        ado.entraIssuer(connection.tenantId),
        times,
      ),
    );
    const runInfo = h.adoRunInfo(connection);
    const inputs = { 'azure-client-id': connection.clientId, 'azure-tenant-id': connection.tenantId };
    const code = await emitted(inputs, () => Promise.resolve(current), runInfo);
    const t: TrustTargets = { ...targets(), tenantId: connection.tenantId };
    return {
      connection,
      current,
      next,
      code,
      t,
      extra: inputs,
      issuer: ado.entraIssuer(connection.tenantId),
    };
  }
  const MIGRATING: Target[] = ['aws', 'azure', 'databricks'];

  it('emits the Entra-issuer trust beside the current one: both tokens are accepted meanwhile', async () => {
    const { current, next, code, t, extra, issuer } = await connectionTokens();
    expect(code.terraform).toContain('Azure DevOps issuer migration');
    expect(code.terraform).toContain(issuer);
    await loadTerraform(h.cloud, code.terraform, t);
    for (const target of MIGRATING) {
      expect(await accepts(target, current, target === 'azure' ? extra : {}), target).toBe(true);
      expect(await accepts(target, next, target === 'azure' ? extra : {}), target).toBe(true);
    }
  });

  it("AWS: the Entra-issued token's azp is what `:aud` holds and its aud is `:oaud`; another aud is refused", async () => {
    const { next, code, t } = await connectionTokens();
    const host = new URL(h.cloud.entra.authorityHost).host;
    expect(code.terraform).toMatch(new RegExp(`"${host}/[^"]+:oaud" = "${TOKEN_EXCHANGE_APP_ID}"`));
    for (const load of [
      () => loadTerraform(h.cloud, code.terraform, t),
      () => Promise.resolve(void loadShell(h.cloud, code.shell, t)),
    ]) {
      resetClouds();
      await load();
      const claims = JSON.parse(Buffer.from(next.split('.')[1] ?? '', 'base64url').toString()) as object;
      const otherAudience = h.cloud.entra.signToken({ ...claims, aud: 'api://another-exchange' });
      expect(await accepts('aws', next)).toBe(true);
      expect(await accepts('aws', otherAudience)).toBe(false);
    }
  });

  it('with only the new trust loaded, the retiring issuer is refused and the Entra-issued token accepted', async () => {
    const { current, next, code, t, extra } = await connectionTokens();
    resetClouds();
    await loadTerraform(h.cloud, code.terraform, {
      ...t,
      only: (name) => name.includes('entra') || name === 'trust-code',
    });
    for (const target of MIGRATING) {
      expect(await accepts(target, next, target === 'azure' ? extra : {}), target).toBe(true);
      expect(await accepts(target, current, target === 'azure' ? extra : {}), target).toBe(false);
    }
  });

  it('the shell commands without the old issuer’s: the retiring issuer is refused, the Entra-issued token accepted', async () => {
    const { current, next, code, t, extra } = await connectionTokens();
    const old = h.cloud.azureDevOps.vstokenIssuer.issuer;
    // What is left once the old trust is removed: every command naming the old issuer is dropped.
    // (AWS is left out here: its role policy is one document holding both statements, so removing
    // the old trust rewrites it, with the commented command of the next test.)
    const named = (call: string) => call.includes(` ${old} `) || call.includes(`"issuer":"${old}"`);
    loadShell(h.cloud, code.shell, { ...t, only: (call) => !named(call) });
    for (const target of ['azure', 'databricks'] as Target[]) {
      expect(await accepts(target, next, target === 'azure' ? extra : {}), target).toBe(true);
      expect(await accepts(target, current, target === 'azure' ? extra : {}), target).toBe(false);
    }
  });

  it('AWS, step 3 of the commands (commented out): the new issuer’s statement alone, the retiring issuer refused', async () => {
    const { current, next, code, t } = await connectionTokens();
    const lines = code.shell.split('\n');
    const step = lines.findIndex((l) => l.startsWith('# aws iam update-assume-role-policy'));
    expect(step).toBeGreaterThan(0);
    expect(lines[step - 1]).toMatch(
      /^# Azure DevOps issuer migration, step 3: once the service connection is converted/,
    );
    expect(lines.filter((l) => l.startsWith('# aws '))).toHaveLength(1);
    // Step 1 (the commands as pasted) keeps both; step 3 then rewrites the role's policy.
    loadShell(h.cloud, code.shell, t);
    expect(await accepts('aws', current)).toBe(true);
    const calls = loadShell(h.cloud, (lines[step] ?? '').slice(2), t);
    expect(calls).toHaveLength(1);
    expect(await accepts('aws', next)).toBe(true);
    expect(await accepts('aws', current)).toBe(false);
  });

  it('the shell commands hold both trusts too', async () => {
    const { current, next, code, t, extra } = await connectionTokens();
    loadShell(h.cloud, code.shell, t);
    for (const target of MIGRATING) {
      expect(await accepts(target, current, target === 'azure' ? extra : {}), target).toBe(true);
      expect(await accepts(target, next, target === 'azure' ? extra : {}), target).toBe(true);
    }
  });

  it('the step logs one warning with the retirement date and the trust to add', async () => {
    const { current, connection } = await connectionTokens();
    const ado = h.cloud.azureDevOps;
    const inputs: Record<string, string> = { ...targetInputs('aws'), issuer: ado.vstokenIssuer.issuer };
    const plan = parsePlan((n) => inputs[n] ?? '', TARGETS, {
      ci: 'azure-devops',
      azureDevOps: {
        collectionId: ado.collectionId,
        serviceConnectionId: connection.id,
        tenantId: connection.tenantId,
        authorityHost: h.cloud.entra.authorityHost,
      },
    });
    // `issuer` names the fake's Azure DevOps issuer, so the plan accepts that family only; the
    // connection's tenant still gives the Entra issuer, so the warning names the exact trust to add.
    const warnings: string[] = [];
    await run(plan, {
      http,
      log: { ...silentLogger, warning: (m) => warnings.push(m) },
      source: { origin: 'test', getToken: () => Promise.resolve(current) },
      registerSecret: () => undefined,
      tempDir: tempFolder('trust-run-'),
      childEnv: {},
    }).catch(() => undefined);
    expect(warnings).toEqual([expect.stringContaining('retired for Azure connections on 2027-07-01')]);
    const entra = h.cloud.azureDevOps.entraIssuer(connection.tenantId);
    expect(warnings[0]).toContain(`add a trust for issuer '${entra}', subject '/eid1/c/pub/t/`);
    expect(warnings[0]).toContain(`/sc/${ado.collectionId}/${connection.id}'`);
  });

  it('with `issuer` naming the Azure DevOps issuer, the Entra-issuer trust is emitted all the same', async () => {
    const { next, current, connection, t, extra } = await connectionTokens();
    const ado = h.cloud.azureDevOps;
    const runInfo = h.adoRunInfo(connection);
    const code = await emitted(
      { ...extra, issuer: ado.vstokenIssuer.issuer },
      () => Promise.resolve(current),
      runInfo,
    );
    expect(code.terraform).toContain('Azure DevOps issuer migration');
    // The new trust alone (Terraform: its own provider and statement) accepts the converted
    // connection's token and refuses the retiring issuer's; the commands hold both trusts.
    await loadTerraform(h.cloud, code.terraform, {
      ...t,
      only: (n) => n.includes('entra') || n === 'trust-code',
    });
    for (const target of MIGRATING) {
      expect(await accepts(target, next, target === 'azure' ? extra : {}), target).toBe(true);
      expect(await accepts(target, current, target === 'azure' ? extra : {}), target).toBe(false);
    }
    resetClouds();
    loadShell(h.cloud, code.shell, t);
    for (const target of MIGRATING) {
      expect(await accepts(target, next, target === 'azure' ? extra : {}), target).toBe(true);
      expect(await accepts(target, current, target === 'azure' ? extra : {}), target).toBe(true);
    }
  });
});

describe('Entra flexible federated credentials (GitHub issuer)', () => {
  it("a branch pattern becomes claims['sub'] matches …: the fake Entra accepts a matching branch and refuses another", async () => {
    const { azureTrust } = await import('../../src/trust/azure.js');
    // Entra takes flexible credentials for GitHub's own issuer only; the fake issuer stands in for it.
    const github = 'https://token.actions.githubusercontent.com';
    const code = azureTrust(ids.clientId, [
      {
        issuer: github,
        audience: 'api://AzureADTokenExchange',
        subjects: ['repo:octo-org/app:ref:refs/heads/release/*'],
        patterns: true,
        claims: [{ name: 'job_workflow_ref', pattern: 'octo-org/app/.github/workflows/deploy.yml@*' }],
        ids: { repository_id: '456789', repository_owner_id: '123456' },
        tokenSubject: 'repo:octo-org/app:ref:refs/heads/release/1.2',
        role: 'current',
      },
    ]);
    // Entra requires a pinned id for GitHub: this token's repository's.
    expect(code.terraform.join('\n')).toContain(" and claims['repository_id'] eq '456789'");
    expect(code.terraform.join('\n')).toContain('# A flexible credential: azuread provider 3.7.0 or later');
    expect(code.providers).toEqual([{ name: 'azuread', source: 'hashicorp/azuread', minimum: '3.7.0' }]);
    const swap = (text: string) => text.split(github).join(h.cloud.issuer.issuer);
    for (const load of [
      () => loadTerraform(h.cloud, swap(code.terraform.join('\n\n')), targets()),
      () => Promise.resolve(void loadShell(h.cloud, swap(code.shell.join('\n')), targets())),
    ]) {
      resetClouds();
      await load();
      const audience = audienceOf('azure');
      expect(
        await accepts('azure', await githubToken(job({ ref: 'refs/heads/release/2.0' }), audience)),
      ).toBe(true);
      expect(await accepts('azure', await githubToken(job({ ref: 'refs/heads/main' }), audience))).toBe(
        false,
      );
      const otherWorkflow = job({
        ref: 'refs/heads/release/2.0',
        jobWorkflowRef: 'octo-org/app/.github/workflows/x.yml@refs/heads/main',
      });
      expect(await accepts('azure', await githubToken(otherWorkflow, audience))).toBe(false);
      // The same name, another repository (deleted and re-created): refused.
      const recreated = job({ ref: 'refs/heads/release/2.0', repositoryId: '999' });
      expect(await accepts('azure', await githubToken(recreated, audience))).toBe(false);
    }
  });

  it('with no token, the id comes from `claims` (written eq); without one no flexible credential is written, and the output says which to give', async () => {
    const { azureTrust } = await import('../../src/trust/azure.js');
    const github = 'https://token.actions.githubusercontent.com';
    const trust = (claims: Array<{ name: string; pattern: string }>) => ({
      issuer: github,
      audience: 'api://AzureADTokenExchange',
      subjects: ['repo:octo-org/app:ref:refs/heads/release/*'],
      patterns: true,
      claims,
      tokenSubject: '',
      role: 'current' as const,
    });
    const none = azureTrust(ids.clientId, [trust([])]);
    const text = [...none.terraform, ...none.shell].join('\n');
    expect(text).not.toMatch(/flexible_federated|claimsMatchingExpression/);
    expect(none.providers).toEqual([{ name: 'azuread', source: 'hashicorp/azuread' }]);
    expect(text).toContain(
      'a flexible credential for this issuer must pin `repository_id` or `repository_owner_id`: give it in `claims`, e.g. `repository_id=<id>`',
    );
    const code = azureTrust(ids.clientId, [trust([{ name: 'repository_owner_id', pattern: '123456' }])]);
    expect(code.terraform.join('\n')).toContain(" and claims['repository_owner_id'] eq '123456'\"");
    const swap = (t: string) => t.split(github).join(h.cloud.issuer.issuer);
    await loadTerraform(h.cloud, swap(code.terraform.join('\n\n')), targets());
    const audience = audienceOf('azure');
    const release = await githubToken(job({ ref: 'refs/heads/release/2.0' }), audience);
    expect(await accepts('azure', release)).toBe(true);
    const otherOwner = job({ ref: 'refs/heads/release/2.0', repositoryOwnerId: '777' });
    expect(await accepts('azure', await githubToken(otherOwner, audience))).toBe(false);
  });
});
