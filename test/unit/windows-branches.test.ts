/**
 * The Windows branches, run here with the platform passed in (nothing can run Windows itself):
 * how the refresher is started, how a credential file is renamed over one a reader holds open, and
 * how the step's private folder gets an access list where file modes mean nothing.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OidcExchangeError } from '../../src/core/errors.js';
import { makeFolderPrivate } from '../../src/runtimes/shared/private-folder.js';
import { renameOver } from '../../src/runtimes/shared/rename-over.js';
import { createStepTempDir } from '../../src/runtimes/shared/step-folder.js';
import { tempFolder } from '../support/temp-folders.ts';
import {
  exitGate,
  gateScript,
  refresherEnvironment,
  refresherWorkingFolder,
} from '../../src/runtimes/refresher/step/launch.js';
import { handoverWay } from '../../src/runtimes/refresher/step/listener.js';

function failing(codes: string[]): { rename: (a: string, b: string) => void; calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    rename(a, b) {
      calls.push([a, b]);
      const code = codes.shift();
      if (code) throw Object.assign(new Error(`${code}: rename`), { code });
    },
  };
}

describe('renaming a new credential file over the old one', () => {
  it('on Windows, waits out a reader holding the old file open (EPERM, EACCES, EBUSY)', () => {
    const fake = failing(['EPERM', 'EACCES', 'EBUSY']);
    renameOver('C:\\t\\.f.tmp', 'C:\\t\\f', 'win32', fake.rename);
    expect(fake.calls).toHaveLength(4);
    expect(fake.calls[3]).toEqual(['C:\\t\\.f.tmp', 'C:\\t\\f']);
  });

  it('on Windows, does not retry an error that is not a sharing violation', () => {
    const fake = failing(['ENOENT']);
    expect(() => renameOver('a', 'b', 'win32', fake.rename)).toThrow(/ENOENT/);
    expect(fake.calls).toHaveLength(1);
  });

  it.each(['linux', 'darwin'] as const)('on %s, EPERM is a real error: not retried', (platform) => {
    const fake = failing(['EPERM']);
    expect(() => renameOver('a', 'b', platform, fake.rename)).toThrow(/EPERM/);
    expect(fake.calls).toHaveLength(1);
  });
});

describe('the detached refresher', () => {
  it('on Windows listens on its own port and reports it over IPC; elsewhere it gets the step’s bound socket', () => {
    // Windows has no descriptor for a socket, and an IPC-sent socket needs the child's Node to take it first.
    expect(handoverWay('win32')).toBe('own');
    expect(handoverWay('linux')).toBe('handed');
    expect(handoverWay('darwin')).toBe('handed');
  });

  it('waits for the step to end behind a POSIX shell where there is one; on Windows or without one, starts at once', () => {
    expect(exitGate('linux')).toBe('/bin/sh');
    expect(exitGate('darwin')).toBe('/bin/sh');
    expect(exitGate('win32')).toBeUndefined();
    expect(exitGate('linux', '/nonexistent/sh')).toBeUndefined();
    // Node and its script come as arguments, never inside the script text.
    expect(gateScript(4)).toBe('read -r _ <&4; exec 4<&-; exec "$0" "$@"');
  });

  it("on Windows works in Node's folder, so that the job's folders stay removable", () => {
    expect(refresherWorkingFolder('win32', 'C:\\Program Files\\nodejs\\node.exe')).toEqual({
      cwd: 'C:\\Program Files\\nodejs',
    });
    expect(refresherWorkingFolder('linux', '/usr/bin/node')).toEqual({});
  });

  it('keeps the ids by which the GitHub runner and the Azure DevOps agent end what a job left running', () => {
    const env = refresherEnvironment({
      RUNNER_TRACKING_ID: 'github_1',
      VSTS_PROCESS_LOOKUP_ID: 'vsts_2',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret',
    });
    expect(env['RUNNER_TRACKING_ID']).toBe('github_1');
    expect(env['VSTS_PROCESS_LOOKUP_ID']).toBe('vsts_2');
    expect(env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']).toBeUndefined();
  });
});

describe("the step's private folder", () => {
  const dir = 'D:\\a\\_temp\\oidc-exchange-AbC 1';

  it('on Windows, gets an access list of its own: owner, SYSTEM and Administrators, inherited by its files', () => {
    const calls: [string, string[]][] = [];
    makeFolderPrivate(
      dir,
      'win32',
      (file, args) => {
        calls.push([file, args]);
        return { status: 0, output: '' };
      },
      'C:\\Windows',
    );
    expect(calls).toEqual([
      [
        'C:\\Windows\\System32\\icacls.exe',
        [
          dir,
          '/inheritance:r',
          '/grant:r',
          '*S-1-3-4:(OI)(CI)F',
          '*S-1-5-18:(OI)(CI)F',
          '*S-1-5-32-544:(OI)(CI)F',
          '/Q',
        ],
      ],
    ]);
  });

  it('on Windows, fails the step when the list cannot be set (files would be readable by other users)', () => {
    const run = () => ({ status: 5, output: 'Access is denied.' });
    expect(() => makeFolderPrivate(dir, 'win32', run, 'C:\\Windows')).toThrow(OidcExchangeError);
    expect(() => makeFolderPrivate(dir, 'win32', run, 'C:\\Windows')).toThrow(
      /icacls exited with 5 \(Access is denied\.\)/,
    );
  });

  it.each(['linux', 'darwin'] as const)('on %s, runs nothing (the 0700 mode does it)', (platform) => {
    const calls: unknown[] = [];
    makeFolderPrivate(dir, platform, (...args) => {
      calls.push(args);
      return { status: 0, output: '' };
    });
    expect(calls).toEqual([]);
  });
});

describe("the step's private folder, born private", () => {
  it('on Windows, is created inside a folder whose list is already set, then moved to its place', () => {
    const runnerTemp = tempFolder('oidc-exchange-job-');
    const seen: { dir: string; entries: string[] }[] = [];
    const dir = createStepTempDir(runnerTemp, 'win32', (staging) => {
      // The list is set while the staging folder is still empty, and nothing is created in it before.
      seen.push({ dir: staging, entries: readdirSync(staging) });
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.entries).toEqual([]);
    expect(dirname(seen[0]?.dir ?? '')).toBe(runnerTemp);
    // Directly under the runner's temp folder, as the post step expects; the staging folder is gone.
    expect(dirname(dir)).toBe(runnerTemp);
    expect(basename(dir)).toMatch(/^oidc-exchange-[0-9a-f]{12}$/);
    expect(readdirSync(runnerTemp)).toEqual([basename(dir)]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('on Windows, leaves nothing behind when the list cannot be set', () => {
    const runnerTemp = tempFolder('oidc-exchange-job-');
    expect(() =>
      createStepTempDir(runnerTemp, 'win32', () => {
        throw new OidcExchangeError('INTERNAL', 'icacls exited with 5');
      }),
    ).toThrow(/icacls exited with 5/);
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it.each(['linux', 'darwin'] as const)(
    'on %s, is made 0700 by mkdtemp itself: no access list',
    (platform) => {
      const runnerTemp = tempFolder('oidc-exchange-job-');
      const calls: string[] = [];
      const dir = createStepTempDir(runnerTemp, platform, (d) => calls.push(d));
      expect(calls).toEqual([]);
      expect(dirname(dir)).toBe(runnerTemp);
      if (process.platform !== 'win32') expect(statSync(dir).mode & 0o777).toBe(0o700);
    },
  );
});
