/**
 * Later workflow steps (`run:`), as the runner starts them: the job's environment plus what the
 * earlier steps exported through GITHUB_ENV, in the job's workspace. Each runs a real client:
 * the AWS CLI, an Azure SDK credential (WorkloadIdentityCredential, what DefaultAzureCredential
 * uses with these variables), the Databricks SDK, google-auth-library.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ensureAwsCli } from './aws-cli.ts';
import { jobVariables } from './job-env.ts';
import { spawnNode, type ActionRun } from './run-action.ts';
import { childEnv } from './child-env.ts';

export function laterStepEnv(...runs: ActionRun[]): Record<string, string | undefined> {
  const job = runs[0]?.step.job;
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    ...(job ? jobVariables({ ...job, eventPath: join(job.dir, 'event.json') }) : {}),
    // With `id-token: write`, `run:` steps get the request pair too (ScriptHandler.cs).
    ACTIONS_ID_TOKEN_REQUEST_URL: runs[0]?.step.env?.['ACTIONS_ID_TOKEN_REQUEST_URL'],
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: runs[0]?.step.env?.['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
    ...(Object.fromEntries(runs.flatMap((run) => [...run.env])) as Record<string, string>),
  };
}

export interface LaterStep {
  code: number;
  stdout: string;
  stderr: string;
}

/** `aws <args>` with the job's environment; STS is redirected with --endpoint-url (the CLI ignores AWS_ENDPOINT_URL_STS). */
export function awsCli(args: string[], env: Record<string, string | undefined>): Promise<LaterStep> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined),
    );
    execFile(
      ensureAwsCli(),
      args,
      {
        env: childEnv({ AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'] ?? '', ...clean }),
        timeout: 60_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const support = import.meta.dirname;

/** An Azure SDK app: WorkloadIdentityCredential gets an ARM token; prints its claims. */
export async function azureSdk(env: Record<string, string | undefined>): Promise<Record<string, unknown>> {
  const result = await spawnNode(process.execPath, [join(support, 'later-step-azure.ts')], env);
  if (result.code !== 0) throw new Error(`the Azure SDK step failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

/** A Databricks app: the Databricks SDK configured from the environment asks who it is. */
export async function databricksSdk(env: Record<string, string | undefined>): Promise<{ userName: string }> {
  const result = await spawnNode(process.execPath, [join(support, 'later-step-databricks.ts')], env);
  if (result.code !== 0) throw new Error(`the Databricks SDK step failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { userName: string };
}

/**
 * A Google Cloud app (later-step-google.ts): google-auth-library from GOOGLE_APPLICATION_CREDENTIALS
 * in `env`, calling the fake's Resource Manager; the result as is, for the test to judge.
 */
export function googleAuthLibrary(
  google: { url: string; projectId: string },
  env: Record<string, string | undefined>,
): Promise<LaterStep> {
  return spawnNode(process.execPath, [join(support, 'later-step-google.ts')], {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    LATER_STEP_GOOGLE_API: google.url,
    LATER_STEP_GOOGLE_PROJECT: google.projectId,
    ...env,
  });
}

/** A Google Cloud app: google-auth-library's ADC reads the project from Resource Manager at `api`. */
export async function googleSdk(
  env: Record<string, string | undefined>,
  api: string,
): Promise<Record<string, unknown>> {
  const script = join(support, 'later-step-google.ts');
  const result = await spawnNode(process.execPath, [script], { ...env, LATER_STEP_GOOGLE_API: api });
  if (result.code !== 0) throw new Error(`the google-auth-library step failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}
