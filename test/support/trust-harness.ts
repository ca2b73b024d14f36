/**
 * What the trust-as-code tests share: one fake cloud per file, the step inputs that point each
 * target at it, this job's tokens, the trust `oidc-exchange trust` emits for them, and `accepts`,
 * which exchanges a token with no check of its own beyond issuer and audience, so the cloud decides.
 */
import { beforeEach, expect } from 'vitest';
import { OidcExchangeError } from '../../src/core/errors.js';
import { explain } from '../../src/core/explain.js';
import { silentLogger } from '../../src/core/log.js';
import { parsePlan } from '../../src/core/plan.js';
import { run } from '../../src/core/run.js';
import type { RunInfo } from '../../src/core/target.js';
import { TARGETS } from '../../src/targets/index.js';
import type { TrustOptions } from '../../src/trust/emit.js';
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { claimsFor, defaultJob, type FakeJob } from '../fakes/github-claims.ts';
import { fakeCloudPerFile } from './fake-cloud-per-file.ts';
import { tempFolder } from './temp-folders.ts';
import { loadShell, loadTerraform, type TrustTargets } from './trust-code.ts';

export type Target = 'aws' | 'azure' | 'databricks' | 'gcp';
export const TARGET_NAMES: Target[] = ['aws', 'azure', 'databricks', 'gcp'];
export const job = (change: Partial<FakeJob>): FakeJob => ({ ...defaultJob(), ...change });
export const now = () => Math.floor(Date.now() / 1000);
export type Load = (text: { terraform: string; shell: string }, t: TrustTargets) => Promise<void>;

/** Call once per test file, at its top level. */
export function trustHarness() {
  let cloud: FakeCloud;
  const http = fakeCloudPerFile((started) => (cloud = started), 5_000);

  const ACCOUNT = '123456789012';
  const SP = '7a1b0000-0000-0000-0000-0000000000c0';
  const SERVICE_ACCOUNT = 'deploy@trust-project.iam.gserviceaccount.com';

  function targetInputs(
    target: Target,
    clientId = ids.clientId,
    tenantId = ids.tenantId,
  ): Record<string, string> {
    const provider = `projects/${cloud.google.projectNumber}/locations/global/workloadIdentityPools/ci-pool/providers/trust-code`;
    return {
      aws: {
        'aws-role-arn': `arn:aws:iam::${ACCOUNT}:role/ci/trust-code`,
        'aws-region': 'eu-west-1',
        'aws-sts-endpoint': cloud.sts.endpoint,
      },
      azure: {
        'azure-client-id': clientId,
        'azure-tenant-id': tenantId,
        'azure-authority-host': cloud.entra.authorityHost,
      },
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

  const githubToken = (job: FakeJob, audience: string) =>
    cloud.issuer.sign(
      claimsFor(job, { issuer: cloud.issuer.issuer, audience, nowSeconds: now(), lifetimeSeconds: 300 }),
    );

  /** The trust emitted for `inputs` (every target) and this job's tokens, as `oidc-exchange trust` and the dry run print it. */
  async function emitted(
    inputs: Record<string, string>,
    token: (audience: string) => Promise<string>,
    runInfo: RunInfo = {},
    trustOptions: TrustOptions = {},
  ) {
    const all = Object.assign({}, ...TARGET_NAMES.map((t) => targetInputs(t)), inputs) as Record<
      string,
      string
    >;
    const plan = parsePlan((n) => all[n] ?? '', TARGETS, runInfo);
    const explained = await explain(plan, {
      http,
      source: { origin: 'test', getToken: token },
      registerSecret: () => undefined,
      trustOptions,
    });
    return explained.trust;
  }

  /** Exchanges `token` for `target` with no check of its own beyond issuer and audience: the cloud decides. */
  async function accepts(
    target: Target,
    token: string,
    extra: Record<string, string> = {},
  ): Promise<boolean> {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      string
    >;
    const inputs: Record<string, string> = {
      ...targetInputs(target),
      ...extra,
      issuer: claims['iss'] ?? '',
      audience: claims['aud'] ?? '',
    };
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
      expect(error instanceof OidcExchangeError ? error.code : String(error)).toMatch(
        /^(AZURE|AWS|DATABRICKS|GCP)_/,
      );
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

  const targets = (): TrustTargets => ({
    accountId: ACCOUNT,
    tenantId: ids.tenantId,
    databricksAppId: SP,
    rolePath: '/ci/',
  });

  const forms: Array<[string, Load]> = [
    ['Terraform', (code, t) => loadTerraform(cloud, code.terraform, t)],
    ['shell commands', (code, t) => Promise.resolve(void loadShell(cloud, code.shell, t))],
  ];

  beforeEach(() => resetClouds());
  /** What the task's runtime knows of the job when it runs on a service connection of this fake cloud. */
  function adoRunInfo(connection: { id: string; tenantId: string }): RunInfo {
    return {
      ci: 'azure-devops',
      azureDevOps: {
        collectionId: cloud.azureDevOps.collectionId,
        serviceConnectionId: connection.id,
        tenantId: connection.tenantId,
        authorityHost: cloud.entra.authorityHost,
      },
    };
  }

  return {
    get cloud() {
      return cloud;
    },
    adoRunInfo,
    http,
    targetInputs,
    audienceOf,
    githubToken,
    emitted,
    accepts,
    resetClouds,
    targets,
    forms,
    ACCOUNT,
  };
}
