import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';

/**
 * Where `exchange` keeps the files it hands to later commands (the Azure federated token file,
 * the Google credentials file, the Azure CLI's folder): a new private folder (0700, `oidc-exchange-*`)
 * under the CI's own folder for the job when it names one, so that the CI's clean-up removes it
 * with the job and it never lands in a shared system temp folder; the system temp folder (TMPDIR)
 * only when no such folder is known, e.g. on a developer's machine.
 *
 * The variables, in this order: GitHub's RUNNER_TEMP and Azure Pipelines' AGENT_TEMPDIRECTORY
 * (emptied after each job), Jenkins' WORKSPACE_TMP (`<workspace>@tmp`, made when missing, removed
 * with the workspace), GitLab's CI_BUILDS_DIR (beside the checkout, never inside it, so no
 * artifact or cache path picks the token up).
 */
const JOB_FOLDERS = ['RUNNER_TEMP', 'AGENT_TEMPDIRECTORY', 'WORKSPACE_TMP', 'CI_BUILDS_DIR'] as const;

export function jobFolder(env: NodeJS.ProcessEnv): { path: string; variable: string | undefined } {
  for (const variable of JOB_FOLDERS) {
    const path = env[variable] ?? '';
    if (path === '') continue;
    if (isDirectory(path)) return { path, variable };
    // Jenkins names the folder before anything has made it; its workspace exists.
    if (variable === 'WORKSPACE_TMP' && isDirectory(dirname(path))) {
      mkdirSync(path, { recursive: true, mode: 0o700 });
      return { path, variable };
    }
  }
  return { path: tmpdir(), variable: undefined };
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
