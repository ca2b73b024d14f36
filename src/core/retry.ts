import { OidcExchangeError, asOidcExchangeError } from './errors.js';

/**
 * Bounded retries for transient failures only (5xx, 429, connection resets, timeouts, the
 * upstream's own "try again" codes). Trust and validation errors are never retried: retrying an
 * AccessDenied twelve times only hides the real message (configure-aws-credentials #929/#1293).
 *
 * Each attempt calls `attempt(n)` afresh, so a caller that needs a new OIDC token per attempt
 * mints it inside (configure-aws-credentials #1848: a stale token reused across slow retries).
 */
export interface RetryPolicy {
  /** Attempts in all, including the first. */
  maxAttempts: number;
  /** No new attempt starts after this much time has passed since the first. */
  maxTotalMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  maxTotalMs: 60_000,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
};

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  onRetry?: (error: OidcExchangeError, attempt: number, delayMs: number) => void;
}

/** A transient error may carry the server's Retry-After (in ms); it is honoured within the bounds. */
export class RetryAfter extends OidcExchangeError {
  readonly delayMs: number;
  constructor(error: OidcExchangeError, delayMs: number) {
    super(error.code, error.message, { hint: error.hint, retryable: true, cause: error.cause });
    this.delayMs = delayMs;
  }
}

export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  hooks: RetryHooks = {},
): Promise<T> {
  const now = hooks.now ?? Date.now;
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = hooks.random ?? Math.random;
  const started = now();
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (thrown) {
      const error = asOidcExchangeError(thrown);
      if (!error.retryable || n >= policy.maxAttempts) throw error;
      // Full jitter keeps parallel matrix jobs from retrying in lock-step.
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1)) * random();
      const delay = error instanceof RetryAfter ? Math.min(policy.maxDelayMs, error.delayMs) : backoff;
      if (now() - started + delay > policy.maxTotalMs) throw error;
      hooks.onRetry?.(error, n, delay);
      await sleep(delay);
    }
  }
}

/** Parses an HTTP Retry-After header (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(
  value: string | string[] | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
