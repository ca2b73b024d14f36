import { ClientAssertionCredential } from '@azure/identity';
import { ids } from './cloud.ts';
import type { FakeEntra } from './entra.ts';
import type { FakeGithubActions } from './github-actions.ts';

/** GET the ID-token URL the way @actions/core does (docs/protocols.md §1.1), returning the raw response. */
export function requestIdToken(
  github: FakeGithubActions,
  audience?: string,
  bearer = github.requestToken,
): Promise<Response> {
  const url =
    audience === undefined
      ? github.requestUrl
      : `${github.requestUrl}&audience=${encodeURIComponent(audience)}`;
  return fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
}

/** A fresh GitHub ID token (the response's `value`). */
export async function fetchIdToken(github: FakeGithubActions, audience?: string): Promise<string> {
  const res = await requestIdToken(github, audience);
  if (res.status !== 200) throw new Error(`ID-token endpoint answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { value: string }).value;
}

/** The real @azure/identity client pointed at the fake Entra (defaults: `ids`). */
export function assertionCredential(
  entra: FakeEntra,
  getAssertion: () => Promise<string>,
  opts: { tenantId?: string | undefined; clientId?: string | undefined } = {},
): ClientAssertionCredential {
  return new ClientAssertionCredential(
    opts.tenantId ?? ids.tenantId,
    opts.clientId ?? ids.clientId,
    getAssertion,
    {
      authorityHost: entra.authorityHost,
      disableInstanceDiscovery: true,
    },
  );
}
