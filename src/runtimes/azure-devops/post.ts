import * as tl from 'azure-pipelines-task-lib/task.js';
import { removeStepTempDir } from '../github/temp-dir.js';
import { TEMP_DIR_TASK_VARIABLE, agentTempDirectory } from './temp-dir.js';

/**
 * The task's post-job step (task.json `postjobexecution`), run when the job ends: removes the
 * step's private folder (the federated token file, the Azure CLI's login) as soon as the job is
 * done rather than whenever the agent next empties its temp folder. Never fails the job.
 */
const dir = tl.getTaskVariable(TEMP_DIR_TASK_VARIABLE);
if (!dir) {
  console.log('oidc-exchange: nothing to clean up.');
} else if (removeStepTempDir(dir, agentTempDirectory())) {
  console.log(`oidc-exchange: removed ${dir}.`);
} else {
  console.log(`oidc-exchange: left ${dir} alone: it is not a folder this step made.`);
}
tl.setResult(tl.TaskResult.Succeeded, 'oidc-exchange: cleaned up.', true);
