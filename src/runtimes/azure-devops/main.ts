// First: masks the agent's secrets before azure-pipelines-task-lib loads and can print them.
import { agentSecrets } from './agent-secrets.js';
import { givenInputs } from './given-inputs.js';
import * as tl from 'azure-pipelines-task-lib/task.js';
import { asOidcExchangeError, errorLines } from '../../core/errors.js';
import { createHttpClient, type HttpClient } from '../../core/http.js';
import { parsePlan } from '../../core/plan.js';
import { run } from '../../core/run.js';
import { TARGETS } from '../../targets/index.js';
import { createStepTempDir, removeStepTempDir } from '../shared/step-folder.js';
import { planSource } from '../shared/choose-source.js';
import { taskLibAgent, type Agent } from './agent.js';
import { readServiceConnection } from './connection.js';
import { connectionVariables } from './connection-variables.js';
import { azureDevOpsRunInfo } from './run-info.js';
import { azureDevOpsInputReader, taskInputNames, withTaskInputNames } from './task-inputs.js';
import { planWithoutTypos, unknownInputs } from '../shared/unknown-inputs.js';
import { agentProxyEnvironment } from './proxy.js';
import { writeVariables } from './sink.js';
import { failureSummary, successSummary, uploadSummary } from './summary.js';
import { REFRESHER_TASK_VARIABLE, refresherState, renewableExports } from './refresh.js';
import { VARIABLES_TASK_VARIABLE } from './refresher-task-variable.js';
import { TEMP_DIR_TASK_VARIABLE, agentTempDirectory } from './temp-dir.js';
import { childEnvironment } from '../shared/child-environment.js';

/**
 * The Azure DevOps task (tasks/OidcExchangeV1, `OidcExchange@1`). The only code that reads the
 * agent's environment: it reads the service connection and the inputs, runs the core, and hands
 * the result to the one writer (sink.ts). A failure sets no variable, leaves no file behind, and
 * is reported through the task result; a summary is uploaded either way.
 */
async function main(env: NodeJS.ProcessEnv, agent: Agent): Promise<void> {
  const agentTemp = agentTempDirectory();
  let tempDir: string | undefined;
  let http: HttpClient | undefined;
  try {
    const connection = readServiceConnection();
    const read = azureDevOpsInputReader(connection, (name) => tl.getInput(name, false), env);
    const runInfo = azureDevOpsRunInfo(connection);
    const { typos, others } = unknownInputs(givenInputs, taskInputNames());
    for (const name of others)
      agent.warning(`Input \`${name}\` is not an input of this task; it is ignored.`);
    const plan = planWithoutTypos(() => parsePlan(read, TARGETS, runInfo), typos);
    http = createHttpClient(agentProxyEnvironment(env, agent.setSecret), plan.timeoutMs);
    const source = planSource(plan, env, http, agentSecrets.accessToken);
    if (plan.dryRun) {
      // Loaded only for a dry run: explain and the trust emitters are not on every step's start-up.
      const { dryRun } = await import('./dry-run.js');
      return await dryRun(plan, source, http, agent, agentTemp);
    }
    tempDir = createStepTempDir(agentTemp);
    agent.setTaskVariable(TEMP_DIR_TASK_VARIABLE, tempDir); // first, so the post-job step cleans up
    const result = await run(plan, {
      http,
      source,
      registerSecret: (value) => agent.setSecret(value),
      tempDir,
      childEnv: childEnvironment(env),
      log: { info: agent.info, warning: agent.warning, debug: agent.debug },
    });
    const { exports: renewable, renewal } = plan.refresh
      ? await renewableExports(plan, result, {
          env,
          read,
          runInfo,
          tempDir,
          accessToken: agentSecrets.accessToken,
          log: agent.info,
          onStarted: (started) => agent.setTaskVariable(REFRESHER_TASK_VARIABLE, refresherState(started)),
        })
      : { exports: result.exports, renewal: [] };
    const azure = connection && result.grants.some((g) => g.target === 'azure');
    const exports = azure ? [...renewable, ...connectionVariables(connection)] : renewable;
    const variables = writeVariables(exports, agent, tempDir, result.exports);
    agent.setTaskVariable(
      VARIABLES_TASK_VARIABLE,
      variables
        .filter((v) => !v.output)
        .map((v) => `${v.name}:${v.secret ? 'secret' : 'plain'}`)
        .join(','),
    );
    uploadSummary(agent, agentTemp, successSummary(result, variables, renewal));
    agent.succeed(
      `oidc-exchange: ${result.grants.map((g) => g.target).join(', ')} credentials for subject '${result.subject}',` +
        ` valid until ${result.expiresAt.toISOString()}.`,
    );
  } catch (thrown) {
    const lines = errorLines(asOidcExchangeError(thrown)).map(withTaskInputNames);
    if (tempDir) removeStepTempDir(tempDir, agentTemp);
    uploadSummary(agent, agentTemp, failureSummary(lines));
    agent.fail(lines);
  } finally {
    http?.close();
  }
}

try {
  await main(process.env, taskLibAgent);
} catch {
  // main() turns every failure into a task result; reaching here is a bug, reported without a stack.
  taskLibAgent.fail('oidc-exchange failed unexpectedly.');
}
// Exit code 0 whatever the result: the agent's Node handler treats any other code as the
// handler's own failure and logs a second error, "Exit code 1 returned from process: …", after
// the task's one (docs/protocols.md §6.8). A
// failure is told through `task.complete result=Failed` (agent.fail), as task-lib's tasks do.
// Keep-alive pools of the SDKs must not keep the step waiting once its result is set.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(0);
