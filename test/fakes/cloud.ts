import { startAzureDevOps } from './azure-devops.ts';
import type { FakeAzureDevOps } from './azure-devops.ts';
import { startDatabricks } from './databricks.ts';
import type { FakeDatabricks } from './databricks.ts';
import { startEntra } from './entra.ts';
import type { FakeEntra } from './entra.ts';
import { startGithubTokenEndpoint } from './github-actions.ts';
import { startGoogle } from './google.ts';
import type { FakeGoogle } from './google.ts';
import { startImds } from './imds.ts';
import type { FakeImds } from './imds.ts';
import type { FakeGithubActions } from './github-actions.ts';
import { startOidcIssuer } from './oidc-issuer.ts';
import type { FakeIssuer } from './oidc-issuer.ts';
import { startSts } from './sts.ts';
import type { FakeSts } from './sts.ts';

/** Well-known ids for tests and the demo. */
export const ids = {
  tenantId: '11111111-1111-1111-1111-111111111111',
  clientId: '00000000-0000-0000-0000-000000000000',
  subscriptionId: '22222222-2222-2222-2222-222222222222',
};

export interface FakeCloud {
  issuer: FakeIssuer;
  github: FakeGithubActions;
  entra: FakeEntra;
  sts: FakeSts;
  databricks: FakeDatabricks;
  /** Google STS, IAM Credentials and Resource Manager. */
  google: FakeGoogle;
  /** IMDS of the Azure VM the runner pretends to be on. */
  imds: FakeImds;
  /** Azure DevOps' oidctoken endpoint, its own issuer (vstoken family) and the Entra family through `entra`. */
  azureDevOps: FakeAzureDevOps;
  close: () => Promise<void>;
}

/**
 * Issuer, GitHub token endpoint, Entra, AWS STS and Databricks on loopback. No apps, roles, OIDC
 * providers, service principals or federation policies are registered: tests add them. Databricks
 * accepts the fake Entra's tokens of the `ids.tenantId` tenant (Azure Databricks, docs/protocols.md §4.6).
 */
/** Every fake cloud of this process that is running: the leak scan asks them what they issued. */
export const runningClouds = new Set<FakeCloud>();

export async function startFakeCloud(opts: { issuerPath?: string } = {}): Promise<FakeCloud> {
  const [issuer, entra, sts, databricks, google] = await Promise.all([
    startOidcIssuer(opts.issuerPath === undefined ? {} : { path: opts.issuerPath }),
    startEntra(),
    startSts(),
    startDatabricks(),
    startGoogle(),
  ]);
  databricks.trustEntra({ tenantId: ids.tenantId, jwks: () => entra.jwks() });
  const [github, imds, azureDevOps] = await Promise.all([
    startGithubTokenEndpoint({ issuer }),
    startImds(entra),
    startAzureDevOps({ entra }),
  ]);
  const cloud: FakeCloud = {
    issuer,
    github,
    entra,
    sts,
    databricks,
    google,
    imds,
    azureDevOps,
    close: async () => {
      runningClouds.delete(cloud);
      await Promise.all([
        github.close(),
        imds.close(),
        azureDevOps.close(),
        entra.close(),
        sts.close(),
        databricks.close(),
        google.close(),
        issuer.close(),
      ]);
    },
  };
  runningClouds.add(cloud);
  return cloud;
}
