/**
 * When the refresher acts. GitHub ID tokens live 300 s (docs/protocols.md §1.4) and the Azure SDKs
 * keep a token file's content for 5 minutes after reading it (§2.7): a file rewritten every
 * tenth of a lifetime (30 s) means an SDK never holds a token more than 30 s older than the file,
 * so it stays valid for at least 90% of the time it is held. Short lifetimes (tests) are bounded
 * below so the loop never spins.
 */
const MIN_DELAY_MS = 250;

/**
 * Delay until a token that lives from `iat` to `exp` (seconds) is replaced in files, counted from
 * its arrival: only its lifetime is used, so a runner clock that is off cannot make the loop spin.
 */
export function fileRenewDelayMs(iat: number, exp: number): number {
  return Math.max(MIN_DELAY_MS, (Math.max(0, exp - iat) * 1000) / 10);
}

/**
 * The Azure CLI keeps the assertion it was given and presents it whenever it needs a new Entra
 * token (docs/protocols.md §2.7): logging in again every half lifetime keeps the stored one at least
 * half a lifetime from expiry, at the cost of one `az login` every 2.5 minutes.
 */
export function cliLoginIntervalMs(iat: number, exp: number): number {
  return Math.max(MIN_DELAY_MS, ((exp - iat) * 1000) / 2);
}

/**
 * A cached access token is replaced once less than this is left: the Databricks SDKs refresh
 * 40 s before expiry (), so two minutes, or a fifth of a long lifetime, but never more than
 * half of a short one.
 */
export function accessTokenMarginMs(lifetimeMs: number): number {
  return Math.min(lifetimeMs / 2, Math.max(120_000, lifetimeMs / 5));
}

/** After a transient failure: retry soon, then back off to at most 30 s. */
export function retryDelayMs(previousMs: number | undefined): number {
  return previousMs === undefined ? 1_000 : Math.min(30_000, previousMs * 2);
}

/**
 * An AWS role session is renewed once less than this is left: 20 minutes, so that what a client
 * is handed is beyond botocore's 15-minute advisory refresh window (it would otherwise ask again
 * on every call; the JS SDK asks 5 minutes ahead), but never more than half of a short session.
 */
export function awsRenewMarginMs(lifetimeMs: number): number {
  return Math.min(lifetimeMs / 2, 20 * 60_000);
}
