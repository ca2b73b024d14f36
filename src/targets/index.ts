import type { TargetDefinition } from '../core/target.js';
import { awsTarget } from './aws/definition.js';
import { azureTarget } from './azure/definition.js';
import { databricksTarget } from './databricks/definition.js';
import { gcpTarget } from './gcp/definition.js';

/** Every target the runtimes offer. Definitions are cheap; each exchange is loaded on demand. */
export const TARGETS: ReadonlyArray<TargetDefinition<unknown>> = [
  azureTarget,
  awsTarget,
  databricksTarget,
  gcpTarget,
];
