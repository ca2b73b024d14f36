import * as tl from 'azure-pipelines-task-lib/task.js';
import { removeStepTempDir } from '../shared/step-folder.js';
import { removeProfiles } from '../refresher/step/aws-config-file.js';
import { stopRefresher } from '../refresher/step/stop.js';
import { refresherLog, refresherStory } from '../refresher/step/story.js';
import { REFRESHER_TASK_VARIABLE, VARIABLES_TASK_VARIABLE } from './refresher-task-variable.js';
import { TEMP_DIR_TASK_VARIABLE, agentTempDirectory } from './temp-dir.js';

/**
 * The task's post-job step (task.json `postjobexecution`), run when the job ends: stops the
 * credential refresher (and tells its story: renewals, failures, whether it lived until the end), then removes the step's private
 * folder (the federated token file, the Azure CLI's login) and the AWS profiles it added to the
 * job's config file (`awsProfile`) as soon as the job is done rather than
 * whenever the agent next empties its temp folder. Never fails the job.
 */
const dir = tl.getTaskVariable(TEMP_DIR_TASK_VARIABLE);
const refresher = tl.getTaskVariable(REFRESHER_TASK_VARIABLE);
if (refresher) {
  const outcome = await stopRefresher(refresher);
  for (const line of refresherStory(dir, outcome)) console.log(line);
  // The raw log only when the run is debugged (System.Debug): the story above says what matters.
  if (tl.getVariable('System.Debug') === 'true')
    for (const line of refresherLog(dir)) tl.debug(`refresher: ${line}`);
}
// Blank what the main step set, as GitHub's post step does: later post-job steps of other tasks
// then get no credentials, nor a path into the folder removed below (which another local user
// could otherwise make anew and fill).
const variables = (tl.getTaskVariable(VARIABLES_TASK_VARIABLE) ?? '')
  .split(',')
  .map((entry) => /^([A-Za-z_][\w.]*):(secret|plain)$/.exec(entry))
  .filter((match) => match !== null);
for (const [, name = '', kind] of variables) tl.setVariable(name, '', kind === 'secret');
if (variables.length > 0) console.log(`oidc-exchange: cleared ${variables.map((m) => m[1]).join(', ')}.`);
const profiles = dir ? removeProfiles(dir) : [];
if (profiles.length > 0) console.log(`oidc-exchange: removed AWS profile(s) ${profiles.join(', ')}.`);
const removed = !!dir && removeStepTempDir(dir, agentTempDirectory());
if (removed) console.log(`oidc-exchange: removed ${dir}.`);
else if (dir) console.log(`oidc-exchange: left ${dir} alone: it is not a folder this step made.`);
// One last word that agrees with the lines above: "cleaned up" only when something was.
const done =
  removed || refresher || variables.length > 0
    ? 'oidc-exchange: cleaned up.'
    : 'oidc-exchange: nothing to clean up.';
console.log(done);
tl.setResult(tl.TaskResult.Succeeded, done, true);
