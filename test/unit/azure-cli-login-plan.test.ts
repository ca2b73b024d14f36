/**
 * `azure-cli-login` with a custom `azure-authority-host` is refused before any network call: the
 * Azure CLI would still contact its cloud's own authority (login.microsoftonline.com), breaking
 * "with it, no other host is contacted". The cloud's own authority (given or by default) is fine.
 */
import { describe, expect, it } from 'vitest';
import type { OidcExchangeErrors } from '../../src/core/errors.ts';
import { parsePlan } from '../../src/core/plan.ts';
import { TARGETS } from '../../src/targets/index.ts';

const base: Record<string, string> = {
  'azure-client-id': '00000000-0000-4000-8000-000000000001',
  'azure-tenant-id': '00000000-0000-4000-8000-000000000002',
  'azure-cli-login': 'true',
};

function problems(inputs: Record<string, string>): string[] {
  try {
    parsePlan((name) => ({ ...base, ...inputs })[name] ?? '', TARGETS);
    return [];
  } catch (error) {
    return (error as OidcExchangeErrors).errors.map((e) => `${e.message} ${e.hint ?? ''}`);
  }
}

describe('azure-cli-login and azure-authority-host', () => {
  it('refuses the two together, naming both inputs and the host az would contact', () => {
    expect(problems({ 'azure-authority-host': 'https://login.contoso-stack.example' })).toEqual([
      expect.stringMatching(
        /^Input `azure-cli-login` must be `false` with `azure-authority-host` \(https:\/\/login\.contoso-stack\.example\): the Azure CLI signs in only at its cloud's own authority \(https:\/\/login\.microsoftonline\.com\) and would contact it, but it is 'true'\./,
      ),
    ]);
  });

  it('accepts the cloud’s own authority, given or not', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ 'azure-authority-host': 'https://login.microsoftonline.com/' })).toEqual([]);
    expect(
      problems({
        'azure-cloud': 'AzureUSGovernment',
        'azure-authority-host': 'https://login.microsoftonline.us',
      }),
    ).toEqual([]);
    expect(
      problems({ 'azure-cli-login': 'false', 'azure-authority-host': 'https://login.contoso-stack.example' }),
    ).toEqual([]);
  });
});
