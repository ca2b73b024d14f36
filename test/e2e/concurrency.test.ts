/**
 * Independent network work runs at the same time, through the real bundle: the issuer's key fetch
 * beside the token requests (a token is verified before any cloud sees it, so the keys are fetched
 * while it is being minted), then the exchanges of every target and of every Azure scope. Each
 * service holds its answer until all the others of its stage have their request: a step that ran
 * any of them one after another would stall until the holds time out, and the checks below would
 * fail. The issuer's discovery and keys are fetched once for the whole step, whatever the targets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, ids, type FakeCloud } from '../fakes/cloud.ts';
import type { RecordedRequest } from '../fakes/http-server.ts';
import { runAction } from '../support/run-action.ts';
import { roleArn, sp, subject, trustEveryTarget } from '../support/trust.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

/** Resolves true once `condition` holds, or false after `timeoutMs` (then the held answers go out). */
function waitFor(condition: () => boolean, timeoutMs = 8_000): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (condition() || Date.now() - started > timeoutMs) {
        clearInterval(timer);
        resolve(condition());
      }
    }, 5);
  });
}

const since = (requests: RecordedRequest[]) => {
  const from = requests.length;
  return () => requests.slice(from);
};

describe('one step, every target', () => {
  it('fetches the keys beside the tokens, sends every exchange at once, and reads discovery and keys once', async () => {
    const entra = since(cloud.entra.requests);
    const sts = since(cloud.sts.requests);
    const databricks = since(cloud.databricks.requests);
    const issuer = since(cloud.issuer.requests);
    const github = since(cloud.github.requests);
    // The step's own key fetch, not a fake cloud's check of a token it was given.
    const keysAsked = () =>
      issuer().some((r) => r.path.endsWith('/jwks') && r.headers['user-agent'] === 'oidc-exchange');
    const tokensAsked = () => github().filter((r) => r.path.endsWith('/idtoken')).length >= 3;
    const tokenPosts = () => entra().filter((r) => r.method === 'POST' && r.path.endsWith('/token'));
    const asked = {
      entraArm: () => tokenPosts().some((r) => r.form?.['scope'] === 'https://management.azure.com/.default'),
      entraVault: () => tokenPosts().some((r) => r.form?.['scope'] === 'https://vault.azure.net/.default'),
      sts: () => sts().some((r) => r.form?.['Action'] === 'AssumeRoleWithWebIdentity'),
      databricks: () => databricks().some((r) => r.path === '/oidc/v1/token'),
    };
    const allBut = (me: keyof typeof asked) =>
      waitFor(() => Object.entries(asked).every(([name, isAsked]) => name === me || isAsked()));
    const held = {
      // Stage one: the three tokens and the key set.
      tokens: waitFor(keysAsked),
      keys: waitFor(tokensAsked),
      // Stage two: the exchanges.
      entra: allBut('entraArm'),
      sts: allBut('sts'),
      databricks: allBut('databricks'),
    };
    cloud.github.failNext({ delayUntil: held.tokens, path: '/idtoken' }, 3);
    cloud.issuer.failNext({ delayUntil: held.keys, path: '/jwks' });
    // Both Azure scopes hold until every other exchange is in; the second scope then proves the first.
    cloud.entra.failNext({ delayUntil: held.entra, path: '/token' }, 2);
    cloud.sts.failNext({ delayUntil: held.sts, path: '/' });
    cloud.databricks.failNext({ delayUntil: held.databricks, path: '/oidc/v1/token' });

    const run = await runAction({
      inputs: {
        issuer: cloud.issuer.issuer,
        subject,
        // The exchanges alone: a refresher would mint tokens of its own beside them.
        refresh: 'false',
        'azure-client-id': ids.clientId,
        'azure-tenant-id': ids.tenantId,
        'azure-authority-host': cloud.entra.authorityHost,
        'azure-scopes': 'arm, keyvault',
        'aws-role-arn': roleArn,
        'aws-region': 'eu-west-1',
        'aws-sts-endpoint': cloud.sts.endpoint,
        'databricks-host': cloud.databricks.workspaceHost,
        'databricks-client-id': sp,
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
      },
    });
    const together = await Promise.all(Object.values(held));
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(together).toEqual([true, true, true, true, true]);
    expect(run.outputs.get('azure-access-token-keyvault')).toBeTruthy();
    expect(run.env.get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
    expect(run.outputs.get('databricks-token')).toBeTruthy();
    // Three audiences, three tokens, one verifier: the issuer's documents are read once each by the
    // step (the fake clouds fetch them too, to check the tokens they are given, as the real ones do).
    const byStep = issuer().filter((r) => r.headers['user-agent'] === 'oidc-exchange');
    expect(byStep.map((r) => r.path.replace(/^.*\/\.well-known\//, ''))).toEqual([
      'openid-configuration',
      'jwks',
    ]);
    // Entra is asked for tokens only: no discovery request before them.
    expect(entra().map((r) => r.method)).toEqual(['POST', 'POST']);
  });
});
