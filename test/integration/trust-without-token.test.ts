/**
 * `oidc-exchange trust` before a pipeline's first run: no token at hand, the trust is written from
 * the inputs alone (issuer, subject, claims, each target's audience). Loaded into the fake clouds,
 * it accepts a real token of that pipeline and refuses another branch's, environment's or
 * connection's; what a token would have told is asked for by name when missing.
 */
import { describe, expect, it } from 'vitest';
import { OidcExchangeError } from '../../src/core/errors.js';
import { parsePlan } from '../../src/core/plan.js';
import { TARGETS } from '../../src/targets/index.js';
import { emitTrust } from '../../src/trust/emit.js';
import { trustFromInputs } from '../../src/trust/from-inputs.js';
import { connectionClaims } from '../fakes/azure-devops-claims.ts';
import { job, now, TARGET_NAMES, trustHarness, type Target } from '../support/trust-harness.ts';

const h = trustHarness();
const { accepts, audienceOf, forms, githubToken, targetInputs, targets } = h;

function fromInputs(inputs: Record<string, string>) {
  const all = Object.assign({}, ...TARGET_NAMES.map((t) => targetInputs(t)), inputs) as Record<
    string,
    string
  >;
  const plan = parsePlan((n) => all[n] ?? '', TARGETS, {});
  return emitTrust(trustFromInputs(plan, 'issuer' in inputs));
}

function refusal(inputs: Record<string, string>): string {
  try {
    fromInputs(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(OidcExchangeError);
    return (error as OidcExchangeError).message;
  }
  throw new Error('expected a refusal');
}

describe.each(forms)('trust without a token (%s)', (_, load) => {
  it("GitHub, an exact subject: a real token of that job is accepted, another environment's or repository's refused", async () => {
    const code = fromInputs({
      issuer: h.cloud.issuer.issuer,
      subject: 'repo:octo-org/app:environment:production',
    });
    await load(code, targets());
    for (const target of TARGET_NAMES) {
      const audience = audienceOf(target);
      const token = (change: Parameters<typeof job>[0]) => githubToken(job(change), audience);
      expect(await accepts(target, await token({ environment: 'production' })), target).toBe(true);
      expect(await accepts(target, await token({ environment: 'staging' })), target).toBe(false);
      const other = { repository: 'octo-org/other', environment: 'production' };
      expect(await accepts(target, await token(other)), target).toBe(false);
    }
  });

  it('GitHub, a branch pattern: AWS and Google hold it; Entra and Databricks get no trust, and the output says why', async () => {
    const code = fromInputs({
      issuer: h.cloud.issuer.issuer,
      subject: 'repo:octo-org/app:ref:refs/heads/release/*',
    });
    await load(code, targets());
    for (const target of ['aws', 'gcp'] as Target[]) {
      const token = (ref: string) => githubToken(job({ ref }), audienceOf(target));
      expect(await accepts(target, await token('refs/heads/release/2.0')), target).toBe(true);
      expect(await accepts(target, await token('refs/heads/main')), target).toBe(false);
    }
    for (const target of ['azure', 'databricks'] as Target[]) {
      const token = await githubToken(job({ ref: 'refs/heads/release/2.0' }), audienceOf(target));
      expect(await accepts(target, token), target).toBe(false);
    }
    const text = `${code.terraform}\n${code.shell}`;
    expect(text).toContain('without a token there is no exact subject to narrow it to');
    expect(text).toContain('without a token there is none to narrow a pattern to');
  });

  it('Azure DevOps, a connection on either issuer: its token accepted (AWS with aud = azp, oaud = aud), another connection’s refused', async () => {
    const ado = h.cloud.azureDevOps;
    const times = { nowSeconds: now(), lifetimeSeconds: 300 };
    for (const family of ['vstoken', 'entra'] as const) {
      const mine = ado.addConnection({ name: `mine-${family}`, family });
      const other = ado.addConnection({ name: `other-${family}`, family, tenantId: mine.tenantId });
      const issuer = family === 'entra' ? ado.entraIssuer(mine.tenantId) : ado.vstokenIssuer.issuer;
      const sign = (c: typeof mine) => {
        const claims = connectionClaims(c, ado.pipeline, ado.collectionId, issuer, times);
        return family === 'entra'
          ? Promise.resolve(h.cloud.entra.signToken(claims))
          : ado.vstokenIssuer.sign(claims);
      };
      const token = await sign(mine);
      const sub = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
        sub: string;
      };
      const azure = { 'azure-client-id': mine.clientId, 'azure-tenant-id': mine.tenantId };
      h.resetClouds();
      await load(fromInputs({ issuer, subject: sub.sub, ...azure }), {
        ...targets(),
        tenantId: mine.tenantId,
      });
      for (const target of TARGET_NAMES) {
        const extra = target === 'azure' ? azure : {};
        expect(await accepts(target, token, extra), `${family} ${target}`).toBe(true);
        expect(await accepts(target, await sign(other), extra), `${family} ${target}`).toBe(false);
      }
    }
  });
});

describe('trust without a token: what is missing is named', () => {
  it('no subject', () => {
    expect(refusal({})).toContain('Input `subject` is required when there is no token');
  });

  it('an Azure DevOps subject without its issuer, or with the other family’s', () => {
    expect(refusal({ subject: 'sc://contoso/web/deploy' })).toMatch(
      /Input `issuer` must name .*`https:\/\/vstoken\.dev\.azure\.com\/<organization id>`.*got none/,
    );
    const eid = '/eid1/c/pub/t/AAAA/a/rISbSSETf0KqFyZ8ppdXmA/sc/org/connection';
    expect(refusal({ subject: eid, issuer: 'https://vstoken.dev.azure.com/org' })).toMatch(
      /`https:\/\/login\.microsoftonline\.com\/<tenant id>\/v2\.0`.*got 'https:\/\/vstoken\.dev\.azure\.com\/org'/,
    );
    expect(
      refusal({ subject: `${eid}\nsc://contoso/web/deploy`, issuer: 'https://vstoken.dev.azure.com/org' }),
    ).toContain('each issuer is its own trust');
  });
});
