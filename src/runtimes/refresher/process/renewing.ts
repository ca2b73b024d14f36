import { asOidcExchangeError, OidcExchangeError } from '../../../core/errors.js';
import { neutralise } from '../../../core/neutralise.js';
import { MIN_DELAY_MS, MIN_REFUSALS, retryDelayMs, serveMarginMs, type TargetStatus } from '../protocol.js';

/**
 * One renewing credential, the same for the AWS endpoint, the Databricks service and the token
 * files: the static keys' contract, kept longer. What is held is served until its real expiry
 * less a safety margin, whatever renewal is doing; renewal starts (on a timer, so no client waits
 * for it) once the renew margin is reached; a failure is retried with jittered back-off; only
 * when nothing valid is held does a client's request start an attempt at once. One attempt is in
 * flight however many clients ask. A refusal ends renewal only when it persists (`refusalLimitMs`
 * and MIN_REFUSALS attempts); what is held is still served until it expires. Each change of state
 * is logged once, never per request. Time, randomness and timers are injectable (tests use a fake
 * clock).
 */
export interface Held<T> {
  value: T;
  /** Epoch ms on this machine's clock. */
  expiresAt: number;
  lifetimeMs: number;
}

export interface Clock {
  now: () => number;
  random: () => number;
  /** Calls `fn` after `ms`; returns a cancel function. Must not keep the process alive. */
  setTimer: (fn: () => void, ms: number) => () => void;
}

export const systemClock: Clock = {
  now: Date.now,
  random: Math.random,
  setTimer: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export interface RenewingOptions<T> {
  /** For the log and the story: `aws`, `databricks`, `azure token file`. */
  name: string;
  renew: () => Promise<Held<T>>;
  /** Renewal starts once less than this is left of what is held. */
  renewMarginMs: (lifetimeMs: number) => number;
  initial?: Held<T> | undefined;
  /** A refusal lasting this long (and MIN_REFUSALS attempts) ends renewal; Infinity: never. */
  refusalLimitMs: number;
  log: (line: string) => void;
  /** Called after every change of the status (for the story file). */
  onChange?: (status: TargetStatus) => void;
  clock?: Clock;
}

export interface Renewing<T> {
  /** What is held while valid; else one attempt at once (shared), or the failure that explains why not. */
  get(): Promise<T>;
  status(): TargetStatus;
  /** No attempt starts after this. */
  stop(): void;
}

/** Why a client gets nothing: renewal failed and nothing valid is held. */
export class RenewalFailure extends OidcExchangeError {
  readonly givenUp: boolean;
  constructor(cause: OidcExchangeError, givenUp: boolean, what: string) {
    super(
      cause.code,
      givenUp
        ? `${what}: renewal stopped after a refusal that persisted: ${cause.message}`
        : `${what}: renewal failed and the credential held has expired: ${cause.message}`,
      { hint: cause.hint, retryable: !givenUp, cause },
    );
    this.givenUp = givenUp;
  }
}

/** Clients with nothing valid to be served start at most one attempt per this (a burst shares the answer). */
const MIN_RETRY_MS = 1_000;

export function renewing<T>(options: RenewingOptions<T>): Renewing<T> {
  const clock = options.clock ?? systemClock;
  const iso = (ms: number) => new Date(ms).toISOString();
  const status: TargetStatus = { state: 'renewing', renewals: 0, failures: 0 };
  let held = options.initial;
  let inFlight: Promise<void> | undefined;
  let cancelTimer: (() => void) | undefined;
  let inARow = 0;
  let refusals = 0;
  let refusedSince: number | undefined;
  let lastError: OidcExchangeError | undefined;
  let loggedCode: string | undefined;
  let stopped = false;
  let lastEnded = -Infinity;

  const valid = (h: Held<T> | undefined): h is Held<T> =>
    h !== undefined && clock.now() < h.expiresAt - serveMarginMs(h.lifetimeMs);
  const heldUntil = () => (held ? ` The credential held is valid until ${iso(held.expiresAt)}.` : '');
  const changed = () => options.onChange?.({ ...status });

  const schedule = (ms: number) => {
    cancelTimer?.();
    cancelTimer = undefined;
    if (stopped || status.state === 'given up') return;
    cancelTimer = clock.setTimer(
      () => {
        cancelTimer = undefined;
        void attempt();
      },
      Math.max(MIN_DELAY_MS, ms),
    );
  };

  const succeeded = (next: Held<T>) => {
    held = next;
    status.renewals++;
    const recovered = status.state === 'failing';
    status.state = 'renewing';
    options.log(
      recovered
        ? `${options.name}: renewed again after ${inARow} failed attempt(s); valid until ${iso(next.expiresAt)}`
        : `${options.name}: renewed, valid until ${iso(next.expiresAt)}`,
    );
    [inARow, refusals, refusedSince, lastError, loggedCode] = [0, 0, undefined, undefined, undefined];
    schedule(next.expiresAt - options.renewMarginMs(next.lifetimeMs) - clock.now());
  };

  const failed = (thrown: unknown) => {
    const error = asOidcExchangeError(thrown);
    const now = clock.now();
    lastError = error;
    inARow++;
    status.failures++;
    // One line: the story and the log print it whole (upstream text may carry line breaks).
    status.lastCause = neutralise(`[${error.code}] ${error.message}`.replace(/\s*[\r\n]+\s*/g, ' '));
    status.lastFailureAt = iso(now);
    // A timeout is never a refusal: a silent proxy or service says nothing about the trust.
    const refusal = !error.retryable && error.code !== 'TIMEOUT';
    if (refusal) {
      refusals++;
      refusedSince ??= now;
    }
    if (refusal && refusals >= MIN_REFUSALS && now - (refusedSince ?? now) >= options.refusalLimitMs) {
      status.state = 'given up';
      status.givenUpAt = iso(now);
      options.log(
        `${options.name}: renewal given up: refused ${refusals} times over ${Math.round((now - (refusedSince ?? now)) / 1000)} s: ${status.lastCause}.${heldUntil()}`,
      );
      return;
    }
    if (status.state !== 'failing' || loggedCode !== error.code) {
      loggedCode = error.code;
      options.log(
        `${options.name}: renewal failing, retried with back-off: ${status.lastCause}${heldUntil()}`,
      );
    }
    status.state = 'failing';
    schedule(retryDelayMs(inARow, clock.random));
  };

  const attempt = (): Promise<void> => {
    if (inFlight) return inFlight;
    if (stopped || status.state === 'given up') return Promise.resolve();
    cancelTimer?.();
    cancelTimer = undefined;
    inFlight = options
      .renew()
      .then(succeeded, failed)
      .finally(() => {
        inFlight = undefined;
        lastEnded = clock.now();
        changed();
      });
    return inFlight;
  };

  // With nothing held, the first client's request starts the first attempt: a job that never asks
  // costs the cloud no exchange.
  if (held) schedule(held.expiresAt - options.renewMarginMs(held.lifetimeMs) - clock.now());

  return {
    async get() {
      const now = held;
      if (valid(now)) return now.value;
      // At once, not after the back-off; but a burst of clients right after a failure shares its answer.
      if (inFlight || !lastError || clock.now() - lastEnded >= MIN_RETRY_MS) await attempt();
      const after = held;
      if (valid(after)) return after.value;
      throw new RenewalFailure(
        lastError ?? new OidcExchangeError('INTERNAL', 'No credential was obtained.'),
        status.state === 'given up',
        options.name,
      );
    },
    status: () => ({ ...status }),
    stop() {
      stopped = true;
      cancelTimer?.();
      cancelTimer = undefined;
    },
  };
}
