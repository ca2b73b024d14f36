/**
 * Runs the Azure DevOps task's committed bundle as the agent runs a Node task
 * (docs/protocols.md §6.6–6.8; azure-pipelines-agent TaskRunner.cs, Handler.cs, NodeHandler.cs):
 * `node tasks/OidcExchangeV1/dist/main/index.js` in System.DefaultWorkingDirectory, with
 * - INPUT_<NAME> for every input of task.json: its `defaultValue`, or the pipeline's value, both
 *   trimmed (TaskRunner.LoadDefaultInputs and the instance inputs merged over them);
 * - public variables under their env names (`Agent.ProxyUrl` → AGENT_PROXYURL) and their names in
 *   VSTS_PUBLIC_VARIABLES; secret variables only as SECRET_<NAME>, their names in
 *   VSTS_SECRET_VARIABLES (Handler.AddVariablesToEnvironment): the proxy password among them;
 * - the service connection and SystemVssConnection as ENDPOINT_URL_/ENDPOINT_AUTH_/
 *   ENDPOINT_AUTH_SCHEME_/ENDPOINT_AUTH_PARAMETER_/ENDPOINT_DATA_<id>; task variables as
 *   VSTS_TASKVARIABLE_<NAME>.
 * Both streams are read as the agent reads them (vso-commands.ts): a `##vso[` the task did not
 * write as its own command fails the run, as does a secret printed before its mask. A non-zero
 * exit code adds the agent's own error (`Exit code N returned from process …`), as the agent does.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FakeCloud } from '../fakes/cloud.ts';
import { issuedSecrets } from './leak-scan.ts';
import { repoRoot, startedRefreshers } from './run-action.ts';
import {
  markedMessageLines,
  parseVsoCommands,
  strayVsoLines,
  variablesOf,
  type TaskVariable,
  type VsoCommand,
} from './vso-commands.ts';
import { tempFolder } from './temp-folders.ts';
import { childEnv } from './child-env.ts';

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
  /** Pipeline or agent variables by name (`Agent.ProxyUrl`), as the agent hands them to a task. */
  variables?: Record<string, string>;
  /** Secret variables by name (`Agent.ProxyPassword`): SECRET_<NAME>, never the plain name. */
  secretVariables?: Record<string, string>;
  /** The step's task variables (what its main step set with task.settaskvariable), for the post-job step. */
  taskVariables?: Record<string, string>;
}

export interface TaskRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  commands: VsoCommand[];
  variables: Map<string, TaskVariable>;
  /** `task.complete`'s result (Succeeded, Failed…) and message. */
  result: { result: string; message: string } | undefined;
  /** Every error the log shows: the task's `task.issue type=error`, then the agent's own on a non-zero exit. */
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

/**
 * The agent passes every input of task.json, its default where the pipeline gives none; input
 * names are matched without regard to case, and values trimmed (AgentKnobs.DisableInputTrimming
 * is off by default).
 */
export function agentInputs(
  taskJsonInputs: TaskJsonInput[],
  given: Record<string, string>,
): Record<string, string> {
  const inputs = new Map<string, [string, string]>();
  for (const i of taskJsonInputs)
    inputs.set(i.name.trim().toLowerCase(), [i.name.trim(), (i.defaultValue ?? '').trim()]);
  for (const [name, value] of Object.entries(given)) {
    const key = name.trim().toLowerCase();
    inputs.set(key, [inputs.get(key)?.[0] ?? name.trim(), value.trim()]);
  }
  return Object.fromEntries(inputs.values());
}

function taskJsonInputs(folder: string): TaskJsonInput[] {
  return (JSON.parse(readFileSync(join(folder, 'task.json'), 'utf8')) as { inputs: TaskJsonInput[] }).inputs;
}

/** VarUtil.ConvertToEnvVariableFormat: `Agent.ProxyUrl` → `AGENT_PROXYURL`. */
export const envName = (name: string) => name.replace(/\./g, '_').replace(/ /g, '_').toUpperCase();

/** Variables the agent keeps secret: a test that hands them over plainly starts a task no agent starts. */
const NEVER_PLAIN = ['AGENT_PROXYPASSWORD'];

