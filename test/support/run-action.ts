/**
 * Runs the committed bundle exactly as the GitHub runner starts a JavaScript action: it reads the
 * action.yml the workflow `uses:` (the main one or actions/<target>), sets INPUT_* for every input
 * that file declares (the workflow's value, else the evaluated `default:`, else ''), and starts
 * `runs.main` (or `runs.post`) of a copy of the action, without node_modules, in the job's
 * workspace, with the runner's environment and empty GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE /
 * GITHUB_STEP_SUMMARY / GITHUB_PATH files. Afterwards it reads stdout and stderr for workflow
 * commands as the runner does and fails on any the action did not mean to write.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stopRefresher } from '../../src/runtimes/refresher/step/stop.ts';
import { actionRoot, privateActionCopy } from './action-copy.ts';
import { loadAction, repoRoot } from './action-manifest.ts';
import { evaluateDefault, jobVariables, postIfHolds, runtimeVariables } from './job-env.ts';
import { findLeaks } from './leak-scan.ts';
import { parseFileCommands } from './runner-files.ts';
import { tempFolder } from './temp-folders.ts';
import {
  foreignCommands,
  markedAnnotationLines,
  workflowCommands,
  type WorkflowCommand,
} from './workflow-commands.ts';
import { childEnv } from './child-env.ts';

export { repoRoot };

export interface RunnerJob {
  /** RUNNER_TEMP, shared by the steps of one job. */
  runnerTemp: string;
  /** Where the job's runner files live. */
  dir: string;
  /** GITHUB_WORKSPACE: the steps' working directory. */
  workspace: string;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  env: Map<string, string>;
  outputs: Map<string, string>;
  state: Map<string, string>;
  summary: string;
  /** The raw GITHUB_ENV file, to check what never goes into it. */
  envFile: string;
  outputFile: string;
  /** Directories the step added to PATH (GITHUB_PATH). */
  path: string[];
  /** The workflow commands the runner acted on (all the action's own: anything else fails the run). */
  commands: WorkflowCommand[];
  /** How the step was started, for its post step (runPost). */
  step: RunOptions & { job: RunnerJob };
}

export function newJob(): RunnerJob {
  const dir = tempFolder('oidc-exchange-job-');
  const runnerTemp = join(dir, 'runner-temp');
  const workspace = join(dir, 'work', 'octo-repo', 'octo-repo');
  mkdirSync(runnerTemp);
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(dir, 'event.json'), '{}');
  return { dir, runnerTemp, workspace };
}

export interface RunOptions {
  entry?: 'main' | 'post';
  job?: RunnerJob;
  /** The step's `with:`: only inputs the action's action.yml declares. */
  inputs?: Record<string, string>;
  /** The step's or job's `env:` and what the runner adds (the request URL and token, STATE_*, proxies). */
  env?: Record<string, string | undefined>;
  /** Inputs the step writes that action.yml does not declare (a typo): the runner warns and passes them too. */
  undeclaredInputs?: Record<string, string>;
  node?: string;
  /** Another copy of the bundle's entry (default: the action copy's runs.main / runs.post). */
  script?: string;
  /** The action the workflow `uses:`: '' (default) or 'actions/aws', or `owner/oidc-exchange/actions/aws@v1`. */
  uses?: string;
  /** Gets a private copy of the action to change before the step runs (e.g. delete a chunk). */
  prepareCopy?: (actionDir: string) => void;
}

let counter = 0;

/** `port:nonce:pid` of every refresher a main step (action or task) started and no post step stopped. */
export const startedRefreshers = new Set<string>();

export async function stopStartedRefreshers(): Promise<void> {
  await Promise.all([...startedRefreshers].map((state) => stopRefresher(state)));
  startedRefreshers.clear();
}

