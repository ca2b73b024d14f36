/**
 * How `az` is found and started on each OS (the platform is injected): on Windows it is the batch
 * file az.cmd, run through cmd.exe by its full path with every argument quoted for cmd and for
 * the C runtime that parses them again; never looked up in the working directory.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { azCommand, findAz } from '../../src/targets/azure/az-command.ts';

describe('findAz', () => {
  it('on Windows finds az.cmd on Path (any case), skipping relative and quoted-empty entries', () => {
    const present = new Set(['C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin\\az.cmd', '.\\az.cmd']);
    const found = findAz({
      platform: 'win32',
      env: { Path: '.;bin;"C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin";C:\\Windows' },
      isExecutable: (p) => present.has(p),
    });
    expect(found).toBe('C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin\\az.cmd');
  });

  it('on Windows does not run an az.cmd from the working directory', () => {
    expect(findAz({ platform: 'win32', env: { PATH: '.;tools' }, isExecutable: () => true })).toBeUndefined();
  });

  it('on Linux takes the first executable az on PATH, never a relative entry or a directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'find-az-'));
    const [dirOnly, notExec, good] = ['a', 'b', 'c'].map((d) => join(root, d)) as [string, string, string];
    mkdirSync(join(dirOnly, 'az'), { recursive: true });
    mkdirSync(notExec);
    writeFileSync(join(notExec, 'az'), '');
    mkdirSync(good);
    writeFileSync(join(good, 'az'), '#!/bin/sh\n');
    chmodSync(join(good, 'az'), 0o755);
    expect(findAz({ platform: 'linux', env: { PATH: `.:${dirOnly}:${notExec}:${good}` } })).toBe(
      join(good, 'az'),
    );
    expect(findAz({ platform: 'linux', env: { PATH: '' } })).toBeUndefined();
  });
});

describe('azCommand', () => {
  const az = 'C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin\\az.cmd';
  const env = { ComSpec: 'C:\\Windows\\system32\\cmd.exe' };

  it('runs az directly elsewhere', () => {
    expect(
      azCommand('/usr/bin/az', ['login', '--federated-token', '@/tmp/x'], { platform: 'linux', env }),
    ).toEqual({
      file: '/usr/bin/az',
      args: ['login', '--federated-token', '@/tmp/x'],
      windowsVerbatimArguments: false,
    });
  });

  it('on Windows runs az.cmd through cmd.exe /d /s /c with each argument quoted, verbatim', () => {
    const command = azCommand(
      az,
      ['login', '--federated-token', '@C:\\Users\\Jo & Co (x)\\Temp\\az-assertion-1', '--output', 'none'],
      { platform: 'win32', env },
    );
    expect(command).toEqual({
      file: 'C:\\Windows\\system32\\cmd.exe',
      args: [
        '/d',
        '/s',
        '/c',
        `""${az}" "login" "--federated-token" "@C:\\Users\\Jo & Co (x)\\Temp\\az-assertion-1" "--output" "none""`,
      ],
      windowsVerbatimArguments: true,
    });
  });

  it('on Windows takes cmd.exe from SystemRoot when ComSpec is missing or relative, never a bare cmd.exe', () => {
    const file = (e: Record<string, string>) =>
      azCommand(az, ['version'], { platform: 'win32', env: e }).file;
    expect(file({ SystemRoot: 'D:\\Win' })).toBe('D:\\Win\\System32\\cmd.exe');
    expect(file({ COMSPEC: 'cmd.exe' })).toBe('C:\\Windows\\System32\\cmd.exe');
  });

  it('on Windows doubles trailing backslashes (the C runtime would read \\" as a quote)', () => {
    const command = azCommand(az, ['--x', 'C:\\dir\\'], { platform: 'win32', env });
    expect(command.args[3]).toBe(`""${az}" "--x" "C:\\dir\\\\""`);
  });

  it.each(['a"b', '100%PATH%', 'wow!', 'a\nb'])(
    'on Windows refuses an argument cmd cannot pass on: %j',
    (arg) => {
      expect(() => azCommand(az, [arg], { platform: 'win32', env })).toThrow(
        /cmd\.exe cannot pass on safely/,
      );
    },
  );

  it('on Windows runs an az.exe directly', () => {
    expect(azCommand('C:\\az\\az.exe', ['version'], { platform: 'win32', env }).file).toBe('C:\\az\\az.exe');
  });

  it('the quoted line survives a shell that splits like cmd /s /c (bash here, as a stand-in for the quoting)', () => {
    // On Linux, check the quoting round-trips through a real parser of double quotes: the words
    // bash reads from the inner line are exactly the arguments given.
    const args = ['login', '@/tmp/Jo & Co (x)/file', "it's", 'a|b>c^d'];
    const inner = azCommand('/bin/echo-args', args, { platform: 'win32', env }).args[3]!.slice(1, -1);
    const out = execFileSync('bash', ['-c', `printf '%s\\n' ${inner.replace(/^"\/bin\/echo-args" /, '')}`], {
      encoding: 'utf8',
    });
    expect(out.trimEnd().split('\n')).toEqual(args);
  });
});
