/**
 * The real Azure CLI (Debian's azure-cli), as the README promises: the step logs it in (the token
 * from a 0600 file), a later step uses it, and with `refresh` the refresher logs it in again, so
 * that a token for a new resource is still granted after the first ID token has expired (Entra
 * refuses an expired assertion with AADSTS700024). az reaches the fake Entra and a fake ARM as
 * login.microsoftonline.com and management.azure.com through the routing proxy (docs/development.md, "Real clients against the fakes").
 * Few tests: each `az login` takes about a second.
 */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ids, startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import { startAzRouting, type AzRouting } from '../support/az-routing.ts';
import { ensureAzureCli } from '../support/azure-cli.ts';
import { runAction } from '../support/run-action.ts';
import { subject, trustEveryTarget } from '../support/trust.ts';
import { tokenRequestEnv } from '../support/target-inputs.ts';
import { childEnv } from '../support/child-env.ts';

const cli = ensureAzureCli();
const LIFETIME = 10;
let cloud: FakeCloud;
let routing: AzRouting;
let restore: () => void;

beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
  routing = await startAzRouting(cloud);
  restore = shortLifetimes(cloud, LIFETIME);
});
afterAll(async () => {
  restore();
  await routing.close();
  await cloud.close();
});

function az(args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(cli.az ?? 'az', args, { env: childEnv(env), timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 100)))
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
}

/** Token requests az made (its scope is the classic management resource; the step asks for ARM). */
const azLogins = () =>
  cloud.entra.requests.filter(
    (r) =>
      r.method === 'POST' && (r.form?.['scope'] ?? '').startsWith('https://management.core.windows.net/'),
  ).length;

describe.skipIf(cli.az === undefined)(
  `the real Azure CLI${cli.az ? '' : ` (skipped: ${'reason' in cli ? cli.reason : ''})`}`,
  () => {
    it('is logged in by the step, used by a later step, and logged in again by the refresher', async () => {
      const run = await runAction({
        inputs: {
          issuer: cloud.issuer.issuer,
          subject,
          'azure-client-id': ids.clientId,
          'azure-tenant-id': ids.tenantId,
          'azure-subscription-id': ids.subscriptionId,
          'azure-cli-login': 'true',
        },
        env: {
          ...tokenRequestEnv(cloud),
          ...routing.env,
        },
      });
      expect(run.stderr).toBe('');
      expect(run.stdout.split('\n').filter((l) => l.includes('error'))).toEqual([]);
      expect(run.exitCode).toBe(0);
      const afterStep = azLogins();
      expect(afterStep).toBeGreaterThanOrEqual(1);
      const later = {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        ...routing.env,
        ...Object.fromEntries(run.env),
      };
      const account = await az(['account', 'show', '--output', 'json'], later);
      expect(account.code).toBe(0);
      expect(JSON.parse(account.stdout)).toMatchObject({
        id: ids.subscriptionId,
        tenantId: ids.tenantId,
        user: { name: ids.clientId, type: 'servicePrincipal' },
      });

      // Past the first ID token's life, az still gets a token for a new resource: the refresher logged it in again.
      const started = Date.now();
      await until(() => azLogins() > afterStep && Date.now() - started > LIFETIME * 1000 + 500);
      const vault = await az(
        ['account', 'get-access-token', '--resource', 'https://vault.azure.net', '--output', 'json'],
        later,
      );
      expect(vault.stderr).not.toContain('AADSTS700024');
      expect(vault.code).toBe(0);
      expect(cloud.entra.issued.map((t) => t.accessToken)).toContain(
        (JSON.parse(vault.stdout) as { accessToken: string }).accessToken,
      );
      // Nothing went elsewhere but az's own update check and telemetry, which the proxy refused.
      const elsewhere = routing.proxy.seen.filter(
        (h) => !/^(login\.microsoftonline\.com|management\.azure\.com|localhost|127\.0\.0\.1):\d+$/.test(h),
      );
      const azOwn = ['azure.microsoft.com:443', 'dc.services.visualstudio.com:443'];
      expect(elsewhere.filter((h) => !azOwn.includes(h))).toEqual([]);

      await runAction({
        entry: 'post',
        env: Object.fromEntries([...run.state].map(([n, v]) => [`STATE_${n}`, v])),
      });
    }, 120_000); // three real `az` runs and a token lifetime: about 20 s alone, more on a loaded machine
  },
);