/** INPUT_* for every input action.yml declares, as ActionRunner.cs merges `with:` and defaults. */
function inputVariables(
  uses: string,
  given: Record<string, string>,
  variables: Record<string, string>,
): Record<string, string> {
  const manifest = loadAction(uses);
  const declared = new Map([...manifest.inputs.keys()].map((name) => [name.toLowerCase(), name]));
  const unknown = Object.keys(given).filter((name) => !declared.has(name.toLowerCase()));
  if (unknown.length > 0) {
    throw new Error(
      `input(s) ${unknown.join(', ')} are not declared by ${manifest.path || '.'}/action.yml: no runner starts the action with them`,
    );
  }
  const values = new Map(Object.entries(given).map(([name, value]) => [name.toLowerCase(), value]));
  const result: Record<string, string> = {};
  for (const [name, raw] of manifest.inputs) {
    const value =
      values.get(name.toLowerCase()) ?? (raw === undefined ? '' : evaluateDefault(raw, variables));
    result[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return result;
}

export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const job = options.job ?? newJob();
  const uses = options.uses ?? '';
  const step = `step-${++counter}`;
  const files = {
    GITHUB_ENV: join(job.dir, `${step}.env`),
    GITHUB_OUTPUT: join(job.dir, `${step}.output`),
    GITHUB_STATE: join(job.dir, `${step}.state`),
    GITHUB_STEP_SUMMARY: join(job.dir, `${step}.summary`),
    GITHUB_PATH: join(job.dir, `${step}.path`),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  for (const name of Object.keys(options.env ?? {})) {
    if (/^INPUT_/i.test(name))
      throw new Error(`${name}: inputs come from \`inputs\` (the runner sets INPUT_* itself)`);
  }
  const variables = jobVariables({ ...job, eventPath: join(job.dir, 'event.json') });
  const env: Record<string, string | undefined> = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    // The job's `env:` trusts the fake cloud's test CA, as a self-hosted runner's might trust a corporate CA.
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    ...variables,
    ...runtimeVariables(options.env?.['ACTIONS_ID_TOKEN_REQUEST_TOKEN']),
    ...files,
    ...inputVariables(uses, options.inputs ?? {}, variables),
    ...Object.fromEntries(
      Object.entries(options.undeclaredInputs ?? {}).map(([n, v]) => [
        `INPUT_${n.replace(/ /g, '_').toUpperCase()}`,
        v,
      ]),
    ),
    ...options.env,
  };
  const manifest = loadAction(uses);
  const entry = options.entry ?? 'main';
  const relative = entry === 'post' ? manifest.post : manifest.main;
  if (!relative) throw new Error(`${manifest.path || '.'}/action.yml has no runs.${entry}`);
  let root = actionRoot();
  if (options.prepareCopy) {
    root = privateActionCopy(job.dir);
    options.prepareCopy(join(root, manifest.path));
  }
  const script = options.script ?? resolve(root, manifest.path, relative);
  const node = options.node ?? nodeFor(manifest.using);
  const { code, stdout, stderr } = await spawnNode(node, [script], env, 60_000, job.workspace);
  const read = (file: string) => readFileSync(file, 'utf8');
  const leaks = findLeaks({
    stdout,
    stderr,
    summary: read(files.GITHUB_STEP_SUMMARY),
    state: read(files.GITHUB_STATE),
    env: read(files.GITHUB_ENV),
    output: read(files.GITHUB_OUTPUT),
  });
  const state = parseFileCommands(read(files.GITHUB_STATE));
  const refresher = state.get('OIDC_EXCHANGE_REFRESHER');
  if (refresher) startedRefreshers.add(refresher);
  const stopped = options.env?.['STATE_OIDC_EXCHANGE_REFRESHER'];
  if (stopped) startedRefreshers.delete(stopped);
  if (leaks.length > 0) throw new Error(`secrets leaked by the step: ${leaks.join('; ')}`);
  const commands = workflowCommands(stdout, stderr);
  const foreign = foreignCommands(commands);
  if (foreign.length > 0) {
    throw new Error(
      `the runner would act on workflow command(s) the action did not mean to write:\n${foreign.map((c) => `  ${c.stream}: ${c.line}`).join('\n')}`,
    );
  }
  const marked = markedAnnotationLines(commands);
  if (marked.length > 0)
    throw new Error(`the action's annotations hold lines the log reads as markers:\n${marked.join('\n')}`);
  return {
    exitCode: code,
    stdout,
    stderr,
    env: parseFileCommands(read(files.GITHUB_ENV)),
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    state,
    summary: read(files.GITHUB_STEP_SUMMARY),
    envFile: read(files.GITHUB_ENV),
    outputFile: read(files.GITHUB_OUTPUT),
    path: read(files.GITHUB_PATH).split('\n').filter(Boolean),
    commands,
    step: { ...options, job },
  };
}

/** The runner's Node for `runs.using` (node24): this one when it is that version, else the node package's. */
function nodeFor(using: string): string {
  const major = using.replace(/^node/, '');
  if (process.versions.node.split('.')[0] === major) return process.execPath;
  const packaged = join(repoRoot, 'node_modules', 'node', 'bin', 'node');
  if (major === '24' && existsSync(packaged)) return packaged;
  throw new Error(
    `runs.using is ${using}, but no Node ${major} was found (this is Node ${process.versions.node})`,
  );
}

/**
 * The post step the runner registers for a main step: when `runs.post-if` holds for the job's
 * status, the same action and inputs, the main step's state as STATE_*, and the job's environment
 * at its end (what GITHUB_ENV exported included). Undefined when post-if does not hold.
 */
export async function runPost(
  main: ActionRun,
  options: { env?: Record<string, string | undefined>; status?: 'success' | 'failure' | 'cancelled' } = {},
): Promise<ActionRun | undefined> {
  const manifest = loadAction(main.step.uses ?? '');
  const status = options.status ?? (main.exitCode === 0 ? 'success' : 'failure');
  if (!manifest.post || !postIfHolds(manifest.postIf, status)) return undefined;
  const state = Object.fromEntries([...main.state].map(([name, value]) => [`STATE_${name}`, value]));
  const same: RunOptions = { ...main.step };
  delete same.prepareCopy; // the copy it made went with its own step
  delete same.script;
  return runAction({
    ...same,
    entry: 'post',
    env: { ...main.step.env, ...Object.fromEntries(main.env), ...state, ...options.env },
  });
}

export function spawnNode(
  node: string,
  args: string[],
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
  cwd?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { env: childEnv(env), cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Checks that every secret's first appearance in stdout is its own `::add-mask::` line. */
export function firstAppearanceIsMask(stdout: string, secret: string): boolean {
  const first = stdout.indexOf(secret);
  if (first < 0) return true;
  return stdout.slice(Math.max(0, first - '::add-mask::'.length), first) === '::add-mask::';
}
