/**
 * Every command printed for a person to paste (the az federated-credential and databricks
 * federation-policy lines of trust hints, `dry-run` and `explain`) is shell-safe whatever the
 * token's claims hold: run by bash with recording stand-ins for `az` and `databricks` as the only
 * things on PATH, it calls the tool once with the exact claim values and runs nothing else.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { federatedCredentialCommand } from '../../src/clouds/entra/entra-errors.ts';
import type { PresentedToken } from '../../src/core/target.ts';
import type { DatabricksSettings } from '../../src/targets/databricks/definition.ts';
import { federationPolicyCommand } from '../../src/targets/databricks/errors.ts';
import { childEnv } from '../support/child-env.ts';

const bin = mkdtempSync(join(tmpdir(), 'printed-commands-'));
const log = join(bin, 'calls');
// Builtins only (PATH holds nothing else): each call appends its name, argument count and arguments, NUL-separated.
for (const tool of ['az', 'databricks']) {
  writeFileSync(join(bin, tool), `#!/bin/bash\nprintf '%s\\0' "\${0##*/}" "$#" "$@" >> "$RECORD_LOG"\n`);
  chmodSync(join(bin, tool), 0o755);
}
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs `command` in bash; returns the one call it made (fails on anything else). */
function runPrinted(command: string): string[] {
  writeFileSync(log, '');
  execFileSync('/bin/bash', ['-c', command], {
    env: childEnv({ PATH: bin, RECORD_LOG: log, SP_ID: '1234567' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const fields = readFileSync(log, 'utf8').split('\0').slice(0, -1);
  const count = Number(fields[1]);
  expect(fields.length).toBe(count + 2); // exactly one call, nothing else appended
  return fields;
}

const hostile = fc.string({
  unit: fc.constantFrom(
    "'",
    '"',
    '$',
    '(',
    ')',
    '`',
    '\\',
    '\n',
    ';',
    '|',
    '&',
    ' ',
    '!',
    '*',
    '{',
    '}',
    '#',
    '~',
    '<',
    '>',
    'a',
    'é',
    '\u2028',
  ),
});
const claim = fc.oneof(
  hostile,
  fc.string({ unit: 'binary' }),
  fc.constant("refs/heads/a'$(touch${IFS}/tmp/x)'"),
);
const presented = fc.record<PresentedToken>({ issuer: claim, subject: claim, audience: claim });

const dbSettings = (clientId: string | undefined) => ({ clientId }) as DatabricksSettings;

describe('printed commands run exactly as printed', () => {
  it('az ad app federated-credential create', () => {
    fc.assert(
      fc.property(presented, (p) => {
        const call = runPrinted(federatedCredentialCommand('00000000-0000-4000-8000-000000000001', p));
        expect(call.slice(0, 8)).toEqual([
          'az',
          '8',
          'ad',
          'app',
          'federated-credential',
          'create',
          '--id',
          '00000000-0000-4000-8000-000000000001',
        ]);
        expect(call[8]).toBe('--parameters');
        expect(JSON.parse(call[9] ?? '')).toEqual({
          name: 'oidc-exchange',
          issuer: p.issuer,
          subject: p.subject,
          audiences: [p.audience],
        });
      }),
      { numRuns: 60 },
    );
  });

  it('databricks account service-principal-federation-policy create', () => {
    fc.assert(
      fc.property(presented, (p) => {
        const call = runPrinted(federationPolicyCommand(dbSettings('sp-app-id'), p));
        expect(call.slice(0, 7)).toEqual([
          'databricks',
          '6',
          'account',
          'service-principal-federation-policy',
          'create',
          '1234567',
          '--json',
        ]);
        expect(JSON.parse(call[7] ?? '')).toEqual({
          oidc_policy: { issuer: p.issuer, audiences: [p.audience], subject: p.subject },
        });
      }),
      { numRuns: 60 },
    );
  });

  it('databricks account federation-policy create', () => {
    fc.assert(
      fc.property(presented, (p) => {
        const call = runPrinted(federationPolicyCommand(dbSettings(undefined), p));
        expect(call.slice(0, 6)).toEqual([
          'databricks',
          '5',
          'account',
          'federation-policy',
          'create',
          '--json',
        ]);
        expect(JSON.parse(call[6] ?? '')).toEqual({
          oidc_policy: { issuer: p.issuer, audiences: [p.audience], subject_claim: 'sub' },
        });
      }),
      { numRuns: 40 },
    );
  });
});
