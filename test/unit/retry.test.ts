import { describe, expect, it } from 'vitest';
import { OidcExchangeError } from '../../src/core/errors.js';
import { RetryAfter, parseRetryAfter, withRetries } from '../../src/core/retry.js';

const policy = { maxAttempts: 4, maxTotalMs: 10_000, baseDelayMs: 100, maxDelayMs: 1_000 };

function clock() {
  let t = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    hooks: {
      now: () => t,
      sleep: (ms: number) => ((t += ms), sleeps.push(ms), Promise.resolve()),
      random: () => 1,
    },
  };
}

describe('withRetries', () => {
  it('retries transient errors with growing backoff, calling the attempt afresh each time', async () => {
    const c = clock();
    const attempts: number[] = [];
    const result = await withRetries(
      (n) => {
        attempts.push(n);
        if (n < 3) throw new OidcExchangeError('HTTP_FAILED', 'busy', { retryable: true });
        return Promise.resolve('ok');
      },
      policy,
      c.hooks,
    );
    expect(result).toBe('ok');
    expect(attempts).toEqual([1, 2, 3]);
    expect(c.sleeps).toEqual([100, 200]);
  });

  it('never retries a permanent error', async () => {
    const c = clock();
    let calls = 0;
    await expect(
      withRetries(
        () => {
          calls++;
          throw new OidcExchangeError('AZURE_TRUST_MISMATCH', 'no');
        },
        policy,
        c.hooks,
      ),
    ).rejects.toThrow('no');
    expect(calls).toBe(1);
  });

  it('stops after maxAttempts and within maxTotalMs, honouring Retry-After', async () => {
    const c = clock();
    let calls = 0;
    const busy = () =>
      new RetryAfter(new OidcExchangeError('HTTP_FAILED', 'slow down', { retryable: true }), 800);
    await expect(
      withRetries(
        () => {
          calls++;
          throw busy();
        },
        { ...policy, maxTotalMs: 2_000 },
        c.hooks,
      ),
    ).rejects.toThrow('slow down');
    expect(c.sleeps).toEqual([800, 800]);
    expect(calls).toBe(3);
  });

  it('parses Retry-After in seconds and as a date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:05 GMT', Date.parse('2026-11-23T12:00:00Z'))).toBe(5000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
