import { finish } from './finish.js';
import { appendFileCommand, keyValueBlock, logLine } from './runner-commands.js';
import { removeStepTempDir } from './temp-dir.js';

/**
 * The post step, run when the job ends (even after a failure): blanks every variable the main
 * step set, so later post steps of other actions do not inherit credentials, and removes the
 * step's private temp folder (the federated token file, the Azure CLI's login). The runner hands
 * back the main step's state as STATE_<name>.
 */
function post(env: NodeJS.ProcessEnv): Promise<number> {
  const variables = (env['STATE_OIDC_EXCHANGE_VARIABLES'] ?? '')
    .split(',')
    .filter((n) => /^[A-Za-z_]\w*$/.test(n));
  if (variables.length > 0) {
    appendFileCommand(env['GITHUB_ENV'], 'env', variables.map((name) => keyValueBlock(name, '')).join(''));
    logLine(`oidc-exchange: cleared ${variables.join(', ')}.`);
  }
  const dir = env['STATE_OIDC_EXCHANGE_TEMP_DIR'];
  if (dir) {
    const removed = removeStepTempDir(dir, env['RUNNER_TEMP']);
    logLine(
      removed
        ? `oidc-exchange: removed ${dir}.`
        : `oidc-exchange: left ${dir} alone: it is not a folder this step made.`,
    );
  } else if (variables.length === 0) {
    logLine('oidc-exchange: nothing to clean up.');
  }
  return Promise.resolve(0);
}

await finish(post(process.env));
