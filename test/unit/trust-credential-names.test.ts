/**
 * Entra federated credential names (app registrations and user-assigned identities): derived from
 * the subject, so they do not clash with credentials already on the app (a fixed `oidc-exchange-1`
 * would), within Entra's rules (at most 120 characters: letters, digits, `-`, `_`, starting with a
 * letter or digit), the same for the same input and different for different subjects.
 */
import { describe, expect, it } from 'vitest';
import { azureTrust } from '../../src/trust/azure.js';
import type { TrustedToken } from '../../src/trust/trusted-token.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const CLIENT_ID = '00000000-0000-0000-0000-000000000001';
const ENTRA_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/;

function trust(subjects: string[]): TrustedToken {
  return {
    issuer: ISSUER,
    audience: 'api://AzureADTokenExchange',
    subjects,
    patterns: false,
    claims: [],
    tokenSubject: subjects[0] ?? '',
    role: 'current',
  };
}

/** The names the Terraform and the commands give, in order (they must agree). */
function names(subjects: string[], identity: 'application' | 'user-assigned' = 'application'): string[] {
  const code = azureTrust(CLIENT_ID, [trust(subjects)], 'oidc_exchange', identity);
  const terraform = [...code.terraform.join('\n').matchAll(/^ {2}(?:display_)?name = "([^"]*)"$/gm)].map(
    (m) => m[1] ?? '',
  );
  const shell = [...code.shell.join('\n').matchAll(/"name":"([^"]*)"|--name '([^']*)'/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  expect(shell).toEqual(terraform);
  return terraform;
}

describe('Entra federated credential names', () => {
  it('read from the subject, the same for the same input, different for different subjects', () => {
    const subjects = [
      'repo:octo-org/app:environment:production',
      'repo:octo-org/app:environment:staging',
      // Alike once made readable: the digest tells them apart.
      'repo:octo-org/app:environment:production/',
      'repo:octo-org:app:environment:production',
    ];
    const first = names(subjects);
    expect(names(subjects)).toEqual(first);
    expect(new Set(first).size).toBe(subjects.length);
    // The bytes docs/trust.md shows: the digest is SHA-256 of the issuer, a line break and the subject.
    expect(first[0]).toBe('oidc-exchange-repo-octo-org-app-environment-production-cc1378bd');
    // A subject's name does not depend on the others beside it, nor on their order.
    expect(names([subjects[1] ?? ''])).toEqual([first[1]]);
    for (const name of first) expect(name).toMatch(ENTRA_NAME);
    for (const identity of ['application', 'user-assigned'] as const)
      expect(names(subjects.slice(0, 2), identity)).toEqual(first.slice(0, 2));
  });

  it('a flexible credential is named after its pattern (the bytes docs/trust.md shows)', () => {
    const code = azureTrust(CLIENT_ID, [
      {
        ...trust(['repo:octo-org/app:ref:refs/heads/release/*']),
        patterns: true,
        claims: [{ name: 'repository_id', pattern: '456789' }],
        tokenSubject: '',
      },
    ]);
    expect(code.terraform.join('\n')).toContain(
      'display_name = "oidc-exchange-repo-octo-org-app-ref-refs-heads-release-48277bb6"',
    );
  });

  it("within Entra's rules whatever the subject holds (long, non-ASCII, quotes, line breaks, leading punctuation)", () => {
    const hostile = [
      `-${'x'.repeat(300)}`,
      '__ünïcödé ✓ "quoted" \\ back\nslash',
      '::',
      'sc://contoso/web/deploy',
    ];
    const got = names(hostile);
    expect(new Set(got).size).toBe(hostile.length);
    for (const name of got) expect(name).toMatch(ENTRA_NAME);
    expect(got[3]).toMatch(/^oidc-exchange-sc-contoso-web-deploy-[0-9a-f]{8}$/);
  });
});
