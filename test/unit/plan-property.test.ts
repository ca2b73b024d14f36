/**
 * Property: whatever strings the runner hands over as inputs, planning either succeeds or throws
 * our own input error (with the input's name in it); it never crashes, and never echoes a value
 * in a way that could start a workflow command.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OidcExchangeError, OidcExchangeErrors } from '../../src/core/errors.js';
import { INPUTS } from '../../src/core/inputs.js';
import { parsePlan } from '../../src/core/plan.js';
import type { RunInfo } from '../../src/core/target.js';
import { TARGETS } from '../../src/targets/index.js';

const names = INPUTS.map((i) => i.name);
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '::set-env name=A::b',
    '##vso[task.setvariable variable=A]b',
    '\n',
    '*',
    'true',
    '0',
    'arm, keyvault',
  ),
  fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    'arn:aws:iam::123456789012:role/x',
    'eu-west-1',
    'https://x.example.com',
  ),
);

// On GitHub, and on Azure DevOps with and without what the runtime learns from the service connection.
const runs: RunInfo[] = [
  {},
  { ci: 'azure-devops', azureDevOps: {} },
  {
    ci: 'azure-devops',
    azureDevOps: {
      collectionId: '9a4c3a3e-6f1e-4a61-9c51-1b2f0c1d2e3f',
      serviceConnectionId: '5d0b8e0e-0c6c-4d2b-9f3a-1c2d3e4f5a6b',
      tenantId: '11111111-1111-1111-1111-111111111111',
      authorityHost: 'https://login.microsoftonline.com/',
    },
  },
];

describe('parsePlan under arbitrary input', () => {
  it('returns a plan or throws input errors, nothing else', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...names), hostile),
        fc.constantFrom(...runs),
        (inputs, run) => {
          try {
            parsePlan((n) => inputs[n] ?? '', TARGETS, run);
          } catch (error) {
            expect(error).toBeInstanceOf(OidcExchangeError);
            const all = error instanceof OidcExchangeErrors ? error.errors : [error as OidcExchangeError];
            for (const e of all) {
              expect(e.code).toBe('INPUT_INVALID');
              expect(e.message).not.toMatch(/[\r\n]/);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
