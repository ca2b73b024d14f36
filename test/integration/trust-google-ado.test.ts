/**
 * Google Cloud for an Azure DevOps connection on the Entra issuer: its subject (138 bytes) is over
 * the 127 bytes `google.subject` may hold, so the emitted provider maps it with CEL's `extract` to
 * `<org id>/<connection id>` and the binding names that principal, while the condition names the
 * whole subject. Loaded into the fake Google (which evaluates `extract` strictly), the converted
 * connection's token is accepted and another connection's, or the old issuer's, refused.
 */
import { describe, expect, it } from 'vitest';
import { connectionClaims } from '../fakes/azure-devops-claims.ts';
import { evaluate } from '../fakes/google-condition.ts';
import { loadShell, loadTerraform } from '../support/trust-code.ts';
import { now, trustHarness } from '../support/trust-harness.ts';

const h = trustHarness();
const { accepts, emitted, resetClouds, targetInputs, targets } = h;

async function converted() {
  const ado = h.cloud.azureDevOps;
  const times = { nowSeconds: now(), lifetimeSeconds: 300 };
  const connection = ado.addConnection({ name: 'migrating', family: 'vstoken' });
  const current = await ado.vstokenIssuer.sign(
    connectionClaims(connection, ado.pipeline, ado.collectionId, ado.vstokenIssuer.issuer, times),
  );
  const entraToken = (c: typeof connection) =>
    h.cloud.entra.signToken(
      connectionClaims(
        { ...c, family: 'entra' },
        ado.pipeline,
        ado.collectionId,
        ado.entraIssuer(c.tenantId),
        times,
      ),
    );
  const other = ado.addConnection({ name: 'other', family: 'vstoken', tenantId: connection.tenantId });
  const runInfo = h.adoRunInfo(connection);
  const code = await emitted({}, () => Promise.resolve(current), runInfo);
  return { connection, current, next: entraToken(connection), another: entraToken(other), code };
}

const provider = (id: string) =>
  `projects/${h.cloud.google.projectNumber}/locations/global/workloadIdentityPools/ci-pool/providers/${id}`;
const entraProvider = () => ({
  ...targetInputs('gcp'),
  'gcp-workload-identity-provider': provider('trust-code-entra'),
});

describe('Google Cloud, Azure DevOps Entra issuer', () => {
  it("maps google.subject with extract('/sc/{connection}') and binds principal://…/subject/<org id>/<connection id>", async () => {
    const { connection, code } = await converted();
    expect(code.terraform).toContain(`"google.subject" = "assertion.sub.extract('/sc/{connection}')"`);
    expect(code.terraform).toContain(
      `workloadIdentityPools/ci-pool/subject/${h.cloud.azureDevOps.collectionId}/${connection.id}"`,
    );
    expect(code.shell).toContain(
      `--attribute-mapping='google.subject=assertion.sub.extract('\\''/sc/{connection}'\\'')'`,
    );
    expect(code.terraform).not.toContain('only up to 127 bytes');
  });

  it.each([
    [
      'Terraform',
      (text: { terraform: string; shell: string }) => loadTerraform(h.cloud, text.terraform, targets()),
    ],
    [
      'shell commands',
      (text: { terraform: string; shell: string }) =>
        Promise.resolve(void loadShell(h.cloud, text.shell, targets())),
    ],
  ])('(%s) accepts the converted connection’s token and refuses another connection’s', async (_, load) => {
    const { current, next, another, code } = await converted();
    resetClouds();
    await load(code);
    expect(await accepts('gcp', next, entraProvider())).toBe(true);
    expect(await accepts('gcp', another, entraProvider())).toBe(false);
    // The old issuer's token: still accepted by its own provider meanwhile, never by the new one.
    expect(await accepts('gcp', current)).toBe(true);
    expect(await accepts('gcp', current, entraProvider())).toBe(false);
  });
});

describe("the fake Google's extract()", () => {
  const sub = '/eid1/c/pub/t/abc/a/def/sc/org-1/conn-2';
  const run = (template: string, value: unknown = sub) =>
    evaluate(`assertion.sub.extract('${template}')`, { assertion: { sub: value } });

  it('takes what follows the prefix, up to the suffix (to the end with none); empty when either is missing', () => {
    expect(run('/sc/{connection}')).toBe('org-1/conn-2');
    expect(run('/sc/{org}/')).toBe('org-1');
    expect(run('{start}/a/')).toBe('/eid1/c/pub/t/abc');
    expect(run('/nowhere/{x}')).toBe('');
    expect(run('/sc/{x}/nowhere')).toBe('');
    expect(run('/sc/{x}', 42)).toBeUndefined();
  });

  it('refuses a template without exactly one {name}, as Google refuses the provider', () => {
    expect(() => run('/sc/')).toThrow(/exactly one/);
    expect(() => run('{a}/{b}')).toThrow(/exactly one/);
    expect(() =>
      h.cloud.google.addProvider({
        pool: 'ci-pool',
        provider: 'bad',
        issuer: h.cloud.issuer.issuer,
        attributeMapping: { 'google.subject': "assertion.sub.extract('/sc/')" },
      }),
    ).toThrow(/exactly one/);
  });
});
