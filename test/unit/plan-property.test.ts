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

describe('parsePlan under arbitrary input', () => {
  it('returns a plan or throws input errors, nothing else', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), hostile), (inputs) => {
        try {
          parsePlan((n) => inputs[n] ?? '', TARGETS, {});
        } catch (error) {
          expect(error).toBeInstanceOf(OidcExchangeError);
          const all = error instanceof OidcExchangeErrors ? error.errors : [error as OidcExchangeError];
          for (const e of all) {
            expect(e.code).toBe('INPUT_INVALID');
            expect(e.message).not.toMatch(/[\r\n]/);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
