/**
 * One version, package.json's, is what the action's and the task's bundles, the task, the extension
 * and the command line's package report (`npm run build && npm run gen` write it everywhere).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/core/version.js';

const root = join(import.meta.dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
const { version } = json('package.json') as { version: string };

describe('the version', () => {
  it('is a semantic version', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is what the source (src/core/version.ts), the task and the extension say', () => {
    expect(VERSION).toBe(version);
    const task = json('tasks/OidcExchangeV1/task.json') as { version: Record<string, number> };
    expect(`${task.version['Major']}.${task.version['Minor']}.${task.version['Patch']}`).toBe(version);
    expect(json('tasks/vss-extension.json')['version']).toBe(version);
  });

  it('has its changes in CHANGELOG.md', () => {
    expect(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')).toContain(`\n## ${version}\n`);
  });
});
