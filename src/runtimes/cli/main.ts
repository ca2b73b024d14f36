#!/usr/bin/env node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asOidcExchangeError, errorLines } from '../../core/errors.js';
import { explain } from '../../core/explain.js';
import { neutralise } from '../../core/neutralise.js';
import { createHttpClient } from '../../core/http.js';
import { parsePlan } from '../../core/plan.js';
import { run } from '../../core/run.js';
import { VERSION } from '../../core/version.js';
import { TARGETS } from '../../targets/index.js';
import { proxyFromEnvironment } from '../shared/proxy-environment.js';
import { writeSecretFile } from '../shared/secret-file.js';
import { cliInputReader, parseArgs } from './args.js';
import { render, type Format } from './render.js';
import { usage } from './usage.js';
import { credentialProcess } from './credential-process.js';
import { withCliOptionNames } from './option-names.js';
import { chooseSource } from './token-source.js';
import { outputPathProblem, writeOutputFile } from './output-file.js';
import { childEnvironment } from '../shared/child-environment.js';

/**
 * `oidc-exchange`, for any CI and for a developer's terminal: the same plan and core as the action.
 * Credentials go to stdout in the chosen format; everything else to stderr. Files (the federated
 * token file) go to a private 0700 folder under the system temp folder, which the caller removes.
 * It often runs inside a CI step, whose log the runner reads for commands: every diagnostic and
 * every line of `explain` (claims are hostile text) is made inert with neutralise().
 */
const FORMATS = new Set(['env', 'dotenv', 'json']);
/** `explain` found an expectation not met, or a signature it did not verify (see usage.ts). */
const EXPLAIN_NOT_ACCEPTED = 3;

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(usage());
    return 0;
  }
  if (args.version) {
    process.stdout.write(`oidc-exchange ${VERSION}\n`);
    return 0;
  }
  if (args.command === undefined && args.problems.length === 0) {
    process.stdout.write(usage());
    return 2;
  }
  if (args.command === undefined) args.problems.push('no command (exchange, explain or credential-process)');
  else if (args.command !== 'exchange' && args.command !== 'explain' && args.command !== 'credential-process')
    args.problems.push(`unknown command '${args.command}'`);
  if (args.command === 'credential-process' && args.inputsFile === undefined)
    args.problems.push('credential-process needs --inputs-file');
  if (!FORMATS.has(args.format))
    args.problems.push(`--format must be env, dotenv or json, not '${args.format}'`);
  const outputProblem = args.output === undefined ? undefined : outputPathProblem(args.output);
  if (outputProblem) args.problems.push(outputProblem);
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
      const { lines, problems } = await explain(plan, { http, source, registerSecret: () => undefined });
      process.stdout.write(`${lines.map((l) => neutralise(withCliOptionNames(l))).join('\n')}\n`);
      return problems > 0 || !plan.verifySignature ? EXPLAIN_NOT_ACCEPTED : 0;
    }
    tempDir = mkdtempSync(join(tmpdir(), 'oidc-exchange-'));
    const log = (m: string) => process.stderr.write(`${neutralise(m)}\n`);
    const result = await run(plan, {
      http,
      source,
      registerSecret: () => undefined,
      tempDir,
      childEnv: childEnvironment(env),
      log: { info: log, warning: (m) => log(`warning: ${m}`), debug: () => undefined },
    });
    const dir = tempDir;
    const files = new Map(
      result.exports
        .filter((e) => e.kind === 'file')
        .map((e) => [e.name, writeSecretFile(dir, e.name.toLowerCase(), e.value)]),
    );
    const text = render(result.exports, files, args.format as Format);
    if (args.output !== undefined) writeOutputFile(args.output, text);
    else process.stdout.write(text);
    if (files.size === 0) rmSync(dir, { recursive: true, force: true });
    return 0;
  } catch (thrown) {
    const error = asOidcExchangeError(thrown);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    const lines = errorLines(error).map((l) => neutralise(withCliOptionNames(l)));
    process.stderr.write(`oidc-exchange: ${lines.join('\n')}\n`);
    return error.code === 'INPUT_INVALID' ? 2 : 1;
  } finally {
    http.close();
  }
}

const code = await main(process.argv.slice(2), process.env);
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(code);
