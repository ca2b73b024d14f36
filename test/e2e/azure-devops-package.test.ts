/**
 * What ships: the task's folder runs alone (its own bundle, no node_modules), each runtime's
 * bundle holds only its own runner library, and `npm run package:task`'s .vsix (made here from the
 * committed task folder, as the script does after its build) holds task.json and the bundle.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVsix } from '../../scripts/vsix.ts';
import { repoRoot } from '../support/run-action.ts';
import { taskDir } from '../support/run-task.ts';
import { zipEntries } from '../support/zip-entries.ts';

/** Identifiers only these libraries contain (checked against their sources, so the test can fail). */
const TASK_LIB_MARK = '_vsts_task_lib_loaded';
const ACTIONS_CORE_MARK = 'issueFileCommand';

function bundleText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('the bundles', () => {
  it('the marks identify the libraries', () => {
    expect(readFileSync(join(repoRoot, 'node_modules/azure-pipelines-task-lib/task.js'), 'utf8')).toContain(
      TASK_LIB_MARK,
    );
    expect(readFileSync(join(repoRoot, 'node_modules/@actions/core/lib/core.js'), 'utf8')).toContain(
      ACTIONS_CORE_MARK,
    );
  });

  it('the task has azure-pipelines-task-lib and never @actions/core', () => {
    const task = bundleText(join(taskDir, 'dist'));
    expect(task).toContain(TASK_LIB_MARK);
    expect(task).not.toContain(ACTIONS_CORE_MARK);
  });

  it('the action and the command line never contain azure-pipelines-task-lib', () => {
    for (const entry of ['main', 'post', 'cli']) {
      const text = bundleText(join(repoRoot, 'dist', entry));
      expect(text).not.toContain(TASK_LIB_MARK);
      expect(text).not.toContain(ACTIONS_CORE_MARK);
    }
  });

  it('the task folder needs no node_modules', () => {
    expect(existsSync(join(taskDir, 'node_modules'))).toBe(false);
    const task = bundleText(join(taskDir, 'dist'));
    // ncc leaves a runtime require only for what it could not resolve.
    const unresolved = [...task.matchAll(/require\("([^".][^"]*)"\)/g)]
      .map((m) => m[1] ?? '')
      .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name.split('/')[0] ?? ''))
      // The AWS SDK tries this optional native signer inside a try/catch and falls back without it.
      .filter((name) => name !== '@aws-sdk/signature-v4-crt');
    expect([...new Set(unresolved)]).toEqual([]);
  });
});

describe('npm run package:task', () => {
  it('makes a .vsix holding the extension manifest, task.json and the bundle, for the chosen publisher', () => {
    const vsix = createVsix(
      join(mkdtempSync(join(tmpdir(), 'vsix-')), 'oidc-exchange.vsix'),
      'contoso-tools',
    );
    const entries = zipEntries(vsix);
    expect(entries.get('extension.vsixmanifest')?.toString('utf8')).toMatch(/Publisher="contoso-tools"/);
    expect(entries.has('extension.vsixmanifest')).toBe(true);
    const taskJson = entries.get('OidcExchangeV1/task.json')?.toString('utf8');
    expect(taskJson).toBe(readFileSync(join(taskDir, 'task.json'), 'utf8'));
    for (const entry of [
      'dist/main/index.js',
      'dist/post/index.js',
      'dist/cli/index.js',
      'dist/refresher/index.js',
    ])
      expect(entries.get(`OidcExchangeV1/${entry}`)?.equals(readFileSync(join(taskDir, entry)))).toBe(true);
    expect([...entries.keys()].some((name) => name.includes('node_modules'))).toBe(false);
    expect(entries.get('extension.vsomanifest')?.toString('utf8')).toContain('ms.vss-distributed-task.task');
  });

  it('carries one copy of each file: the entry points share one bundle and its chunks', () => {
    const vsix = createVsix(join(mkdtempSync(join(tmpdir(), 'vsix-')), 'oidc-exchange.vsix'));
    const byContent = new Map<string, string[]>();
    for (const [name, data] of zipEntries(vsix)) {
      if (data.length < 1024) continue; // the entry points' two-line files and package.json are alike by design
      const key = createHash('sha256').update(data).digest('hex');
      byContent.set(key, [...(byContent.get(key) ?? []), name]);
    }
    expect([...byContent.values()].filter((names) => names.length > 1)).toEqual([]);
    expect([...zipEntries(vsix).keys()].filter((name) => name.endsWith('/xdg-open'))).toHaveLength(1);
  });

  it('refuses a publisher id the Marketplace would not take', () => {
    expect(() => createVsix(join(tmpdir(), 'never.vsix'), 'my publisher')).toThrow(/--publisher: expected/);
  });
});
