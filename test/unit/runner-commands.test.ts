import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyValueBlock } from '../../src/runtimes/github/runner-commands.js';
import { parseFileCommands } from '../support/runner-files.ts';

describe('GitHub file commands', () => {
  it('write what @actions/core writes (the same block format, read back the same way)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runner-commands-'));
    const theirs = join(dir, 'theirs');
    writeFileSync(theirs, '');
    process.env['GITHUB_OUTPUT'] = theirs;
    const core = await import('@actions/core');
    const values: Array<[string, string]> = [
      ['plain', 'value'],
      ['multi', 'line one\nline two'],
      ['tricky', 'x\nEOF\nother<<EOF\n::set-output name=a::b'],
    ];
    for (const [name, value] of values) core.setOutput(name, value);
    const ours = values.map(([name, value]) => keyValueBlock(name, value)).join('');

    const shape = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
    expect(shape(ours)).toBe(shape(readFileSync(theirs, 'utf8')));
    expect(parseFileCommands(ours)).toEqual(new Map(values));
  });

  it('keep a value that imitates a delimiter inside its own block', () => {
    const value = 'x\nghadelimiter_00000000-0000-0000-0000-000000000000\nEVIL=1\nY<<EOF\nz\nEOF';
    expect(parseFileCommands(keyValueBlock('A', value))).toEqual(new Map([['A', value]]));
  });

  it('use a fresh delimiter for every value, so no value can close its block early', () => {
    const a = keyValueBlock('A', 'x');
    const b = keyValueBlock('A', 'x');
    expect(a).not.toBe(b);
  });
});
