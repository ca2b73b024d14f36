/**
 * The protocol between the main step and the background refresher, in one place that both sides
 * import: the order the step hands over (on the refresher's stdin), the listening socket it hands
 * over with it, the paths the refresher serves and writes, the state the post step reads, and the
 * schedule both sides agree on (docs/long-running-jobs.md).
 */
import type { PortableSource } from '../../core/source-recipe.js';
import type { RunInfo } from '../../core/target.js';

/**
 * What the main step hands the background refresher, as one JSON line on its stdin (never a file
 * or its command line, since it carries the request token). Everything but `source.secret` is
 * non-secret: the refresher re-plans from the step's own inputs, so it checks every new token
 * against exactly what the main step checked.
 */
export interface RefresherOrder {
  /** Lets the post step stop this refresher and no other process (not a secret: it can only stop it). */
  nonce: string;
  source: PortableSource;
  inputs: Record<string, string>;
  runInfo: RunInfo;
  /** The step's private folder: the refresher's log lives there, and it exits once it is removed. */
  tempDir: string;
  /**
   * Epoch milliseconds after which the refresher exits, whatever else happens: a backstop past the
   * job's longest possible life (jobLimitMs), never before it; the job's end normally shows first.
   */
  deadline: number;
  /**
   * How long a refusal must persist (with at least MIN_REFUSALS refused attempts) before the
   * refresher stops renewing that target: persistentRefusalMs of the step's credential lifetime.
   * Absent (an older step): five minutes.
   */
  refusalLimitMs?: number | undefined;
  /**
   * Files rewritten (atomically, 0600) with a fresh, verified ID token for the audience, each with
   * its name for the log and the story (`azure token file`, `gcp token file`).
   */
  tokenFiles: Array<{ label: string; audience: string; path: string; firstRenewalMs: number }>;
  /** Google ID token file (`gcp-id-token-audience`) rewritten with a fresh ID token: process/gcp-id-token-file.ts. */
  gcpIdTokenFile?: { path: string; firstRenewalMs: number } | undefined;
  /** Log the Azure CLI in again with fresh tokens of the Azure target's audience. */
  azureCliLogin: boolean;
  /** Serve Databricks tokens at this unguessable loopback path (the metadata-service protocol). */
  databricksPath: string | undefined;
  /**
   * Serve AWS credentials to the container-credentials provider, to callers presenting this
   * authorization token (a secret), starting from the step's own role session.
   */
  aws?: { authorization: string; seed: SeedCredentials | undefined } | undefined;
  /** The Azure DevOps agent's proxy (its URL holds the credentials); absent: the environment's. */
  proxy?: RefresherProxy | undefined;
  /** How the refresher comes to listen: on the socket the step bound, or (absent) on its own. */
  listener?: RefresherListener | undefined;
}

/**
 * `handed`: the step bound 127.0.0.1:`port` itself and the refresher inherited the listening
 * socket as its file descriptor `fd`, so the kernel queues a client that comes before the
 * refresher accepts and the step never waits for its start-up. `own`: the refresher binds a port
 * of its own and reports it over IPC (`RefresherReady`), and the step waits for that.
 */
export type RefresherListener = { kind: 'handed'; fd: number; port: number } | { kind: 'own' };

/** The refresher's descriptor for the handed socket: the first after stdin, stdout and stderr. */
export const HANDED_LISTENER_FD = 3;

export interface RefresherProxy {
  url: string;
  /** Regular expressions matched against whole URLs (Agent.ProxyBypassList). */
  bypass: string[];
}

/** What the refresher answers on its IPC channel once it listens on its own port (`own` listener only). */
export type RefresherReady = { ready: true; port: number } | { ready: false; error: string };

/** The step's own AWS role session, which the refresher serves first. */
export interface SeedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** ISO 8601. */
  expiration: string;
  /** When the step received them (epoch ms): the session's lifetime decides the renewal margin. */
  issuedAt: number;
}

/** Where the refresher serves AWS credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI's path). */
export const AWS_PATH = '/aws/credentials';

/** The refresher's log in the step's private folder: no secret in it; the post step prints it on debug only. */
export const LOG_FILE = 'refresher.log';

/** The refresher's story (RefresherStatus as JSON) in the step's private folder, for the post step. */
export const STATUS_FILE = 'refresher-status.json';

