import { describe, expect, it } from 'vitest';
import {
  accessTokenMarginMs,
  cliLoginIntervalMs,
  awsRenewMarginMs,
  fileRenewDelayMs,
  fileRenewMarginMs,
  MIN_REFUSALS,
  persistentRefusalMs,
  retryDelayMs,
  serveMarginMs,
} from '../../src/runtimes/refresher/protocol.js';
import { githubJobLimitMs } from '../../src/runtimes/github/refresh.js';

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

  it('backs off after failures, 1 s doubling to at most 60 s, jittered within each step', () => {
    const low = [1, 2, 3, 4, 5, 6, 7, 8, 30].map((n) => retryDelayMs(n, () => 0));
    const high = [1, 2, 3, 4, 5, 6, 7, 8, 30].map((n) => retryDelayMs(n, () => 1));
    expect(high).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    expect(low).toEqual(high.map((ms) => ms / 2));
  });

  it('serves a credential until its expiry less a margin that scales with its life', () => {
    expect(serveMarginMs(3_600_000)).toBe(120_000); // an hour's role session: 2 minutes
    expect(serveMarginMs(900_000)).toBe(30_000); // STS's shortest session
    expect(serveMarginMs(40_000)).toBeCloseTo(1_333, 0); // a 40 s test session: about a second
    expect(serveMarginMs(12 * 3_600_000)).toBe(120_000);
    expect(serveMarginMs(8_000)).toBe(1_000); // at least a second for the client's own request
    expect(serveMarginMs(1_000)).toBe(500); // never more than half a life
  });

  it('a refusal ends renewal only after five minutes for real sessions, less for the fakes', () => {
    expect(persistentRefusalMs(3_600_000)).toBe(300_000);
    expect(persistentRefusalMs(900_000)).toBe(300_000);
    expect(persistentRefusalMs(6_000)).toBe(3_000);
    expect(MIN_REFUSALS).toBeGreaterThanOrEqual(3);
  });

  it('renews an AWS role session 20 minutes before it ends, or halfway through a short one', () => {
    expect(awsRenewMarginMs(3_600_000)).toBe(1_200_000);
    expect(awsRenewMarginMs(40_000)).toBe(20_000);
  });

  it('rewrites a token file once a tenth of its life has gone', () => {
    expect(fileRenewMarginMs(300_000)).toBe(270_000);
    expect(fileRenewMarginMs(1_000)).toBe(750);
  });

  it('keeps a refresher for a GitHub-hosted job 6 h and a bit, for a self-hosted one 5 days and a bit', () => {
    expect(githubJobLimitMs({ RUNNER_ENVIRONMENT: 'github-hosted' })).toBe(370 * 60_000);
    expect(githubJobLimitMs({ RUNNER_ENVIRONMENT: 'self-hosted' })).toBe((5 * 24 * 60 + 10) * 60_000);
    expect(githubJobLimitMs({})).toBe((5 * 24 * 60 + 10) * 60_000);
  });
});
