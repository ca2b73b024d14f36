/**
 * `oidc-exchange trust` and the dry run emit, per target, the trust that accepts this job's token
 * and nothing broader than its `subject` and `claims` patterns, as Terraform and as shell
 * commands. Both forms are loaded into the fake clouds (Terraform read by HashiCorp's HCL parser,
 * commands run by bash against recording stand-ins), which then accept this token and refuse one
 * from another branch, repository or environment, for GitHub's name-based and immutable subjects
 * and for Azure DevOps' service connections, whose Entra-issuer trust (the issuer migration) is
 * emitted beside the current one and, loaded alone, refuses the retiring issuer's token.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { OidcExchangeError } from '../../src/core/errors.js';
import { explain } from '../../src/core/explain.js';
import { silentLogger } from '../../src/core/log.js';
import { parsePlan } from '../../src/core/plan.js';
import { run } from '../../src/core/run.js';
import { TARGETS } from '../../src/targets/index.js';
import { connectionClaims } from '../fakes/azure-devops-claims.ts';
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { claimsFor, defaultJob, type FakeJob } from '../fakes/github-claims.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { tempFolder } from '../support/temp-folders.ts';
import { loadShell, loadTerraform, type TrustTargets } from '../support/trust-code.ts';

let cloud: FakeCloud;
const http = fakeCloudPerFile((started) => (cloud = started), 5_000);

type Target = 'aws' | 'azure' | 'databricks' | 'gcp';
const TARGET_NAMES: Target[] = ['aws', 'azure', 'databricks', 'gcp'];
const ACCOUNT = '123456789012';
const SP = '7a1b0000-0000-0000-0000-0000000000c0';
const SERVICE_ACCOUNT = 'deploy@trust-project.iam.gserviceaccount.com';

function targetInputs(target: Target, clientId = ids.clientId, tenantId = ids.tenantId): Record<string, string> {
  const provider = `projects/${cloud.google.projectNumber}/locations/global/workloadIdentityPools/ci-pool/providers/trust-code`;
  return {
    aws: { 'aws-role-arn': `arn:aws:iam::${ACCOUNT}:role/ci/trust-code`, 'aws-region': 'eu-west-1', 'aws-sts-endpoint': cloud.sts.endpoint },
    azure: { 'azure-client-id': clientId, 'azure-tenant-id': tenantId, 'azure-authority-host': cloud.entra.authorityHost },
    databricks: { 'databricks-host': cloud.databricks.workspaceHost, 'databricks-client-id': SP },
    gcp: {
      'gcp-workload-identity-provider': provider,
      'gcp-service-account': SERVICE_ACCOUNT,
      'gcp-sts-endpoint': cloud.google.url,
      'gcp-iam-credentials-endpoint': cloud.google.url,
    },
  }[target];
}

function audienceOf(target: Target): string {
  return {
    aws: 'sts.amazonaws.com',
    azure: 'api://AzureADTokenExchange',
    databricks: `${cloud.databricks.workspaceHost}/oidc/v1/token`,
    gcp: `https://iam.googleapis.com/projects/${cloud.google.projectNumber}/locations/global/workloadIdentityPools/ci-pool/providers/trust-code`,
  }[target];
}

const now = () => Math.floor(Date.now() / 1000);
const githubToken = (job: FakeJob, audience: string) =>
  cloud.issuer.sign(claimsFor(job, { issuer: cloud.issuer.issuer, audience, nowSeconds: now(), lifetimeSeconds: 300 }));
const job = (change: Partial<FakeJob>): FakeJob => ({ ...defaultJob(), ...change });

/** The trust emitted for `inputs` (every target) and this job's tokens, as `oidc-exchange trust` and the dry run print it. */
async function emitted(inputs: Record<string, string>, token: (audience: string) => Promise<string>, runInfo = {}) {
  const all = Object.assign({}, ...TARGET_NAMES.map((t) => targetInputs(t)), inputs) as Record<string, string>;
  const plan = parsePlan((n) => all[n] ?? '', TARGETS, runInfo);
  const explained = await explain(plan, { http, source: { origin: 'test', getToken: token }, registerSecret: () => undefined });
  return explained.trust;
}

