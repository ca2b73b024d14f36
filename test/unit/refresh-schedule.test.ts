import { describe, expect, it } from 'vitest';
import {
  accessTokenMarginMs,
  cliLoginIntervalMs,
  fileRenewDelayMs,
  retryDelayMs,
} from '../../src/runtimes/refresher/protocol.js';

describe('refresh schedule', () => {
  it('rewrites a 5-minute GitHub token file every 30 s, whatever the runner clock says', () => {
    expect(fileRenewDelayMs(1_000, 1_300)).toBe(30_000);
    expect(fileRenewDelayMs(5_000_000, 5_000_300)).toBe(30_000);
  });

  it('never spins: at least 250 ms, even for a token with no life', () => {
    expect(fileRenewDelayMs(100, 100)).toBe(250);
    expect(fileRenewDelayMs(100, 50)).toBe(250);
    expect(cliLoginIntervalMs(100, 100)).toBe(250);
  });

  it('logs the Azure CLI in again every half token life (2.5 minutes for GitHub)', () => {
    expect(cliLoginIntervalMs(0, 300)).toBe(150_000);
  });

  it('replaces Databricks tokens before the SDKs would (they refresh 40 s early)', () => {
    expect(accessTokenMarginMs(3_600_000)).toBe(720_000);
    expect(accessTokenMarginMs(300_000)).toBe(120_000);
    expect(accessTokenMarginMs(2_000)).toBe(1_000);
  });

  it('backs off after failures, to at most 30 s', () => {
    const delays: number[] = [];
    let last: number | undefined;
    for (let i = 0; i < 7; i++) delays.push((last = retryDelayMs(last)));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
