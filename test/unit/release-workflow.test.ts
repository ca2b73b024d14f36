/**
 * The release workflow (.github/workflows/release.yml), which only a real tag can run: its trigger,
 * each job's permissions (no more than the job uses), its pins, and that every step a release
 * needs is there, in the order the jobs depend on each other. .ci/release-notes, which it runs,
 * is run here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/action-manifest.ts';
import { childEnv } from '../support/child-env.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');
const text = read('.github/workflows/release.yml');
const workflow = parse(text) as Workflow;
const job = (name: string): Job => {
  const found = workflow.jobs[name];
  if (!found) throw new Error(`release.yml has no job ${name}`);
  return found;
};
const runs = (name: string) => job(name).steps.flatMap((s) => (s.run ? [s.run] : []));
const step = (name: string, pattern: RegExp) => job(name).steps.find((s) => pattern.test(s.run ?? ''));
const needs = (name: string) => [job(name).needs ?? []].flat();

describe('.github/workflows/release.yml', () => {
  it('runs on a version tag (vX.Y.Z) and nothing else', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } });
  });

  it('grants nothing by default; each job only what it uses', () => {
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(workflow.jobs).sort()).toEqual(['check', 'npm', 'package', 'release']);
    expect(job('check').permissions).toEqual({ contents: 'read' });
    expect(job('package').permissions).toEqual({ contents: 'read' });
    // Provenance: npm signs with the job's OIDC token. Nothing else mints one.
    expect(job('npm').permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(job('release').permissions).toEqual({ contents: 'write' });
  });

  it('releases only what passed: check → package → npm → release', () => {
    expect(needs('package')).toEqual(['check']);
    expect(needs('npm')).toEqual(['package']);
    expect(needs('release').sort()).toEqual(['npm', 'package']);
  });

  it('pins every action by full commit SHA with its tag as a comment, the same as ci.yml', () => {
    const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThanOrEqual(6);
    for (const [, action = '', comment = ''] of uses) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(comment).toMatch(/^ # v\d+(\.\d+)*$/);
    }
    const ci = read('.github/workflows/ci.yml');
    for (const name of ['actions/checkout', 'actions/setup-node']) {
      const pin = (yaml: string) =>
        new Set([...yaml.matchAll(new RegExp(`${name}@([0-9a-f]{40})`, 'g'))].map((m) => m[1]));
      expect(pin(text), name).toEqual(pin(ci));
    }
  });

  it('checks the tag against package.json and the notes, then runs .ci/run (tests; dist/ and generated files fresh)', () => {
    expect(runs('check').join('\n')).toMatch(/"\$TAG" != "v\$version"/);
    expect(runs('check')).toContain('.ci/run');
    expect(step('check', /release-notes/)).toBeDefined();
    const ciRun = read('.ci/run');
    expect(ciRun).toMatch(/^npm test$/m);
    expect(ciRun).toMatch(/^npm run --silent build$/m);
    expect(ciRun).toMatch(/^npm run --silent gen$/m);
    expect(ciRun).toMatch(/git diff --exit-code/);
  });

  it('packs the command line, builds the .vsix for the publisher in a repository variable, and sums both', () => {
    expect(step('package', /^npm ci\b/)).toBeDefined();
    expect(step('package', /npm pack --pack-destination release/)).toBeDefined();
    const vsix = step('package', /npm run package:task -- --skip-build --publisher "\$PUBLISHER"/);
    expect(vsix?.env?.['PUBLISHER']).toBe('${{ vars.MARKETPLACE_PUBLISHER }}');
    expect(step('package', /sha256sum -- \*\.tgz \*\.vsix > SHA256SUMS/)).toBeDefined();
    const upload = job('package').steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'release', path: 'release/', 'if-no-files-found': 'error' });
  });

  it('publishes that tarball with npm provenance', () => {
    const publish = step('npm', /npm publish/);
    expect(publish?.run).toBe('npm publish --provenance --access public release/*.tgz');
    expect(publish?.env?.['NODE_AUTH_TOKEN']).toBe('${{ secrets.NPM_TOKEN }}');
    const setup = job('npm').steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org');
    // No checkout: the job publishes the checked file, and holds no repository credentials.
    expect(job('npm').steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
  });

  it('attaches the tarball, the .vsix and SHA256SUMS to a GitHub release, then moves the major tag', () => {
    const release = step('release', /gh release create/);
    expect(release?.run).toMatch(/gh release create "\$TAG" --verify-tag/);
    expect(release?.run).toMatch(/release\/\*\.tgz release\/\*\.vsix release\/SHA256SUMS/);
    expect(release?.env?.['GH_TOKEN']).toBe('${{ github.token }}');
    const major = step('release', /git push --force origin "refs\/tags\/\$major"/);
    expect(major?.run).toMatch(/major="\$\{TAG%%\.\*\}"/);
    // Not backwards: a patch of an older minor, or a pre-release, leaves the major tag alone.
    expect(major?.run).toMatch(/--sort=-v:refname/);
    expect(major?.run).toMatch(/\*-\*\) echo "\$TAG is a pre-release/);
  });

  it('keeps event values out of scripts (no ${{ }} inside run:) and repository credentials out of the jobs that build', () => {
    for (const [name, j] of Object.entries(workflow.jobs)) {
      for (const s of j.steps) expect(s.run ?? '', `${name}: ${s.name ?? s.run}`).not.toContain('${{');
      const checkout = j.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
      if (checkout && name !== 'release') expect(checkout.with?.['persist-credentials'], name).toBe(false);
    }
  });
});

describe('.ci/release-notes', () => {
  const notes = (version: string) =>
    execFileSync(join(repoRoot, '.ci', 'release-notes'), [version], {
      encoding: 'utf8',
      env: childEnv({ PATH: process.env['PATH'] }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('prints the CHANGELOG section of the package’s version', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    const section = notes(version);
    expect(section.trim().length).toBeGreaterThan(20);
    expect(section).not.toMatch(/^## /m);
  });

  it('fails for a version without a section', () => {
    expect(() => notes('0.0.0-never')).toThrow(/CHANGELOG\.md has no section '## 0\.0\.0-never'/);
  });
});
