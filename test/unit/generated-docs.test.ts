import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  TARGET_ACTIONS,
  actionYml,
  inputsTable,
  outputsTable,
  replaceBlock,
} from '../../scripts/action-docs.ts';
import { INPUTS, camelCase } from '../../src/core/inputs.js';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the one table of inputs', () => {
  it('is what action.yml declares (run `npm run gen` after changing src/core/inputs.ts)', () => {
    expect(read('action.yml')).toBe(actionYml());
    for (const target of TARGET_ACTIONS) expect(read(`actions/${target}/action.yml`)).toBe(actionYml(target));
  });

  it("is what the README's inputs and outputs tables say", () => {
    const readme = read('README.md');
    expect(replaceBlock(replaceBlock(readme, 'inputs', inputsTable()), 'outputs', outputsTable())).toBe(
      readme,
    );
  });

  it('names every input the runtime reads (nothing is read that users cannot set)', () => {
    const sources = [
      'src/core/plan.ts',
      'src/clouds/entra/settings.ts',
      'src/targets/azure/definition.ts',
      'src/targets/aws/definition.ts',
      'src/targets/databricks/definition.ts',
      'src/targets/gcp/definition.ts',
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
