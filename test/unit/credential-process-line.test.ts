import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { OidcExchangeError } from '../../src/core/errors.js';
import { credentialProcessLine } from '../../src/runtimes/refresher/step/credential-process-line.js';
import { awsConfigFile } from '../../src/runtimes/refresher/step/aws-profile.js';

/**
 * The credential_process line is read back here the way the AWS clients read it: on POSIX by a
 * real /bin/sh (the JS and Go SDKs) and by Python's shlex (botocore, the AWS CLI); on Windows by
 * the CommandLineToArgvW rules botocore implements (cmd.exe itself cannot run here).
 */
const windowsParts = [
  'C:\\Program Files\\nodejs\\node.exe',
  'D:\\a\\_actions\\octo org\\oidc-exchange\\v1\\dist\\cli\\index.js',
  'credential-process',
  '--inputs-file',
  'D:\\a\\_temp\\oidc-exchange-AbC\\aws-credential-process.json',
];
const posixParts = [
  '/opt/hosted tool/node',
  "/home/runner/work/_actions/o'rg/a (1)/dist/cli/index.js",
  'credential-process',
  '--inputs-file',
  '/tmp/x y/in.json',
];

/** CommandLineToArgvW: space/tab split, `"` quotes, backslashes literal unless they run up to a `"`. */
function windowsSplit(line: string): string[] {
  const out: string[] = [];
  let buffer = '';
  let quoted = false;
  let started = false;
  let slashes = 0;
  for (const ch of line) {
    if (ch === '\\') {
      slashes++;
      continue;
    }
    if (ch === '"') {
      buffer += '\\'.repeat(Math.floor(slashes / 2));
      if (slashes % 2 === 1) buffer += '"';
      else quoted = !quoted;
      slashes = 0;
      started = true;
      continue;
    }
    buffer += '\\'.repeat(slashes);
    slashes = 0;
    if ((ch === ' ' || ch === '\t') && !quoted) {
      if (started || buffer) out.push(buffer);
      buffer = '';
      started = false;
    } else {
      buffer += ch;
      started = true;
    }
  }
  buffer += '\\'.repeat(slashes);
  if (started || buffer) out.push(buffer);
  return out;
}

describe('the credential_process line on Windows', () => {
  it('keeps backslashes and spaces: every part comes back whole', () => {
    const line = credentialProcessLine(windowsParts, 'win32');
    expect(line).toBe(windowsParts.map((p) => `"${p}"`).join(' '));
    expect(windowsSplit(line)).toEqual(windowsParts);
  });

  it('writes the profile with the Windows line when the platform is win32', () => {
    const text = awsConfigFile(windowsParts, 'eu-west-1', 'win32');
    expect(text).toContain(
      'credential_process = "C:\\Program Files\\nodejs\\node.exe" "D:\\a\\_actions\\octo org\\',
    );
  });

  it.each([
    'C:\\Users\\%USERNAME%\\x.json', // cmd.exe expands %NAME% inside quotes
    'C:\\a!PATH!b', // and !NAME! with delayed expansion
    'C:\\a"b',
    'C:\\dir\\', // a trailing backslash would escape the closing quote
    'C:\\a\nb',
    '',
  ])('refuses %j', (part) => {
    expect(() => credentialProcessLine(['node.exe', part], 'win32')).toThrow(OidcExchangeError);
  });

  it('allows on Windows what POSIX refuses ($ and backquotes are plain there), and the reverse', () => {
    expect(() => credentialProcessLine(['C:\\a$b`c'], 'win32')).not.toThrow();
    expect(() => credentialProcessLine(['C:\\a$b'], 'linux')).toThrow(OidcExchangeError);
    expect(() => credentialProcessLine(['/tmp/100%'], 'linux')).not.toThrow();
  });
});

describe('the credential_process line on POSIX', () => {
  // /bin/sh and python3 are the POSIX clients' own readers: on a Windows runner they are not the ones that read it.
  it.skipIf(process.platform === 'win32')(
    'reads back whole through /bin/sh and through shlex (botocore) [POSIX only]',
    () => {
      const line = credentialProcessLine(posixParts, 'darwin');
      const bySh = execFileSync('/bin/sh', ['-c', `printf '%s\\n' ${line}`], { encoding: 'utf8' });
      expect(bySh.split('\n').slice(0, -1)).toEqual(posixParts);
      const byShlex = execFileSync(
        'python3',
        ['-c', 'import json,shlex,sys; print(json.dumps(shlex.split(sys.argv[1])))', line],
        { encoding: 'utf8' },
      );
      expect(JSON.parse(byShlex)).toEqual(posixParts);
    },
  );

  it.each(['/tmp/a"b', '/tmp/$HOME', '/tmp/`id`', '/tmp/a\nb', '/tmp/a\\"b'])('refuses %j', (part) => {
    expect(() => credentialProcessLine(['node', part], 'linux')).toThrow(OidcExchangeError);
  });
});