/** Exchanges `token` for `target` with no check of its own beyond issuer and audience: the cloud decides. */
async function accepts(target: Target, token: string, extra: Record<string, string> = {}): Promise<boolean> {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, string>;
  const inputs: Record<string, string> = { ...targetInputs(target), ...extra, issuer: claims['iss'] ?? '', audience: claims['aud'] ?? '' };
  const plan = parsePlan((n) => inputs[n] ?? '', TARGETS, {});
  try {
    await run(plan, {
      http,
      log: silentLogger,
      source: { origin: 'test', getToken: () => Promise.resolve(token) },
      registerSecret: () => undefined,
      tempDir: tempFolder('trust-run-'),
      childEnv: {},
    });
    return true;
  } catch (error) {
    // A refusal must be the cloud's, not a local check's.
    expect(error instanceof OidcExchangeError ? error.code : String(error)).toMatch(/^(AZURE|AWS|DATABRICKS|GCP)_/);
    return false;
  }
}

function resetClouds(): void {
  cloud.google.reset();
  cloud.databricks.reset();
  cloud.databricks.addServicePrincipal({ applicationId: SP, displayName: 'trust-code' });
  cloud.entra.addApp({ tenantId: ids.tenantId, clientId: ids.clientId, federatedCredentials: [] });
  cloud.sts.addRole({ arn: `arn:aws:iam::${ACCOUNT}:role/ci/trust-code`, trustPolicy: { Statement: [] } });
}

const targets = (): TrustTargets => ({ accountId: ACCOUNT, tenantId: ids.tenantId, databricksAppId: SP, rolePath: '/ci/' });

type Load = (text: { terraform: string; shell: string }, t: TrustTargets) => Promise<void>;
const forms: Array<[string, Load]> = [
  ['Terraform', (code, t) => loadTerraform(cloud, code.terraform, t)],
  ['shell commands', (code, t) => Promise.resolve(void loadShell(cloud, code.shell, t))],
];

beforeEach(() => resetClouds());

