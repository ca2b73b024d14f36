/**
 * A stand-in `az` on PATH that records each call (one JSON line): its arguments, AZURE_CONFIG_DIR,
 * its own command line and environment as other processes see them (/proc/self), and, like the
 * real CLI, the value of `--federated-token @<file>` read from the file, with the file's mode.
 * Like the real CLI it writes its profile into AZURE_CONFIG_DIR. `fail: 'login'` makes `az login`
 * fail (an option of the stub: the step gives az only the environment it needs).
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AzCall {
  args: string[];
  configDir: string | undefined;
  /** The token as `az` read it from `--federated-token @file` (or took it from the argument). */
  federatedToken?: string;
  /** The file it came from and its permission bits, e.g. 0o600. */
  tokenFile?: string;
  tokenFileMode?: number;
  cmdline: string;
  environ: string;
}

export function createAzStub(options: { fail?: string } = {}): {
  binDir: string;
  log: string;
  calls: () => AzCall[];
} {
  const binDir = mkdtempSync(join(tmpdir(), 'az-stub-'));
  const log = join(binDir, 'calls.jsonl');
  const script = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
const self = (name) => { try { return fs.readFileSync('/proc/self/' + name, 'utf8'); } catch { return ''; } };
const call = { args, configDir: process.env.AZURE_CONFIG_DIR, cmdline: self('cmdline'), environ: self('environ') };
const given = args[args.indexOf('--federated-token') + 1];
if (args.includes('--federated-token') && given !== undefined) {
  if (given.startsWith('@')) {
    call.tokenFile = given.slice(1);
    try {
      call.federatedToken = fs.readFileSync(call.tokenFile, 'utf8');
      call.tokenFileMode = fs.statSync(call.tokenFile).mode & 0o777;
    } catch (error) {
      process.stderr.write('ERROR: cannot read ' + call.tokenFile + ': ' + error.code + '\\n');
      process.exit(2);
    }
  } else call.federatedToken = given;
}
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(call) + '\\n');
if (args[0] === ${JSON.stringify(options.fail ?? null)}) {
  process.stderr.write('ERROR: AADSTS700016: Application not found (stub)\\n');
  process.exit(1);
}
if (args[0] === 'login') {
  fs.mkdirSync(process.env.AZURE_CONFIG_DIR, { recursive: true });
  fs.writeFileSync(process.env.AZURE_CONFIG_DIR + '/azureProfile.json', '{"subscriptions":[]}');
}
`;
  writeFileSync(join(binDir, 'az'), script);
  chmodSync(join(binDir, 'az'), 0o755);
  const calls = () =>
    readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as AzCall);
  return { binDir, log, calls };
}
