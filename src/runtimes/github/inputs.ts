import type { InputReader } from '../../core/inputs.js';
import type { RunInfo } from '../../core/target.js';
import { TARGET_ACTION_INPUT } from './target-action.js';

/**
 * Action inputs as the runner passes them: INPUT_<NAME> with spaces as underscores, upper case,
 * hyphens kept. A few inputs fall back to the standard variable of the same meaning.
 *
 * The per-target actions (actions/aws/action.yml…) run the same bundle with unprefixed inputs
 * (`role-arn` for `aws-role-arn`); they say so through a hidden input whose default names the
 * target, and then only that target's inputs (and the token inputs) exist.
 */
const ENV_FALLBACKS: Record<string, string> = {
  'azure-authority-host': 'AZURE_AUTHORITY_HOST',
};

const TARGET_PREFIXES = ['azure-', 'aws-', 'databricks-', 'gcp-'];

export function githubInputReader(env: NodeJS.ProcessEnv): InputReader {
  const raw = (name: string): string => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  const only = raw(TARGET_ACTION_INPUT).trim();
  return (name) => {
    let given: string;
    if (only && name.startsWith(`${only}-`)) given = raw(name.slice(only.length + 1));
    else if (only && TARGET_PREFIXES.some((p) => name.startsWith(p))) given = '';
    else given = raw(name);
    if (given.trim() !== '') return given;
    const fallback = ENV_FALLBACKS[name];
    return fallback ? (env[fallback] ?? '') : '';
  };
}

export function githubRunInfo(env: NodeJS.ProcessEnv): RunInfo {
  return { runId: env['GITHUB_RUN_ID'], runAttempt: env['GITHUB_RUN_ATTEMPT'], ci: 'github' };
}
