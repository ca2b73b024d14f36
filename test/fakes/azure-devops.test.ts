/**
 * The fake Azure DevOps endpoint behaves as the real one is documented to (docs/protocols.md §6.1):
 * subjects built from .NET-ordered GUIDs, api-version and method checks, sign-in redirects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidSegment } from './azure-devops-claims.ts';
import { startAzureDevOps, type FakeAzureDevOps } from './azure-devops.ts';
import { startEntra, type FakeEntra } from './entra.ts';

let entra: FakeEntra;
let ado: FakeAzureDevOps;
beforeAll(async () => {
  entra = await startEntra();
  ado = await startAzureDevOps({ entra });
});
afterAll(async () => {
  await Promise.all([ado.close(), entra.close()]);
});

const post = (url: string, headers: Record<string, string> = {}, method = 'POST') =>
  fetch(url, {
    method,
    redirect: 'manual',
    headers: { authorization: `Bearer ${ado.accessToken}`, 'x-tfs-fedauthredirect': 'Suppress', ...headers },
  });

describe('fake Azure DevOps', () => {
  it('encodes GUIDs in subjects as .NET does (little-endian first fields, base64url)', () => {
    // Checked against a real token's tid and Azure DevOps' app id (docs/protocols.md §6.5).
    expect(guidSegment('ff882432-09b0-437b-bd22-ca13c0037ded')).toBe('MiSI_7AJe0O9IsoTwAN97Q');
    expect(guidSegment('499b84ac-1321-427f-aa17-267ca6975798')).toBe('rISbSSETf0KqFyZ8ppdXmA');
  });

  it('wants POST and an api-version, answering as Azure DevOps does', async () => {
    const missing = await post(ado.oidcRequestUri);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { typeKey: string }).typeKey).toBe('VssVersionNotSpecifiedException');
    const preview = await post(`${ado.oidcRequestUri}?api-version=6.0`);
    expect(((await preview.json()) as { typeKey: string }).typeKey).toBe('VssInvalidPreviewVersionException');
    expect((await post(`${ado.oidcRequestUri}?api-version=7.1`, {}, 'GET')).status).toBe(405);
    const ok = await post(`${ado.oidcRequestUri}?api-version=7.1`);
    expect(ok.status).toBe(200);
    expect(Object.keys((await ok.json()) as object)).toEqual(['oidcToken']);
  });

  it('sends a wrong access token to sign in: 302 without FedAuthRedirect suppressed, 203 HTML with it', async () => {
    const url = `${ado.oidcRequestUri}?api-version=7.1`;
    const redirect = await post(url, { authorization: 'Bearer nope', 'x-tfs-fedauthredirect': '' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toContain('_signin');
    const page = await post(url, { authorization: 'Bearer nope' });
    expect(page.status).toBe(203);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<form name="hiddenform"');
  });
});