describe.each(forms)('trust as code (%s), GitHub tokens', (_, load) => {
  it('with no subject given: this token exactly (environment), not another environment, branch or repository', async () => {
    const mine = job({ environment: 'production' });
    await load(await emitted({}, (a) => githubToken(mine, a)), targets());
    for (const target of TARGET_NAMES) {
      const audience = audienceOf(target);
      expect(await accepts(target, await githubToken(mine, audience)), target).toBe(true);
      expect(await accepts(target, await githubToken(job({ environment: 'staging' }), audience)), target).toBe(false);
      expect(await accepts(target, await githubToken(job({}), audience)), target).toBe(false);
      expect(await accepts(target, await githubToken(job({ repository: 'octo-org/other', environment: 'production' }), audience)), target).toBe(false);
    }
  });

  it('with a branch pattern: the pattern where the cloud has wildcards, else this token exactly; never another repository', async () => {
    const mine = job({ ref: 'refs/heads/release/1.2' });
    const inputs = { subject: 'repo:octo-org/app:ref:refs/heads/release/*' };
    await load(await emitted(inputs, (a) => githubToken(mine, a)), targets());
    for (const target of TARGET_NAMES) {
      const audience = audienceOf(target);
      expect(await accepts(target, await githubToken(mine, audience)), target).toBe(true);
      expect(await accepts(target, await githubToken(job({ ref: 'refs/heads/main' }), audience)), target).toBe(false);
      expect(await accepts(target, await githubToken(job({ repository: 'octo-org/other', ref: 'refs/heads/release/1.2' }), audience)), target).toBe(false);
      // AWS and Google hold the pattern; Entra (flexible credentials are for GitHub's own issuer, not
      // this fake's) and Databricks (no wildcards) hold this token's exact subject: narrower, never broader.
      const sibling = await accepts(target, await githubToken(job({ ref: 'refs/heads/release/2.0' }), audience));
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
      expect(await accepts(target, await githubToken(job({ immutableSubject: true, ref: 'refs/heads/dev' }), audience))).toBe(true);
      expect(await accepts(target, await githubToken(job({}), audience)), target).toBe(false);
      expect(await accepts(target, await githubToken(job({ immutableSubject: true, repositoryId: '999' }), audience))).toBe(false);
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
});

describe('the Azure DevOps issuer migration', () => {
  async function connectionTokens() {
    const ado = cloud.azureDevOps;
    const connection = ado.addConnection({ name: 'migrating', family: 'vstoken' });
    const times = { nowSeconds: now(), lifetimeSeconds: 300 };
    const current = await ado.vstokenIssuer.sign(
      connectionClaims(connection, ado.pipeline, ado.collectionId, ado.vstokenIssuer.issuer, times),
    );
    // After the conversion: the same connection (same id), Entra-issued.
    const converted = { ...connection, family: 'entra' as const };
    const next = cloud.entra.signToken(
      connectionClaims(converted, ado.pipeline, ado.collectionId, ado.entraIssuer(connection.tenantId), times),
    );
    const runInfo = {
      ci: 'azure-devops' as const,
      azureDevOps: {
        collectionId: ado.collectionId,
        serviceConnectionId: connection.id,
        tenantId: connection.tenantId,
        authorityHost: cloud.entra.authorityHost,
      },
    };
    const inputs = { 'azure-client-id': connection.clientId, 'azure-tenant-id': connection.tenantId };
    const code = await emitted(inputs, () => Promise.resolve(current), runInfo);
    const t: TrustTargets = { ...targets(), tenantId: connection.tenantId };
    return { connection, current, next, code, t, extra: inputs, issuer: ado.entraIssuer(connection.tenantId) };
  }
  const MIGRATING: Target[] = ['aws', 'azure', 'databricks'];

  it('emits the Entra-issuer trust beside the current one: both tokens are accepted meanwhile', async () => {
    const { current, next, code, t, extra, issuer } = await connectionTokens();
    expect(code.terraform).toContain('Azure DevOps issuer migration');
    expect(code.terraform).toContain(issuer);
    await loadTerraform(cloud, code.terraform, t);
    for (const target of MIGRATING) {
      expect(await accepts(target, current, target === 'azure' ? extra : {}), target).toBe(true);
      expect(await accepts(target, next, target === 'azure' ? extra : {}), target).toBe(true);
    }
  });

  it('with only the new trust loaded, the retiring issuer is refused and the Entra-issued token accepted', async () => {
    const { current, next, code, t, extra } = await connectionTokens();
    resetClouds();
    await loadTerraform(cloud, code.terraform, { ...t, only: (name) => name.includes('entra') || name === 'trust-code' });
    for (const target of MIGRATING) {
      expect(await accepts(target, next, target === 'azure' ? extra : {}), target).toBe(true);
      expect(await accepts(target, current, target === 'azure' ? extra : {}), target).toBe(false);
    }
  });

  it('the shell commands hold both trusts too', async () => {
    const { current, next, code, t, extra } = await connectionTokens();
    loadShell(cloud, code.shell, t);
    for (const target of MIGRATING) {
      expect(await accepts(target, current, target === 'azure' ? extra : {}), target).toBe(true);
      expect(await accepts(target, next, target === 'azure' ? extra : {}), target).toBe(true);
    }
  });

  it('the step logs one warning with the retirement date and the trust to add', async () => {
    const { current, connection } = await connectionTokens();
    const ado = cloud.azureDevOps;
    const inputs: Record<string, string> = { ...targetInputs('aws'), issuer: ado.vstokenIssuer.issuer };
    const plan = parsePlan((n) => inputs[n] ?? '', TARGETS, {
      ci: 'azure-devops',
      azureDevOps: { collectionId: ado.collectionId, serviceConnectionId: connection.id, tenantId: connection.tenantId, authorityHost: cloud.entra.authorityHost },
    });
    // `issuer` names the fake's Azure DevOps issuer, so the plan holds that family only: the warning
    // then names the date and the docs instead of the exact Entra-issuer values.
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
  });
});

describe('Entra flexible federated credentials (GitHub issuer)', () => {
  it('a branch pattern becomes claims[\'sub\'] matches …: the fake Entra accepts a matching branch and refuses another', async () => {
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
        tokenSubject: 'repo:octo-org/app:ref:refs/heads/release/1.2',
        role: 'current',
      },
    ]);
    const swap = (text: string) => text.split(github).join(cloud.issuer.issuer);
    for (const load of [
      () => loadTerraform(cloud, swap(code.terraform.join('\n\n')), targets()),
      () => Promise.resolve(void loadShell(cloud, swap(code.shell.join('\n')), targets())),
    ]) {
      resetClouds();
      await load();
      const audience = audienceOf('azure');
      expect(await accepts('azure', await githubToken(job({ ref: 'refs/heads/release/2.0' }), audience))).toBe(true);
      expect(await accepts('azure', await githubToken(job({ ref: 'refs/heads/main' }), audience))).toBe(false);
      const otherWorkflow = job({ ref: 'refs/heads/release/2.0', jobWorkflowRef: 'octo-org/app/.github/workflows/x.yml@refs/heads/main' });
      expect(await accepts('azure', await githubToken(otherWorkflow, audience))).toBe(false);
    }
  });
});
