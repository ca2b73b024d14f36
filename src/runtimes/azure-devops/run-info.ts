import * as tl from 'azure-pipelines-task-lib/task.js';
import type { RunInfo } from '../../core/target.js';
import type { ServiceConnection } from './connection.js';

/** What the plan learns of the run: ids for the AWS session name, and the facts behind the accepted issuers. */
export function azureDevOpsRunInfo(connection: ServiceConnection | undefined): RunInfo {
  return {
    runId: tl.getVariable('Build.BuildId'),
    runAttempt: tl.getVariable('System.JobAttempt'),
    ci: 'azure-devops',
    azureDevOps: {
      collectionId: tl.getVariable('System.CollectionId'),
      serviceConnectionId: connection?.id,
      tenantId: connection?.tenantId,
      authorityHost: connection?.authorityHost,
    },
  };
}
