import { describe, expect, it } from 'vitest';
import { collectExports } from '../../src/core/exports.js';
import type { Export, Grant } from '../../src/core/target.js';

const step = { subject: 'repo:o/r:ref:refs/heads/main', expiresAt: new Date('2026-11-23T13:00:00Z') };
const grant = (exports: Export[]): Grant => ({
  target: 't',
  exports,
  expiresAt: step.expiresAt,
  summary: [],
});

describe('collectExports', () => {
  it('adds the step outputs after every grant', () => {
    const all = collectExports([grant([{ name: 'A', value: 'x', secret: false, kind: 'env' }])], step);
    expect(all.map((e) => `${e.kind}:${e.name}=${e.value}`)).toEqual([
      'env:A=x',
      'output:subject=repo:o/r:ref:refs/heads/main',
      'output:expires-at=2026-11-23T13:00:00.000Z',
    ]);
  });

  it.each([
    [
      'a duplicate variable',
      [
        { name: 'A', value: 'x', secret: false, kind: 'env' },
        { name: 'A', value: 'y', secret: false, kind: 'file' },
      ],
    ],
    ['an invalid variable name', [{ name: 'A-B', value: 'x', secret: false, kind: 'env' }]],
    ['a value with a line break', [{ name: 'A', value: 'x\nB=y', secret: false, kind: 'env' }]],
  ] as Array<[string, Export[]]>)('refuses %s', (_what, exports) => {
    expect(() => collectExports([grant(exports)], step)).toThrow(/Refusing to export/);
  });
});
