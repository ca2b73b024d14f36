/**
 * The environment the GitHub runner gives a JavaScript action's process (actions/runner,
 * src/Runner.Worker/Handlers/NodeScriptActionHandler.cs and the github/runner contexts): the job's
 * own variables, the runner's GITHUB_* and RUNNER_* variables, the Actions runtime pair, and the
 * step's file-command files. Nothing else of the test process leaks in.
 */
import { randomBytes } from 'node:crypto';

/** GITHUB_* and RUNNER_* of the job: also the `github` and `runner` contexts of `${{ }}` defaults. */
export function jobVariables(job: {
  dir: string;
  runnerTemp: string;
  workspace: string;
  eventPath: string;
}): Record<string, string> {
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_EVENT_PATH: job.eventPath,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'deploy',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '3',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_TEMP: job.runnerTemp,
    RUNNER_TOOL_CACHE: `${job.dir}/tool-cache`,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_ENVIRONMENT: 'github-hosted',
  };
}

/**
 * The Actions runtime variables every JavaScript action gets. The runner hands the same job token
 * as ACTIONS_RUNTIME_TOKEN and, with `id-token: write`, as ACTIONS_ID_TOKEN_REQUEST_TOKEN.
 */
export function runtimeVariables(requestToken: string | undefined): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: requestToken ?? randomBytes(24).toString('base64url'),
    ACTIONS_RUNTIME_URL: 'https://pipelines.actions.githubusercontent.invalid/runtime/',
    ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.invalid/',
    ACTIONS_CACHE_URL: 'https://artifactcache.actions.githubusercontent.invalid/cache/',
  };
}

/**
 * A `default:` as the runner evaluates it: `${{ … }}` in the contexts action.yml defaults may use
 * (github, runner; strategy, matrix and job are empty in a test) — `env`, `secrets`, `inputs` or
 * `steps` fail to load, as they do in the runner. A lone expression that finds nothing is an error
 * there too (a default must be a string); inside text it becomes ''.
 */
export function evaluateDefault(raw: string, variables: Record<string, string>): string {
  const lone = /^\$\{\{\s*([^}]*?)\s*\}\}$/.exec(raw);
  const value = (expression: string): string | undefined => {
    const match = /^(github|runner)\.([A-Za-z_][\w-]*)$/.exec(expression);
    if (!match) {
      throw new Error(
        `the runner cannot evaluate \`${expression}\` in an input default (contexts: github, strategy, matrix, job, runner)`,
      );
    }
    const [, context, name] = match as unknown as [string, string, string];
    return variables[`${context.toUpperCase()}_${name.toUpperCase()}`];
  };
  if (lone) {
    const result = value(lone[1] ?? '');
    if (result === undefined)
      throw new Error(`the input default ${raw} evaluates to null: the runner fails the step`);
    return result;
  }
  return raw.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => value(expression) ?? '');
}

/** `post-if` over the job's status, as the runner's status functions read it. */
export function postIfHolds(condition: string, status: 'success' | 'failure' | 'cancelled'): boolean {
  const functions: Record<string, boolean> = {
    'always()': true,
    'success()': status === 'success',
    'failure()': status === 'failure',
    'cancelled()': status === 'cancelled',
  };
  const term = (text: string): boolean => {
    const t = text.trim();
    if (t.startsWith('!')) return !term(t.slice(1));
    const known = functions[t];
    if (known === undefined)
      throw new Error(`post-if \`${condition}\`: the harness knows only the status functions`);
    return known;
  };
  return condition.split('||').some((any) => any.split('&&').every(term));
}
