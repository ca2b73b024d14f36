/**
 * Faults on every endpoint the step talks to: transient ones (5xx, 429 with Retry-After, a reset
 * connection, a hang past the timeout) end in success after a bounded retry; a permanent one (a
 * body that is not what was asked for) ends in one clear error. Never a hang, never a partial export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import type { Fault } from '../fakes/http-server.ts';
import { runAction, stopStartedRefreshers } from '../support/run-action.ts';
import { inputsFor, type Target } from '../support/target-inputs.ts';
import { subject, trustEveryTarget } from '../support/trust.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

const endpoints: Array<[name: string, target: Target, fail: (f: Fault) => void]> = [
  ['the GitHub token endpoint', 'azure', (f) => cloud.github.failNext({ ...f, path: '/idtoken' })],
  [
    "the issuer's discovery document",
    'azure',
    (f) => cloud.issuer.failNext({ ...f, path: '/openid-configuration' }),
  ],
  ["the issuer's keys", 'azure', (f) => cloud.issuer.failNext({ ...f, path: '/jwks' })],
  ["Entra's token endpoint", 'azure', (f) => cloud.entra.failNext({ ...f, path: '/token' })],
  ['STS', 'aws', (f) => cloud.sts.failNext({ ...f, path: '/' })],
  [
    "Databricks' token endpoint",
    'databricks',
    (f) => cloud.databricks.failNext({ ...f, path: '/oidc/v1/token' }),
  ],
  [
    "Databricks' current-user endpoint",
    'databricks',
    (f) => cloud.databricks.failNext({ ...f, path: '/scim/v2/Me' }),
  ],
];

const transient: Array<[string, () => Fault]> = [
  ['503', () => ({ status: 503, body: 'Service Unavailable', headers: { 'content-type': 'text/plain' } })],
  [
    '429 with Retry-After',
    () => ({ status: 429, body: 'slow down', headers: { 'retry-after': '1', 'content-type': 'text/plain' } }),
  ],
  ['a reset connection', () => ({ reset: true })],
  ['a hang past the timeout', () => ({ hang: true })],
  // Slow, but within the timeout: answered normally after a pause, nothing to retry.
  ['a slow answer', () => ({ delayUntil: new Promise((resolve) => setTimeout(resolve, 400)) })],
];

function run(target: Target) {
  return runAction({
    inputs: { issuer: cloud.issuer.issuer, subject, 'timeout-seconds': '1', ...inputsFor(cloud, target) },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
    },
  });
}

describe.each(endpoints)('faults at %s', (_name, target, fail) => {
  it.each(transient)('%s once: the step still succeeds', async (_fault, fault) => {
    fail(fault());
    const started = Date.now();
    const result = await run(target);
    expect(result.stdout).not.toContain('::error::');
    expect(result.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('a permanent fault', () => {
  // The earlier steps' refreshers mint tokens too: one could take the fault meant for the step.
  beforeAll(stopStartedRefreshers);

  it('a truncated answer from the token endpoint fails clearly, exporting nothing', async () => {
    cloud.github.failNext({ status: 200, body: '{"count":1,"value":"eyJ', path: '/idtoken' });
    const result = await run('aws');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('answered HTTP 200 with a body that is not JSON');
    expect([...result.env.keys()]).toEqual([]);
  });

  it('a token endpoint answering 200 with an HTML page fails clearly, exporting nothing', async () => {
    cloud.github.failNext(
      {
        status: 200,
        body: '<html>sign in</html>',
        headers: { 'content-type': 'text/html' },
        path: '/idtoken',
      },
      10,
    );
    const result = await run('azure');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'answered HTTP 200 with a body that is not JSON (content-type text/html)',
    );
    expect(result.env.size).toBe(0);
    expect(result.outputs.size).toBe(0);
  });
});
