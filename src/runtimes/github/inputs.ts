import { withVariables, type ReaderWithVariables } from '../../core/endpoint-variables.js';
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

const TARGET_PREFIXES = ['azure-', 'aws-', 'databricks-'];

export function githubInputReader(env: NodeJS.ProcessEnv): ReaderWithVariables {
  const raw = (name: string): string => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  const only = raw(TARGET_ACTION_INPUT).trim();
  const given = (name: string): string => {
    if (only && name.startsWith(`${only}-`)) return raw(name.slice(only.length + 1));
    if (only && TARGET_PREFIXES.some((p) => name.startsWith(p))) return '';
    return raw(name);
  };
  // The variable a value came from, so that the plan holds it to the cloud's own hosts.
  const variableFor = (name: string): string | undefined => {
    const fallback = ENV_FALLBACKS[name];
    return fallback && given(name).trim() === '' && (env[fallback] ?? '') !== '' ? fallback : undefined;
  };
  return withVariables((name) => {
    const variable = variableFor(name);
    return variable ? (env[variable] ?? '') : given(name);
  }, variableFor);
}

export function githubRunInfo(env: NodeJS.ProcessEnv): RunInfo {
  return { runId: env['GITHUB_RUN_ID'], runAttempt: env['GITHUB_RUN_ATTEMPT'], ci: 'github' };
}
