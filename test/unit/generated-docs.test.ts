import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  TARGET_ACTIONS,
  actionYml,
  inputsTable,
  outputsTable,
  replaceBlock,
} from '../../scripts/action-docs.ts';
import { errorCodesTable } from '../../scripts/error-docs.ts';
import { ERROR_CODES } from '../../src/core/error-codes.js';
import { INPUTS, camelCase } from '../../src/core/inputs.js';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the one table of inputs', () => {
  it('is what action.yml declares (run `npm run gen` after changing src/core/inputs.ts)', () => {
    expect(read('action.yml')).toBe(actionYml());
    for (const target of TARGET_ACTIONS) expect(read(`actions/${target}/action.yml`)).toBe(actionYml(target));
  });

  it("is what docs/inputs.md's inputs and outputs tables say", () => {
    const page = read('docs/inputs.md');
    expect(replaceBlock(replaceBlock(page, 'inputs', inputsTable()), 'outputs', outputsTable())).toBe(page);
  });

  it('names every input the runtime reads (nothing is read that users cannot set)', () => {
    const sources = [
      'src/core/plan.ts',
      'src/clouds/entra/settings.ts',
      'src/targets/azure/definition.ts',
      'src/targets/aws/definition.ts',
      'src/targets/databricks/definition.ts',
      'src/targets/gcp/definition.ts',
      'src/targets/gcp/chain-inputs.ts',
    ]
      .map(read)
      .join('\n');
    const read_ = new Set([...sources.matchAll(/read\('([a-z-]+)'\)/g)].map((m) => m[1]));
    // The task's service connection is read by the task runtime itself, by its task.json name.
    expect(read('src/runtimes/azure-devops/connection-input.ts')).toContain(
      `CONNECTION_INPUT = '${camelCase('azure-subscription')}'`,
    );
    read_.add('azure-subscription');
    expect([...read_].sort()).toEqual(INPUTS.map((i) => i.name).sort());
  });
});

describe('the error codes', () => {
  it("are what docs/troubleshooting.md's table says (run `npm run gen` after changing src/core/error-codes.ts)", () => {
    const page = read('docs/troubleshooting.md');
    expect(replaceBlock(page, 'error-codes', errorCodesTable())).toBe(page);
  });

  it('each have a meaning and a fix', () => {
    for (const [code, [meaning, fix]] of Object.entries(ERROR_CODES))
      expect({ code, meaning: meaning.length > 10, fix: fix.length > 10 }).toEqual({
        code,
        meaning: true,
        fix: true,
      });
  });

  it('include every code the source raises', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
      );
    const source = files('src').map(read).join('\n');
    const raised = new Set(
      [...source.matchAll(/(?:OidcExchangeError\(\s*|code: )'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? ''),
    );
    expect(raised.size).toBeGreaterThan(20);
    expect([...raised].filter((code) => !(code in ERROR_CODES))).toEqual([]);
  });
});
