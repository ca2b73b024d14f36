import * as tl from 'azure-pipelines-task-lib/task.js';
import { tmpdir } from 'node:os';

/**
 * Agent.TempDirectory: emptied by the agent after every job. The step's private folder lives
 * under it (made and removed as on GitHub, see ../shared/step-folder.ts) and its name is passed to the
 * post-job step in a task variable, which only this task's own post-job step can read.
 */
export const TEMP_DIR_TASK_VARIABLE = 'OIDC_EXCHANGE_TEMP_DIR';

export function agentTempDirectory(): string {
  return tl.getVariable('Agent.TempDirectory') || tmpdir();
}
