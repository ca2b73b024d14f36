/**
 * A stand-in `az` on PATH that records its arguments (one JSON line per call) and, like the real
 * CLI, writes its profile into AZURE_CONFIG_DIR. Set AZ_STUB_FAIL=login to make `az login` fail.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function createAzStub(): { binDir: string; log: string } {
  const binDir = mkdtempSync(join(tmpdir(), 'az-stub-'));
  const log = join(binDir, 'calls.jsonl');
  const script = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, configDir: process.env.AZURE_CONFIG_DIR }) + '\\n');
if (process.env.AZ_STUB_FAIL && args[0] === process.env.AZ_STUB_FAIL) {
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
  return { binDir, log };
}
