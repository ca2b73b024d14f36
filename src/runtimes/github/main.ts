import { asOidcExchangeError, errorLines, OidcExchangeError, OidcExchangeErrors } from '../../core/errors.js';
import { createHttpClient, type HttpClient } from '../../core/http.js';
import { proxyFromEnvironment } from '../shared/proxy-environment.js';
import { parsePlan } from '../../core/plan.js';
import { run } from '../../core/run.js';
import { planSource } from '../shared/choose-source.js';
import { TARGETS } from '../../targets/index.js';
import { githubInputNames, githubInputs, githubRunInfo } from './inputs.js';
import { planWithoutTypos, unknownInputs } from '../shared/unknown-inputs.js';
import { withActionInputNames } from './target-action.js';
import { addMask, annotate, debug, logLine, type RunnerFiles } from './runner-commands.js';
import { saveState, writeExports } from './sink.js';
import { appendSummary, failureSummary, successSummary } from './summary.js';
import { createStepTempDir, removeStepTempDir } from '../shared/step-folder.js';
import { finish } from './finish.js';
import { REFRESHER_STATE, refresherState, renewableExports } from './refresh.js';
import { childEnvironment } from '../shared/child-environment.js';
import { VERSION } from '../../core/version.js';

/**
 * The GitHub Action's main step. The only code that reads the runner's environment: it masks the
 * request token before anything else, parses every input, runs the core, and hands the result to
 * the one writer (sink.ts). A failure exports nothing and leaves no file behind.
 */
export const TEMP_DIR_STATE = 'OIDC_EXCHANGE_TEMP_DIR';
export const VARIABLES_STATE = 'OIDC_EXCHANGE_VARIABLES';

async function main(env: NodeJS.ProcessEnv): Promise<number> {
  if (env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) addMask(env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']);
  // The version in the log, as the task's in the agent's: which build ran is the first question.
  logLine(`oidc-exchange ${VERSION}`);
  const files: RunnerFiles = {
    env: env['GITHUB_ENV'],
    output: env['GITHUB_OUTPUT'],
    state: env['GITHUB_STATE'],
    summary: env['GITHUB_STEP_SUMMARY'],
  };
  let tempDir: string | undefined;
  let http: HttpClient | undefined;
  const { read, names } = githubInputs(env);
  try {
    const runInfo = githubRunInfo(env);
    const { typos } = unknownInputs(env, githubInputNames(names)); // the runner warns of the others
    const plan = planWithoutTypos(() => parsePlan(read, TARGETS, runInfo), typos);
    http = createHttpClient(proxyFromEnvironment(env), plan.timeoutMs);
    const source = planSource(plan, env, http);
    if (plan.dryRun) {
      // Loaded only for a dry run: explain and the trust emitters are not on every step's start-up.
      const { dryRun } = await import('./dry-run.js');
      return await dryRun(plan, source, http, files, (l) => withActionInputNames(l, names));
    }
    tempDir = createStepTempDir(env['RUNNER_TEMP']);
    saveState(files, TEMP_DIR_STATE, tempDir); // first, so the post step cleans up whatever happens next
    const result = await run(plan, {
      http,
      source,
      registerSecret: addMask,
      tempDir,
      childEnv: childEnvironment(env),
      log: { info: logLine, warning: (m) => annotate('warning', m), debug },
    });
    const { exports, renewal } = plan.refresh
      ? await renewableExports(plan, result, {
          env,
          read,
          runInfo,
          tempDir,
          log: logLine,
          onStarted: (started) => saveState(files, REFRESHER_STATE, refresherState(started)),
        })
      : { exports: result.exports, renewal: [] };
    writeExports(exports, files, tempDir);
    saveState(
      files,
      VARIABLES_STATE,
      exports
        .filter((e) => e.kind !== 'output')
        .map((e) => e.name)
        .join(','),
    );
    appendSummary(files.summary, successSummary({ ...result, exports }, renewal));
    logLine(
      `oidc-exchange: ${result.grants.map((g) => g.target).join(', ')} credentials for subject '${result.subject}',` +
        ` valid until ${result.expiresAt.toISOString()}.`,
    );
    return 0;
  } catch (thrown) {
    const error = inActionNames(asOidcExchangeError(thrown), names);
    if (tempDir) removeStepTempDir(tempDir, env['RUNNER_TEMP']);
    annotate('error', errorLines(error));
    appendSummary(files.summary, failureSummary(error));
    return 1;
  } finally {
    http?.close();
  }
}

/** An error names each input as the user wrote it in the action the workflow `uses:`. */
function inActionNames(error: OidcExchangeError, names: Map<string, string> | undefined): OidcExchangeError {
  if (!names) return error;
  if (error instanceof OidcExchangeErrors)
    return new OidcExchangeErrors(error.errors.map((e) => inActionNames(e, names)));
  return new OidcExchangeError(error.code, withActionInputNames(error.message, names), {
    hint: error.hint === undefined ? undefined : withActionInputNames(error.hint, names),
  });
}

await finish(main(process.env));
