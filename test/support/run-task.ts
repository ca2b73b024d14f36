/**
 * Runs the Azure DevOps task's committed bundle as the agent runs a Node task: `node
 * tasks/OidcExchangeV1/dist/main/index.js` with the variables the agent sets (docs/protocols.md §6.6,
 * §6.7): INPUT_<NAME> for every input (task.json's defaults included, as the agent fills them in),
 * the service connection as ENDPOINT_URL_/ENDPOINT_AUTH_/ENDPOINT_AUTH_SCHEME_/
 * ENDPOINT_AUTH_PARAMETER_/ENDPOINT_DATA_<id>, the SystemVssConnection endpoint with the job
 * access token, SYSTEM_OIDCREQUESTURI, SYSTEM_COLLECTIONID, AGENT_TEMPDIRECTORY. Its `##vso[…]`
 * lines are parsed, and the leak scan runs on them and on every uploaded summary.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeCloud } from '../fakes/cloud.ts';
import { issuedSecrets } from './leak-scan.ts';
import { repoRoot, spawnNode, startedRefreshers } from './run-action.ts';
import { parseVsoCommands, variablesOf, type TaskVariable, type VsoCommand } from './vso-commands.ts';

export const taskDir = join(repoRoot, 'tasks', 'OidcExchangeV1');

/** An Azure Resource Manager service connection as the agent describes it to a task. */
export interface EndpointSpec {
  id: string;
  scheme?: string;
  servicePrincipalId: string;
  tenantId: string;
  subscriptionId?: string;
  environment?: string;
  /** activeDirectoryAuthority: the connection's Entra authority, with the trailing slash the agent gives. */
  authorityHost?: string;
}

export interface TaskRunOptions {
  cloud: FakeCloud;
  inputs?: Record<string, string>;
  endpoint?: EndpointSpec;
  env?: Record<string, string | undefined>;
  node?: string;
  entry?: 'main' | 'post';
  /** Agent.TempDirectory, shared by the steps of one job. */
  agentTemp?: string;
  /** Another copy of the task's folder (default: tasks/OidcExchangeV1 of this repo). */
  taskFolder?: string;
}

export interface TaskRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  commands: VsoCommand[];
  variables: Map<string, TaskVariable>;
  /** `task.complete`'s result (Succeeded, Failed…) and message. */
  result: { result: string; message: string } | undefined;
  errors: string[];
  /** The markdown of every summary the step uploaded. */
  summaries: string[];
  taskVariables: Map<string, string>;
  agentTemp: string;
}

interface TaskJsonInput {
  name: string;
  defaultValue?: string;
}

/** The agent passes every input, with task.json's default where the pipeline gives none. */
function defaultInputs(): Record<string, string> {
  const task = JSON.parse(readFileSync(join(taskDir, 'task.json'), 'utf8')) as { inputs: TaskJsonInput[] };
  return Object.fromEntries(task.inputs.map((i) => [i.name, i.defaultValue ?? '']));
}

export function newAgentTemp(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'oidc-exchange-agent-')), '_temp');
  mkdirSync(dir);
  return dir;
}

function endpointEnv(e: EndpointSpec): Record<string, string> {
  const parameters = { serviceprincipalid: e.servicePrincipalId, tenantid: e.tenantId };
  const data: Record<string, string | undefined> = {
    SUBSCRIPTIONID: e.subscriptionId,
    SUBSCRIPTIONNAME: 'deploy-subscription',
    ENVIRONMENT: e.environment ?? 'AzureCloud',
    SCOPELEVEL: 'Subscription',
    ACTIVEDIRECTORYAUTHORITY: e.authorityHost ?? 'https://login.microsoftonline.com/',
  };
  return {
    [`ENDPOINT_URL_${e.id}`]: 'https://management.azure.com/',
    [`ENDPOINT_AUTH_${e.id}`]: JSON.stringify({
      parameters,
      scheme: e.scheme ?? 'WorkloadIdentityFederation',
    }),
    [`ENDPOINT_AUTH_SCHEME_${e.id}`]: e.scheme ?? 'WorkloadIdentityFederation',
    [`ENDPOINT_AUTH_PARAMETER_${e.id}_SERVICEPRINCIPALID`]: e.servicePrincipalId,
    [`ENDPOINT_AUTH_PARAMETER_${e.id}_TENANTID`]: e.tenantId,
    ...Object.fromEntries(
      Object.entries(data)
        .filter((entry): entry is [string, string] => entry[1] !== undefined)
        .map(([k, v]) => [`ENDPOINT_DATA_${e.id}_${k}`, v]),
    ),
  };
}

