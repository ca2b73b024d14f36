import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePrivateFileAtomically } from '../../src/runtimes/shared/secret-file.js';
import { outputPathProblem } from '../../src/runtimes/cli/output-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'private-file-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the one private-file writer (credential files, --output)', () => {
  it('leaves an existing 0644 file 0600, with the new content', () => {
    const path = join(dir, 'creds.env');
    writeFileSync(path, 'old', { mode: 0o644 });
    expect(statSync(path).mode & 0o777).toBe(0o644);
    writePrivateFileAtomically(path, 'secret');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('secret');
  });

  it('replaces a symlink at the path instead of writing through it', () => {
    const target = join(dir, 'elsewhere');
    writeFileSync(target, 'untouched', { mode: 0o644 });
    const path = join(dir, 'creds.env');
    symlinkSync(target, path);
    writePrivateFileAtomically(path, 'secret');
    expect(readFileSync(target, 'utf8')).toBe('untouched');
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('secret');
  });

  it('fails when a symlink was planted at the temporary name, writing nothing through it', () => {
    const target = join(dir, 'elsewhere');
    writeFileSync(target, 'untouched', { mode: 0o644 });
    const path = join(dir, 'creds.env');
    writeFileSync(path, 'old', { mode: 0o600 });
    const planted = join(dir, '.creds.env.planted.tmp');
    symlinkSync(target, planted);
    expect(() => writePrivateFileAtomically(path, 'secret', () => planted)).toThrow(/EEXIST/);
    expect(readFileSync(target, 'utf8')).toBe('untouched');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
  });

  it('fails on a dangling symlink planted at the temporary name (O_EXCL, O_NOFOLLOW), creating no target', () => {
    const target = join(dir, 'would-be-created');
    const planted = join(dir, '.creds.env.planted.tmp');
    symlinkSync(target, planted);
    expect(() => writePrivateFileAtomically(join(dir, 'creds.env'), 'secret', () => planted)).toThrow();
    expect(() => statSync(target)).toThrow(/ENOENT/);
  });
});

describe('--output PATH, checked before any request', () => {
  it('accepts a new file in an existing folder, and an existing file', () => {
    expect(outputPathProblem(join(dir, 'new.env'))).toBeUndefined();
    writeFileSync(join(dir, 'old.env'), '');
    expect(outputPathProblem(join(dir, 'old.env'))).toBeUndefined();
  });

  it('names --output and the folder when the folder is missing', () => {
    expect(outputPathProblem(join(dir, 'missing', 'x.env'))).toBe(
      `--output ${JSON.stringify(join(dir, 'missing', 'x.env'))}: the directory ${JSON.stringify(join(dir, 'missing'))} does not exist`,
    );
  });

  it('refuses a directory, and a path whose folder is a file', () => {
    mkdirSync(join(dir, 'sub'));
    expect(outputPathProblem(join(dir, 'sub'))).toMatch(/^--output ".*sub" is a directory/);
    writeFileSync(join(dir, 'file'), '');
    expect(outputPathProblem(join(dir, 'file', 'x.env'))).toMatch(/is not a directory$/);
  });

  it('refuses an empty path', () => {
    expect(outputPathProblem('')).toBe('--output needs a file path');
  });
});
