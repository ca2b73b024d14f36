import { describe, expect, it } from 'vitest';
import { OidcExchangeError } from '../../src/core/errors.js';
import { neutralise } from '../../src/core/neutralise.js';
import { renewing, type Clock, type Held } from '../../src/runtimes/refresher/process/renewing.js';
import { awsRenewMarginMs } from '../../src/runtimes/refresher/protocol.js';

/** A clock whose time moves only when the test says; timers fire as it passes them. */
function fakeClock(): Clock & { advance(ms: number): Promise<void> } {
  let now = 1_000_000;
  const timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let ids = 0;
  return {
    now: () => now,
    random: () => 0.5,
    setTimer(fn, ms) {
      const id = ids++;
      timers.push({ at: now + ms, fn, id });
      return () => {
        const i = timers.findIndex((t) => t.id === id);
        if (i >= 0) timers.splice(i, 1);
      };
    },
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        now = next.at;
        next.fn();
        for (let i = 0; i < 10; i++) await Promise.resolve();
      }
      now = end;
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
}

const LIFE = 40_000;
const refused = () => new OidcExchangeError('AWS_ACCESS_DENIED', 'STS refused: AccessDenied ::warning::x');
const unavailable = () => new OidcExchangeError('AWS_EXCHANGE_FAILED', 'STS: 503', { retryable: true });

function setup(outcomes: Array<'ok' | '503' | 'refused'>, refusalLimitMs = 10_000) {
  const clock = fakeClock();
  const log: string[] = [];
  let calls = 0;
  let serial = 0;
  const held = (value: string): Held<string> => ({
    value,
    expiresAt: clock.now() + LIFE,
    lifetimeMs: LIFE,
  });
  const r = renewing({
    name: 'aws',
    clock,
    initial: held('seed'),
    refusalLimitMs,
    renewMarginMs: awsRenewMarginMs,
    log: (line) => log.push(line),
    renew: () => {
      calls++;
      const outcome = outcomes.shift() ?? 'ok';
      if (outcome === '503') return Promise.reject(unavailable());
      if (outcome === 'refused') return Promise.reject(refused());
      return Promise.resolve(held(`renewed-${++serial}`));
    },
  });
  return { clock, log, r, calls: () => calls };
}

describe('a renewing credential', () => {
  it('serves the held one without renewing before the renew margin, then renews on its own', async () => {
    const { clock, r, calls } = setup([]);
    await clock.advance(19_000);
    expect(await r.get()).toBe('seed');
    expect(calls()).toBe(0);
    await clock.advance(1_500); // 20 s left: half of a 40 s life
    expect(calls()).toBe(1);
    expect(await r.get()).toBe('renewed-1');
  });

  it('keeps serving the held one through an outage, with back-off, logging the failure once', async () => {
    const { clock, r, calls, log } = setup(['503', '503', '503', '503']);
    await clock.advance(20_000);
    const served: string[] = [];
    for (let t = 0; t < 18; t++) {
      served.push(await r.get());
      await clock.advance(1_000);
    }
    expect(new Set(served)).toEqual(new Set(['seed', 'renewed-1']));
    expect(served[0]).toBe('seed');
    expect(calls()).toBe(5); // 4 failures 0.75, 1.5, 3 and 6 s apart, then success
    expect(log.filter((l) => l.includes('failing'))).toHaveLength(1);
    expect(log.some((l) => l.includes('renewed again after 4 failed attempt(s)'))).toBe(true);
    expect(r.status()).toMatchObject({ state: 'renewing', renewals: 1, failures: 4 });
  });

  it('never serves a credential past its expiry less the margin; then a client starts one attempt at once', async () => {
    const { clock, r, calls } = setup(['503', '503', '503', '503', '503', '503', '503', 'ok']);
    await clock.advance(20_000); // attempt 1 fails
    await clock.advance(19_000); // back-off attempts 2–4 fail; the seed has ~1 s left (< margin)
    const before = calls();
    const asks = await Promise.allSettled([r.get(), r.get(), r.get()]);
    expect(asks.every((a) => a.status === 'rejected')).toBe(true);
    expect(calls()).toBe(before + 1); // one attempt for three clients
    const failure = (asks[0] as PromiseRejectedResult).reason as Error;
    expect(failure.message).toContain('renewal failed and the credential held has expired');
    // A burst right after a failure shares its answer; a second later a client tries again at once.
    await expect(r.get()).rejects.toThrow();
    expect(calls()).toBe(before + 1);
  });

  it('a single refusal never ends renewal', async () => {
    const { clock, r } = setup(['refused', 'ok']);
    await clock.advance(25_000);
    expect(r.status()).toMatchObject({ state: 'renewing', renewals: 1, failures: 1 });
    expect(await r.get()).toBe('renewed-1');
  });

  it('a refusal that persists ends renewal; the held one is served until it expires, then the cause', async () => {
    const { clock, r, calls, log } = setup(Array<'refused'>(20).fill('refused'), 5_000);
    await clock.advance(20_000 + 8_000);
    expect(r.status().state).toBe('given up');
    expect(r.status().lastCause).toBe(
      neutralise('[AWS_ACCESS_DENIED] STS refused: AccessDenied ::warning::x'),
    );
    expect(r.status().lastCause).not.toContain('::warning');
    const attempts = calls();
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(await r.get()).toBe('seed');
    await clock.advance(30_000);
    await expect(r.get()).rejects.toThrow(/renewal stopped after a refusal that persisted/);
    expect(calls()).toBe(attempts); // no more attempts
    expect(log.filter((l) => l.includes('given up'))).toHaveLength(1);
  });
});
