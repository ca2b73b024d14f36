import { removeProfiles } from '../refresher/step/aws-config-file.js';
import { stopRefresher } from '../refresher/step/stop.js';
import { finish } from './finish.js';
import { appendFileCommand, debug, keyValueBlock, logLine } from './runner-commands.js';
import { refresherLog, refresherStory } from '../refresher/step/story.js';
import { removeStepTempDir } from '../shared/step-folder.js';

/**
 * The post step, run when the job ends (even after a failure): stops the credential refresher
 * (and tells its story: renewals, failures, whether it lived until the end), blanks every variable the main step set, so later
 * post steps of other actions do not inherit credentials, and removes the step's private temp
 * folder (the federated token file, the Azure CLI's login), and the AWS profiles it added to the
 * job's config file (`aws-profile`). The runner hands
 * back the main step's state as STATE_<name>.
 */
async function post(env: NodeJS.ProcessEnv): Promise<number> {
  const dir = env['STATE_OIDC_EXCHANGE_TEMP_DIR'];
  const refresher = env['STATE_OIDC_EXCHANGE_REFRESHER'];
  if (refresher) {
    const outcome = await stopRefresher(refresher);
    for (const line of refresherStory(dir, outcome)) logLine(line);
    // The raw log only when the run is debugged (RUNNER_DEBUG=1): the story above says what matters.
    if (env['RUNNER_DEBUG'] === '1') for (const line of refresherLog(dir)) debug(`refresher: ${line}`);
  }
  const variables = (env['STATE_OIDC_EXCHANGE_VARIABLES'] ?? '')
    .split(',')
    .filter((n) => /^[A-Za-z_]\w*$/.test(n));
  if (variables.length > 0) {
    appendFileCommand(env['GITHUB_ENV'], 'env', variables.map((name) => keyValueBlock(name, '')).join(''));
    logLine(`oidc-exchange: cleared ${variables.join(', ')}.`);
  }
  if (dir) {
    const profiles = removeProfiles(dir);
    if (profiles.length > 0) logLine(`oidc-exchange: removed AWS profile(s) ${profiles.join(', ')}.`);
    const removed = removeStepTempDir(dir, env['RUNNER_TEMP']);
    logLine(
      removed
        ? `oidc-exchange: removed ${dir}.`
        : `oidc-exchange: left ${dir} alone: it is not a folder this step made.`,
    );
  } else if (variables.length === 0) {
    logLine('oidc-exchange: nothing to clean up.');
  }
  return 0;
}

await finish(post(process.env));
