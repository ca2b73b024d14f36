/**
 * The project's own CI workflow: the suite runs on ubuntu, windows and macos; what a job skips is
 * named, with its reason, and names real test files; actions are pinned by full commit SHA.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/run-action.ts';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  steps: Step[];
  strategy?: { matrix: { include: { os: string; skip: Record<string, string> }[] } };
}

const path = join(repoRoot, '.github', 'workflows', 'ci.yml');
const text = readFileSync(path, 'utf8');
const workflow = parse(text) as { jobs: Record<string, Job> };
const jobs = Object.values(workflow.jobs);
const portable = jobs.flatMap((job) => job.strategy?.matrix.include ?? []);

describe('.github/workflows/ci.yml', () => {
  it('runs everything (.ci/run) on ubuntu', () => {
    const linux = jobs.find((job) => job['runs-on'] === 'ubuntu-latest');
    expect(linux?.steps.map((s) => s.run).filter(Boolean)).toEqual(['.ci/run']);
  });

  it('runs the portable tests on windows and macos, through the script that prints each skip', () => {
    expect(portable.map((entry) => entry.os).sort()).toEqual(['macos-latest', 'windows-latest']);
    const job = jobs.find((j) => j.strategy !== undefined);
    const test = job?.steps.find((s) => s.run?.includes('scripts/portable-tests.ts'));
    expect(test?.env?.['OIDC_EXCHANGE_SKIP']).toBe('${{ toJSON(matrix.skip) }}');
    expect(existsSync(join(repoRoot, 'scripts', 'portable-tests.ts'))).toBe(true);
  });

  it.each(portable.map((entry) => [entry.os, entry.skip] as const))(
    'skips on %s only real test files, each with its reason',
    (_, skip) => {
      expect(Object.keys(skip).length).toBeGreaterThan(0);
      for (const [file, reason] of Object.entries(skip)) {
        expect(file).toMatch(/^test\/.+\.test\.ts$/);
        expect(existsSync(join(repoRoot, file)), file).toBe(true);
        expect(reason.length, file).toBeGreaterThan(10);
      }
    },
  );

  it('skips no unit or integration test on macOS (only Linux-only tools are a reason)', () => {
    const mac = portable.find((entry) => entry.os === 'macos-latest');
    expect(Object.keys(mac?.skip ?? {}).filter((f) => /^test\/(unit|integration)\//.test(f))).toEqual([]);
  });

  it('pins every action by full commit SHA', () => {
    const uses = jobs.flatMap((job) => job.steps.map((s) => s.uses).filter((u) => u !== undefined));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });
});
