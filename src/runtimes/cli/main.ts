#!/usr/bin/env node
import { rmSync } from 'node:fs';
import { asOidcExchangeError, errorLines, formatError } from '../../core/errors.js';
import { didYouMean } from '../../core/did-you-mean.js';
import { neutralise } from '../../core/neutralise.js';
import { createHttpClient } from '../../core/http.js';
import { parsePlan } from '../../core/plan.js';
import { run } from '../../core/run.js';
import { VERSION } from '../../core/version.js';
import { TARGETS } from '../../targets/index.js';
import { proxyFromEnvironment } from '../shared/proxy-environment.js';
import { writeSecretFile } from '../shared/secret-file.js';
import { createStepTempDir } from '../shared/step-folder.js';
import { cliInputReader, parseArgs } from './args.js';
import { COMMAND_NAMES } from './commands.js';
import { render, type Format } from './render.js';
import { usage } from './usage.js';
import { credentialProcess } from './credential-process.js';
import { withCliOptionNames } from './option-names.js';
import { chooseSource, tokenAtHand } from './token-source.js';
import { outputPathProblem, writeOutputFile } from './output-file.js';
import { azureIdentityProblem, trustCommand, trustFormat, trustWithoutToken } from './trust-command.js';
import { childEnvironment } from '../shared/child-environment.js';
import { jobFolder } from './job-folder.js';
import { EXIT, stdoutGuard } from './exit.js';

/**
 * `oidc-exchange`, for any CI and for a developer's terminal: the same plan and core as the action.
 * It runs inside `eval "$(oidc-exchange exchange …)"`, so stdout carries the result and nothing
 * else: on any failure it stays empty, and usage errors are one short line on stderr (never the
 * help, which a shell would run). Files (the federated token file) go to a private folder under
 * the CI's job folder (job-folder.ts). It often runs inside a CI step, whose log the runner reads
 * for commands: every diagnostic and every line of `explain` is made inert with neutralise().
 */
const FORMATS = new Set(['env', 'dotenv', 'json']);

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const args = parseArgs(argv);
  if (args.help || args.command === 'help') {
    process.stdout.write(usage());
    return EXIT.ok;
  }
  if (args.version) {
    process.stdout.write(`oidc-exchange ${VERSION}\n`);
    return EXIT.ok;
  }
  if (args.command === undefined)
    args.problems.unshift(`no command: give one of ${COMMAND_NAMES.join(', ')}`);
  else if (!COMMAND_NAMES.includes(args.command))
    args.problems.unshift(
      `unknown command '${args.command}'${didYouMean(args.command, COMMAND_NAMES, (n) => n)}`,
    );
  if (args.command === 'credential-process' && args.inputsFile === undefined)
    args.problems.push('credential-process needs --inputs-file');
  if (args.command === 'trust' && !trustFormat(args.format))
    args.problems.push(`--format for trust must be terraform or shell, not '${args.format}'`);
  else if (args.command !== 'trust' && !FORMATS.has(args.format))
    args.problems.push(`--format must be env, dotenv or json, not '${args.format}'`);
  const identityProblem = azureIdentityProblem(args.command, args.azureIdentity);
  if (identityProblem) args.problems.push(identityProblem);
  const outputProblem = args.output === undefined ? undefined : outputPathProblem(args.output);
  if (outputProblem) args.problems.push(outputProblem);
  if (args.problems.length > 0) {
    const shown = args.problems.map((p) => neutralise(p)).join('; ');
    process.stderr.write(`oidc-exchange: ${shown}. See oidc-exchange --help.\n`);
    return EXIT.usage;
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
    if (args.command === 'trust') {
      const options = {
        azureIdentity:
          args.azureIdentity === 'user-assigned' ? ('user-assigned' as const) : ('application' as const),
      };
      const format = trustFormat(args.format) ?? '';
      const output = args.output;
      const write = output === undefined ? undefined : (text: string) => writeOutputFile(output, text);
      if (!tokenAtHand(args, plan, env))
        return await trustWithoutToken(plan, args.inputs.has('issuer'), format, options, write);
      const source = chooseSource(args, plan, env, http);
      return await trustCommand(plan, { http, source }, format, options, write);
    }
    const source = chooseSource(args, plan, env, http);
    if (args.command === 'explain') {
      // Loaded only for `explain` (and `trust`): not on the start-up of `exchange` and credential-process.
      const { explain } = await import('../../core/explain.js');
      const { lines, problems } = await explain(plan, { http, source, registerSecret: () => undefined });
      process.stdout.write(`${lines.map((l) => neutralise(withCliOptionNames(l))).join('\n')}\n`);
      return problems > 0 || !plan.verifySignature ? EXIT.notAccepted : EXIT.ok;
    }
    tempDir = createStepTempDir(jobFolder(env).path);
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
    // A folder nothing points to is removed now; one with files lives as long as the job's folder.
    if (files.size === 0 && !result.exports.some((e) => e.value.startsWith(dir)))
      rmSync(dir, { recursive: true, force: true });
    return EXIT.ok;
  } catch (thrown) {
    const error = asOidcExchangeError(thrown);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    const lines = errorLines(error).map((l) => neutralise(withCliOptionNames(l)));
    process.stderr.write(`oidc-exchange: ${lines.join('\n')}\n`);
    return error.code === 'INPUT_INVALID' ? EXIT.usage : EXIT.failed;
  } finally {
    http.close();
  }
}

const guard = stdoutGuard();
let code: number;
try {
  code = await main(process.argv.slice(2), process.env);
} catch (thrown) {
  // Nothing may escape as a stack trace: one line, as every other failure.
  process.stderr.write(`oidc-exchange: ${neutralise(formatError(asOidcExchangeError(thrown)))}\n`);
  code = EXIT.failed;
}
process.exit(await guard.settle(code));