export async function runTask(options: TaskRunOptions): Promise<TaskRun> {
  const { cloud } = options;
  const ado = cloud.azureDevOps;
  const agentTemp = options.agentTemp ?? newAgentTemp();
  const inputs = {
    ...defaultInputs(),
    ...(options.endpoint ? { azureSubscription: options.endpoint.id } : {}),
    ...options.inputs,
  };
  const env: Record<string, string | undefined> = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    TF_BUILD: 'True',
    AGENT_TEMPDIRECTORY: agentTemp,
    SYSTEM_OIDCREQUESTURI: ado.oidcRequestUri,
    SYSTEM_COLLECTIONID: ado.collectionId,
    SYSTEM_COLLECTIONURI: ado.collectionUri,
    SYSTEM_TEAMPROJECT: ado.pipeline.project,
    SYSTEM_HOSTTYPE: 'build',
    SYSTEM_JOBATTEMPT: '1',
    BUILD_BUILDID: ado.pipeline.runId,
    ENDPOINT_URL_SYSTEMVSSCONNECTION: ado.collectionUri,
    ENDPOINT_AUTH_SCHEME_SYSTEMVSSCONNECTION: 'OAuth',
    ENDPOINT_AUTH_SYSTEMVSSCONNECTION: JSON.stringify({
      parameters: { AccessToken: ado.accessToken },
      scheme: 'OAuth',
    }),
    ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: ado.accessToken,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    ...(options.endpoint ? endpointEnv(options.endpoint) : {}),
    ...options.env,
  };
  const script = join(options.taskFolder ?? taskDir, 'dist', options.entry ?? 'main', 'index.js');
  const { code, stdout, stderr } = await spawnNode(options.node ?? process.execPath, [script], env);
  const commands = parseVsoCommands(stdout);
  const summaries = commands
    .filter((c) => c.name === 'task.uploadsummary')
    .map((c) => readFileSync(c.message, 'utf8'));
  const taskVariables = new Map(
    commands
      .filter((c) => c.name === 'task.settaskvariable')
      .map((c) => [c.properties['variable'] ?? '', c.message]),
  );
  // Stopped after the test file if no post-job step does (as the agent ends a job's leftover processes).
  const refresher = taskVariables.get('OIDC_EXCHANGE_REFRESHER');
  if (refresher) startedRefreshers.add(refresher);
  const stopped = options.env?.['VSTS_TASKVARIABLE_OIDC_EXCHANGE_REFRESHER'];
  if (stopped) startedRefreshers.delete(stopped);
  const leaks = findTaskLeaks(stdout, stderr, commands, summaries);
  if (leaks.length > 0) throw new Error(`secrets leaked by the task: ${leaks.join('; ')}`);
  const complete = commands.filter((c) => c.name === 'task.complete').at(-1);
  return {
    exitCode: code,
    stdout,
    stderr,
    commands,
    variables: variablesOf(commands),
    result: complete && { result: complete.properties['result'] ?? '', message: complete.message },
    errors: commands
      .filter((c) => c.name === 'task.issue' && c.properties['type'] === 'error')
      .map((c) => c.message),
    summaries,
    taskVariables,
    agentTemp,
  };
}

const SET_SECRET = '##vso[task.setsecret]';

/**
 * Every secret the fakes handed out appears in the log first right after its own
 * `##vso[task.setsecret]`; never on stderr or in a summary; in a variable only as its whole value.
 */
export function findTaskLeaks(
  stdout: string,
  stderr: string,
  commands: VsoCommand[],
  summaries: string[],
): string[] {
  const leaks: string[] = [];
  for (const secret of issuedSecrets()) {
    const where = (place: string) => leaks.push(`${secret.slice(0, 12)}… in ${place}`);
    const first = stdout.indexOf(secret);
    if (first >= 0 && !stdout.slice(0, first).endsWith(SET_SECRET)) where('stdout before its setsecret');
    if (stderr.includes(secret)) where('stderr');
    if (summaries.some((s) => s.includes(secret))) where('a summary');
    const partOfValue = commands.some(
      (c) => c.name === 'task.setvariable' && c.message.includes(secret) && c.message !== secret,
    );
    if (partOfValue) where('a variable it is not the whole value of');
  }
  return leaks;
}
