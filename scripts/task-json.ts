/**
 * The Azure DevOps task's task.json, generated from the one table of inputs (src/core/inputs.ts)
 * like action.yml, so the task's form cannot drift from what the runtime reads. `npm run gen`
 * writes it; test/unit/task-json.test.ts checks it. Schema: azure-pipelines-task-lib's
 * tasks.schema.json (docs/protocols.md §6.10).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FROM_SERVICE_CONNECTION, INPUTS, OUTPUTS, camelCase, type InputSpec } from '../src/core/inputs.ts';

/** Fixed forever: every major version of a task keeps its id (pipelines say `OidcExchange@1`). */
export const TASK_ID = 'faec86db-e4a0-4107-913f-8df464f59701';
export const TASK_NAME = 'OidcExchange';
export const TASK_FOLDER = 'OidcExchangeV1';
/** The one version, package.json's (agents cache a task by its version, so every release bumps it). */
export const PACKAGE_VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;
const [major = 0, minor = 0, patch = 0] = PACKAGE_VERSION.split(/[.+-]/).map(Number);
export const TASK_VERSION = { Major: major, Minor: minor, Patch: patch } as const;
/** Node20_1 arrived in agent 3.232.1; agents pick Node24 (4.265.1+) when they have it. */
export const MINIMUM_AGENT_VERSION = '3.232.1';

const GROUPS = [
  { name: 'azure', displayName: 'Azure', isExpanded: true },
  { name: 'aws', displayName: 'AWS', isExpanded: true },
  { name: 'databricks', displayName: 'Databricks', isExpanded: true },
  { name: 'gcp', displayName: 'Google Cloud', isExpanded: true },
  { name: 'token', displayName: 'OIDC token checks', isExpanded: false },
  { name: 'general', displayName: 'Advanced', isExpanded: false },
] as const;

/** The input whose presence asks for a target: the group's other inputs show only once it is set. */
const KEY_INPUT: Record<string, string> = {
  azure: 'azure-subscription',
  aws: 'aws-role-arn',
  databricks: 'databricks-host',
  gcp: 'gcp-workload-identity-provider',
};

const ACRONYMS: Record<string, string> = {
  aws: 'AWS',
  arn: 'ARN',
  arns: 'ARNs',
  id: 'ID',
  sts: 'STS',
  cli: 'CLI',
  oidc: 'OIDC',
  gcp: 'GCP',
  iam: 'IAM',
};

/** `aws-role-arn` → `AWS role ARN`. */
export function label(name: string): string {
  const words = name.split('-').map((w) => ACRONYMS[w] ?? w);
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/** The task's inputs, in the order of its form: grouped per target, then the token checks. */
export function taskInputs(): InputSpec[] {
  const offered = INPUTS.filter((i) => i.only !== 'github' && !(i.name in FROM_SERVICE_CONNECTION));
  return GROUPS.flatMap((g) => offered.filter((i) => i.group === g.name));
}

/** Input and output names in the action's descriptions (`aws-role-arn`) become the task's (`awsRoleArn`). */
function taskText(text: string): string {
  const names = new Set([...INPUTS, ...OUTPUTS].map((i) => i.name));
  return text.replace(/`([a-z0-9-]+)`/g, (whole, name: string) =>
    names.has(name) ? `\`${camelCase(name)}\`` : whole,
  );
}

function visibleRule(i: InputSpec): string | undefined {
  if (i.name.startsWith('azure-managed-identity-')) return 'tokenSource = azure-managed-identity';
  const key = KEY_INPUT[i.group];
  return key && key !== i.name ? `${camelCase(key)} != ""` : undefined;
}

function taskInput(i: InputSpec): Record<string, unknown> {
  const kind = i.azureDevOps?.kind ?? i.kind;
  const defaultValue = i.azureDevOps?.default ?? i.default;
  const input: Record<string, unknown> = {
    name: camelCase(i.name),
    type: 'string',
    label: label(i.name),
    required: false,
    groupName: i.group,
    helpMarkDown: taskText(i.azureDevOps?.description ?? i.description),
  };
  if (defaultValue !== undefined && defaultValue !== '') input['defaultValue'] = defaultValue;
  if (kind?.type === 'boolean') input['type'] = 'boolean';
  if (kind?.type === 'lines') input['type'] = 'multiLine';
  if (kind?.type === 'choice') {
    input['type'] = 'pickList';
    input['options'] = Object.fromEntries(kind.options.map((o) => [o, o]));
  }
  if (kind?.type === 'serviceConnection') {
    input['type'] = `connectedService:${kind.endpointType}`;
    // A workspace-scoped ML connection has no subscription to hand out.
    input['properties'] = { EndpointFilterRule: 'ScopeLevel != AzureMLWorkspace' };
  }
  const rule = visibleRule(i);
  if (rule) input['visibleRule'] = rule;
  return input;
}

/** Step outputs become output variables (`isOutput`), named in camelCase: `$(<step>.awsAccessKeyId)`. */
export function outputVariableName(output: string): string {
  return camelCase(output);
}

export function taskJson(): string {
  const handler = (target: string) => ({ Node24: { target }, Node20_1: { target } });
  const task = {
    $schema: 'https://raw.githubusercontent.com/Microsoft/azure-pipelines-task-lib/master/tasks.schema.json',
    id: TASK_ID,
    name: TASK_NAME,
    friendlyName: 'OIDC exchange: keyless Azure, AWS, Databricks and Google Cloud credentials',
    description:
      'Exchange the job’s OIDC token (a workload identity federation service connection, or the pipeline’s own) for short-lived Azure, AWS, Databricks or Google Cloud credentials for later steps: no stored secrets.',
    helpMarkDown:
      'Secret variables (`AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `DATABRICKS_TOKEN`…) reach a later script only through `env:` mappings. Generated from src/core/inputs.ts by `npm run gen`.',
    category: 'Deploy',
    visibility: ['Build', 'Release'],
    runsOn: ['Agent'],
    author: 'oidc-exchange',
    version: TASK_VERSION,
    minimumAgentVersion: MINIMUM_AGENT_VERSION,
    instanceNameFormat: 'OIDC exchange',
    groups: GROUPS,
    inputs: taskInputs().map(taskInput),
    outputVariables: OUTPUTS.map((o) => ({
      name: outputVariableName(o.name),
      description: taskText(o.description).replace(/Masked\.$/, 'Secret.'),
    })),
    execution: handler('dist/main/index.js'),
    // Runs when the job ends: removes the files this task wrote (the agent empties its temp folder too).
    postjobexecution: handler('dist/post/index.js'),
  };
  return `${JSON.stringify(task, null, 2)}\n`;
}

/** docs/inputs.md's table of the task's inputs (the action's table names the kebab-case inputs). */
export function taskInputsTable(): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  return [
    '| Task input | Default | Description |',
    '|---|---|---|',
    ...taskInputs().map((i) => {
      const value = i.azureDevOps?.default ?? i.default;
      const shown = value === undefined || value === '' ? '' : `\`${value}\``;
      return `| \`${camelCase(i.name)}\` | ${shown} | ${cell(taskText(i.azureDevOps?.description ?? i.description))} |`;
    }),
  ].join('\n');
}
