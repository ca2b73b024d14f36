#!/usr/bin/env node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asOidcExchangeError, formatError, OidcExchangeError } from '../../core/errors.js';
import { explain } from '../../core/explain.js';
import { createHttpClient } from '../../core/http.js';
import { parsePlan, type Plan } from '../../core/plan.js';
import { run } from '../../core/run.js';
import { VERSION } from '../../core/version.js';
import type { TokenSource } from '../../core/token-supply.js';
import { fileSource, valueSource } from '../../sources/file.js';
import { TARGETS } from '../../targets/index.js';
import { planSource } from '../shared/choose-source.js';
import { proxyFromEnvironment } from '../shared/proxy-environment.js';
import { writeSecretFile } from '../shared/secret-file.js';
import { cliInputReader, parseArgs, type CliArgs } from './args.js';
import { render, type Format } from './render.js';
import { usage } from './usage.js';
import { credentialProcess } from './credential-process.js';

/**
 * `oidc-exchange`, for any CI and for a developer's terminal: the same plan and core as the action.
 * Credentials go to stdout in the chosen format; everything else to stderr. Files (the federated
 * token file) go to a private 0700 folder under the system temp folder, which the caller removes.
 */
const FORMATS = new Set(['env', 'dotenv', 'json']);

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (argv[0] === '--version') {
    process.stdout.write(`oidc-exchange ${VERSION}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (args.help || args.command === undefined) {
    process.stdout.write(usage());
    return args.help ? 0 : 2;
  }
  if (args.command !== 'exchange' && args.command !== 'explain' && args.command !== 'credential-process')
    args.problems.push(`unknown command '${args.command}'`);
  if (args.command === 'credential-process' && args.inputsFile === undefined)
    args.problems.push('credential-process needs --inputs-file');
  if (!FORMATS.has(args.format))
    args.problems.push(`--format must be env, dotenv or json, not '${args.format}'`);
  if (args.problems.length > 0) {
    process.stderr.write(`oidc-exchange: ${args.problems.join('; ')}. See oidc-exchange --help.\n`);
    return 2;
  }
  const http = createHttpClient(proxyFromEnvironment(env));
  if (args.command === 'credential-process') {
    try {
      return await credentialProcess(args.inputsFile ?? '', env, http);
    } finally {
      http.close();
    }
  }
  let tempDir: string | undefined;
  try {
    const plan = parsePlan(cliInputReader(args, env), TARGETS, {
      runId: env['GITHUB_RUN_ID'] ?? env['CI_JOB_ID'],
      runAttempt: env['GITHUB_RUN_ATTEMPT'],
    });
    const source = chooseSource(args, plan, env, http);
    if (args.command === 'explain') {
      const { lines } = await explain(plan, { http, source, registerSecret: () => undefined });
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    }
    tempDir = mkdtempSync(join(tmpdir(), 'oidc-exchange-'));
    const log = (m: string) => process.stderr.write(`${m}\n`);
    const result = await run(plan, {
      http,
      source,
      registerSecret: () => undefined,
      tempDir,
      childEnv: env,
      log: { info: log, warning: (m) => log(`warning: ${m}`), debug: () => undefined },
    });
    const dir = tempDir;
    const files = new Map(
      result.exports
        .filter((e) => e.kind === 'file')
        .map((e) => [e.name, writeSecretFile(dir, e.name.toLowerCase(), e.value)]),
    );
    const text = render(result.exports, files, args.format as Format);
    if (args.output) writeFileSync(args.output, text, { mode: 0o600, flag: 'w' });
    else process.stdout.write(text);
    if (files.size === 0) rmSync(dir, { recursive: true, force: true });
    return 0;
  } catch (thrown) {
    const error = asOidcExchangeError(thrown);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    process.stderr.write(`oidc-exchange: ${formatError(error)}\n`);
    return error.code === 'INPUT_INVALID' ? 2 : 1;
  } finally {
    http.close();
  }
}

/** A token that did not come from the runner itself must be verified against an issuer the caller names. */
function chooseSource(
  args: CliArgs,
  plan: Plan,
  env: NodeJS.ProcessEnv,
  http: ReturnType<typeof createHttpClient>,
): TokenSource {
  const explicit =
    args.tokenFile !== undefined ? '--token-file' : args.tokenEnv !== undefined ? '--token-env' : undefined;
  if (explicit) {
    if (!args.inputs.get('issuer')) {
      throw new OidcExchangeError(
        'INPUT_INVALID',
        `Input \`issuer\` is required with ${explicit}: such a token is always verified against the issuer you name.`,
      );
    }
    if (/^(false|no|off|0)$/i.test(args.inputs.get('verify-signature') ?? '')) {
      throw new OidcExchangeError(
        'INPUT_INVALID',
        `Input \`verify-signature\` cannot be off with ${explicit}.`,
      );
    }
    return args.tokenFile !== undefined
      ? fileSource(args.tokenFile)
      : valueSource(args.tokenEnv ?? '', env[args.tokenEnv ?? '']);
  }
  if (plan.source.kind === 'azure-managed-identity' || env['ACTIONS_ID_TOKEN_REQUEST_URL']) {
    return planSource(plan, env, http);
  }
  throw new OidcExchangeError(
    'INPUT_INVALID',
    'No OIDC token: not in GitHub Actions, and neither --token-file nor --token-env was given.',
    {
      hint: 'In GitLab, declare `id_tokens:` in the job and pass --token-env with its name.',
    },
  );
}

const code = await main(process.argv.slice(2), process.env);
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(code);