/** What one renewed target (or token file, or the Azure CLI login) has been through. No secret. */
export interface TargetStatus {
  /** `renewing`: all well; `failing`: the last attempt failed, retried with back-off; `given up`: a refusal persisted. */
  state: 'renewing' | 'failing' | 'given up';
  renewals: number;
  failures: number;
  /** `[CODE] message` of the last failure, neutralised. */
  lastCause?: string | undefined;
  /** ISO 8601 times. */
  lastFailureAt?: string | undefined;
  givenUpAt?: string | undefined;
}

export interface RefresherStatus {
  startedAt: string;
  /** Set when the refresher stops, with why (neutralised). */
  stoppedAt?: string | undefined;
  stopReason?: string | undefined;
  /** Whether it stopped because the post step asked (it lived until the end). */
  stoppedByPostStep?: boolean | undefined;
  targets: Record<string, TargetStatus>;
}

/** The URL of a path the refresher serves on loopback. */
export function loopbackUrl(port: number, path: string): string {
  return `http://127.0.0.1:${port}${path}`;
}

// ---- The schedule ----

/**
 * When the refresher acts. GitHub ID tokens live 300 s (docs/protocols.md §1.4) and the Azure SDKs
 * keep a token file's content for 5 minutes after reading it (§2.7): a file rewritten every
 * tenth of a lifetime (30 s) means an SDK never holds a token more than 30 s older than the file,
 * so it stays valid for at least 90% of the time it is held. Short lifetimes (tests) are bounded
 * below so the loop never spins.
 */
export const MIN_DELAY_MS = 250;

/**
 * Delay until a token that lives from `iat` to `exp` (seconds) is replaced in files, counted from
 * its arrival: only its lifetime is used, so a runner clock that is off cannot make the loop spin.
 */
export function fileRenewDelayMs(iat: number, exp: number): number {
  return Math.max(MIN_DELAY_MS, (Math.max(0, exp - iat) * 1000) / 10);
}

/** The same as a renew margin (renewal once less than this is left): a tenth of the life gone. */
export function fileRenewMarginMs(lifetimeMs: number): number {
  return Math.max(0, lifetimeMs - Math.max(MIN_DELAY_MS, lifetimeMs / 10));
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

/**
 * After a failed renewal: jittered exponential back-off, 1 s, 2 s, 4 s … at most 60 s (half of each
 * step fixed, half random, so parallel jobs do not retry in lock-step yet the wait stays bounded
 * below). `failures` counts failures in a row (1 for the first).
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const cap = Math.min(60_000, 1_000 * 2 ** Math.max(0, Math.min(failures - 1, 16)));
  return cap / 2 + (cap / 2) * random();
}

/**
 * A held credential is served while more than this is left of it: its real expiry less a margin
 * for the client's own request and a clock that is a little off. A thirtieth of its life, at most
 * two minutes, at least a second (a busy machine) but never more than half a life: 2 min for an
 * hour's role session, 30 s for STS's shortest (15 min), ~1.3 s for a 40 s test session, 1 s for
 * the fakes' 2 s ones (which are then renewed before they are served, as the renew margin is the same).
 */
export function serveMarginMs(lifetimeMs: number): number {
  const life = Math.max(0, lifetimeMs);
  return Math.min(120_000, Math.max(life / 30, Math.min(1_000, life / 2)));
}

/** A refusal ends renewal of a target only after this many refused attempts in a row … */
export const MIN_REFUSALS = 3;

/**
 * … that spanned at least this long: half the step's credential lifetime, at most five minutes.
 * A refusal that outlasts several fresh ID tokens and minutes is the trust or the job changing
 * (the job's token refused after it ended), not one bad token or an issuer's hiccup. Scaling with
 * the lifetime is what lets the fakes' short sessions shorten it; real sessions (15 min or more)
 * always get the five minutes.
 */
export function persistentRefusalMs(credentialLifetimeMs: number): number {
  return Math.min(5 * 60_000, Math.max(0, credentialLifetimeMs) / 2);
}

/**
 * An AWS role session is renewed once less than this is left: 20 minutes, so that what a client
 * is handed is beyond botocore's 15-minute advisory refresh window (it would otherwise ask again
 * on every call; the JS SDK asks 5 minutes ahead), but never more than half of a short session.
 */
export function awsRenewMarginMs(lifetimeMs: number): number {
  return Math.min(lifetimeMs / 2, 20 * 60_000);
}
