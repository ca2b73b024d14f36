import { logLine } from './runner-commands.js';
import { finish } from './finish.js';
import { removeStepTempDir } from './temp-dir.js';

/**
 * The post step: removes the step's private temp folder (the federated token file, the Azure
 * CLI's login) as soon as the job ends, even when the job failed. The runner hands back the state
 * the main step saved as STATE_<name>.
 */
function post(env: NodeJS.ProcessEnv): Promise<number> {
  const dir = env['STATE_OIDC_EXCHANGE_TEMP_DIR'];
  if (!dir) {
    logLine('oidc-exchange: nothing to clean up.');
    return Promise.resolve(0);
  }
  const removed = removeStepTempDir(dir, env['RUNNER_TEMP']);
  logLine(
    removed
      ? `oidc-exchange: removed ${dir}.`
      : `oidc-exchange: left ${dir} alone: it is not a folder this step made.`,
  );
  return Promise.resolve(0);
}

await finish(post(process.env));
