import { camelCase } from '../../core/inputs.js';
import type { Export } from '../../core/target.js';
import { writeSecretFile } from '../shared/secret-file.js';
import type { Agent } from './agent.js';

/**
 * The one writer to the agent, all or nothing: credential files are written first (0600, in the
 * step's private folder under Agent.TempDirectory; a failure there sets nothing), then every
 * secret is registered with `task.setsecret`, then the variables are set, one value per variable:
 *
 * - the action's environment variables (AZURE_*, ARM_*, AWS_*, DATABRICKS_*) as job variables for
 *   later steps, secret ones with `issecret` (a later script maps them with `env:`);
 * - the action's step outputs as output variables in camelCase (`$(<step>.awsAccessKeyId)`, and
 *   `dependencies.<job>.outputs['<step>.awsAccessKeyId']` in later jobs);
 * - for the AWS Toolkit's tasks later in the job, its own names (docs/protocols.md §6.11).
 */
export interface Variable {
  name: string;
  value: string;
  secret: boolean;
  output: boolean;
}

/** The AWS Toolkit for Azure DevOps reads these variables before any other credentials. */
const AWS_TOOLKIT: Record<string, string> = {
  AWS_ACCESS_KEY_ID: 'AWS.AccessKeyID',
  AWS_SECRET_ACCESS_KEY: 'AWS.SecretAccessKey',
  AWS_SESSION_TOKEN: 'AWS.SessionToken',
  AWS_REGION: 'AWS.Region',
};

/**
 * With `refresh` the AWS keys stay secret job variables beside the profile. Azure DevOps puts a
 * secret variable into no script's environment unless the step maps it, so a step that does not
 * uses the renewing profile, and a step written for static keys (`env: AWS_SECRET_ACCESS_KEY:
 * $(AWS_SECRET_ACCESS_KEY)`) gets the step's keys rather than the literal `$(…)` text an unset
 * variable leaves, which would shadow the profile with keys that do not exist.
 */
const STATIC_AWS_KEYS = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);

/**
 * `stepExports`: the step's own credentials, where the Toolkit's names and the static AWS keys take
 * their values when `refresh` replaced the keys by a profile (see ../refresher/step): the
 * Toolkit's tasks read only their names, and get the step's keys, valid as long as they say.
 * The agent turns `AWS.AccessKeyID` into `AWS_ACCESSKEYID` in a script's environment, which no AWS
 * client reads, so the profile still wins there.
 */
export function variablesFor(
  exports: Export[],
  tempDir: string,
  stepExports: Export[] = exports,
): Variable[] {
  const variables: Variable[] = [];
  const toolkitOf = (e: Export, value: string, secret: boolean) => {
    const toolkit = AWS_TOOLKIT[e.name];
    if (toolkit && e.kind === 'env' && !variables.some((v) => v.name === toolkit))
      variables.push({ name: toolkit, value, secret, output: false });
  };
  for (const e of exports) {
    if (e.kind === 'output') {
      variables.push({ name: camelCase(e.name), value: e.value, secret: e.secret, output: true });
      continue;
    }
    // The file holds the secret; its path is not one.
    const value = e.kind === 'file' ? writeSecretFile(tempDir, e.name.toLowerCase(), e.value) : e.value;
    const secret = e.kind === 'file' ? false : e.secret;
    variables.push({ name: e.name, value, secret, output: false });
    toolkitOf(e, value, secret);
  }
  for (const e of stepExports) {
    if (
      e.kind === 'env' &&
      e.secret &&
      STATIC_AWS_KEYS.has(e.name) &&
      !variables.some((v) => v.name === e.name)
    )
      variables.push({ name: e.name, value: e.value, secret: true, output: false });
    toolkitOf(e, e.value, e.secret);
  }
  return variables;
}

export function writeVariables(
  exports: Export[],
  agent: Agent,
  tempDir: string,
  stepExports: Export[] = exports,
): Variable[] {
  const variables = variablesFor(exports, tempDir, stepExports);
  for (const e of exports) if (e.secret) agent.setSecret(e.value);
  const registered = new Set(exports.filter((e) => e.secret).map((e) => e.value));
  for (const e of stepExports) if (e.secret && !registered.has(e.value)) agent.setSecret(e.value);
  for (const v of variables) agent.setVariable(v.name, v.value, { secret: v.secret, output: v.output });
  return variables;
}