export function newAgentTemp(): string {
  const dir = join(tempFolder('oidc-exchange-agent-'), '_temp');
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
    [`ENDPOINT_DATA_${e.id}`]: JSON.stringify(
      Object.fromEntries(
        Object.entries(data)
          .filter((entry): entry is [string, string] => entry[1] !== undefined)
          .map(([k, v]) => [k.toLowerCase(), v]),
      ),
    ),
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
  const folder = options.taskFolder ?? taskDir;
  for (const name of NEVER_PLAIN)
    if (options.env?.[name] !== undefined)
      throw new Error(`the agent never hands a task ${name}: give it in secretVariables (SECRET_${name})`);
  const inputs = agentInputs(taskJsonInputs(folder), {
    ...(options.endpoint ? { azureSubscription: options.endpoint.id } : {}),
    ...options.inputs,
  });
  // The job's working folder beside Agent.TempDirectory (_work/1/s and _work/_temp on an agent).
  const workingDirectory = join(dirname(agentTemp), 's');
  mkdirSync(workingDirectory, { recursive: true });
  const variables: Record<string, string | undefined> = {
    'Agent.TempDirectory': agentTemp,
    'System.DefaultWorkingDirectory': workingDirectory,
    'System.OidcRequestUri': ado.oidcRequestUri,
    'System.CollectionId': ado.collectionId,
    'System.CollectionUri': ado.collectionUri,
    'System.TeamProject': ado.pipeline.project,
    'System.HostType': 'build',
    'System.JobAttempt': '1',
    'Build.BuildId': ado.pipeline.runId,
    ...options.variables,
  };
  const secrets = options.secretVariables ?? {};
  const env: Record<string, string | undefined> = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    TF_BUILD: 'True',
    ...Object.fromEntries(Object.entries(variables).map(([name, value]) => [envName(name), value])),
    ...Object.fromEntries(Object.entries(secrets).map(([name, value]) => [`SECRET_${envName(name)}`, value])),
    VSTS_SECRET_VARIABLES: JSON.stringify(Object.keys(secrets)),
    ENDPOINT_URL_SYSTEMVSSCONNECTION: ado.collectionUri,
    ENDPOINT_AUTH_SCHEME_SYSTEMVSSCONNECTION: 'OAuth',
    ENDPOINT_AUTH_SYSTEMVSSCONNECTION: JSON.stringify({
      parameters: { AccessToken: ado.accessToken },
      scheme: 'OAuth',
    }),
    ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: ado.accessToken,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${envName(name)}`, value])),
    ...(options.endpoint ? endpointEnv(options.endpoint) : {}),
    ...Object.fromEntries(
      Object.entries(options.taskVariables ?? {}).map(([name, value]) => [
        `VSTS_TASKVARIABLE_${envName(name)}`,
        value,
      ]),
    ),
    ...options.env,
  };
  // The public variables' names, of those still set after the test's own changes to the environment.
  env['VSTS_PUBLIC_VARIABLES'] = JSON.stringify(
    Object.keys(variables).filter((name) => env[envName(name)] !== undefined),
  );
  const script = join(folder, 'dist', options.entry ?? 'main', 'index.js');
  const { code, stdout, stderr } = await spawnTask(
    options.node ?? process.execPath,
    script,
    env,
    workingDirectory,
  );
  const commands = parseVsoCommands(stdout, stderr);
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
  const stopped =
    options.taskVariables?.['OIDC_EXCHANGE_REFRESHER'] ??
    options.env?.['VSTS_TASKVARIABLE_OIDC_EXCHANGE_REFRESHER'];
  if (stopped) startedRefreshers.delete(stopped);
  const leaks = findTaskLeaks(stdout, stderr, commands, summaries);
  if (leaks.length > 0) throw new Error(`secrets leaked by the task: ${leaks.join('; ')}`);
  const strays = strayVsoLines(stdout, stderr);
  if (strays.length > 0)
    throw new Error(`the agent would run commands the task did not write:\n${strays.join('\n')}`);
  const marked = markedMessageLines(commands);
  if (marked.length > 0)
    throw new Error(`the task's messages hold lines the agent's log reads as markers:\n${marked.join('\n')}`);
  const complete = commands.filter((c) => c.name === 'task.complete').at(-1);
  const errors = commands
    .filter((c) => c.name === 'task.issue' && c.properties['type'] === 'error')
    .map((c) => c.message);
  // The Node handler requires exit code 0: any other is the handler's failure, logged as one more error.
  if (code !== 0)
    errors.push(
      `Exit code ${code} returned from process: file name '${options.node ?? process.execPath}', arguments '"${script}"'.`,
    );
  return {
    exitCode: code,
    stdout,
    stderr,
    commands,
    variables: variablesOf(commands),
    result: complete && { result: complete.properties['result'] ?? '', message: complete.message },
    errors,
    summaries,
    taskVariables,
    agentTemp,
  };
}

function spawnTask(
  node: string,
  script: string,
  env: Record<string, string | undefined>,
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script], { env: childEnv(env), cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
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
