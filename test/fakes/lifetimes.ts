/**
 * Deliberately short lifetimes for the refresh tests: ID tokens from the fake GitHub and Azure DevOps endpoints,
 * Entra access tokens, STS credentials, Databricks tokens and Google access and ID tokens of a few seconds, and no clock-skew
 * leeway at Entra, so that "expired" happens within a test. Real services never go this low:
 * STS's minimum session is 900 s (docs/protocols.md §3.2) and GitHub's tokens live 300 s; these are
 * knobs of the fakes only. Returns a function that restores the previous values.
 */
import type { FakeCloud } from './cloud.ts';

export function shortLifetimes(cloud: FakeCloud, seconds: number): () => void {
  const before = {
    idToken: cloud.github.tokenLifetimeSeconds,
    adoToken: cloud.azureDevOps.tokenLifetimeSeconds,
    entra: cloud.entra.accessTokenLifetimeSeconds,
    skew: cloud.entra.clockSkewSeconds,
    sts: cloud.sts.credentialLifetimeSeconds,
    databricks: cloud.databricks.accessTokenLifetimeSeconds,
    google: cloud.google.accessTokenLifetimeCapSeconds,
    googleIdToken: cloud.google.idTokenLifetimeSeconds,
  };
  cloud.github.tokenLifetimeSeconds = seconds;
  cloud.azureDevOps.tokenLifetimeSeconds = seconds;
  cloud.entra.accessTokenLifetimeSeconds = seconds;
  cloud.entra.clockSkewSeconds = 0;
  cloud.sts.credentialLifetimeSeconds = seconds;
  cloud.databricks.accessTokenLifetimeSeconds = seconds;
  cloud.google.accessTokenLifetimeCapSeconds = seconds;
  cloud.google.idTokenLifetimeSeconds = seconds;
  return () => {
    cloud.github.tokenLifetimeSeconds = before.idToken;
    cloud.azureDevOps.tokenLifetimeSeconds = before.adoToken;
    cloud.entra.accessTokenLifetimeSeconds = before.entra;
    cloud.entra.clockSkewSeconds = before.skew;
    cloud.sts.credentialLifetimeSeconds = before.sts;
    cloud.databricks.accessTokenLifetimeSeconds = before.databricks;
    cloud.google.accessTokenLifetimeCapSeconds = before.google;
    cloud.google.idTokenLifetimeSeconds = before.googleIdToken;
  };
}
