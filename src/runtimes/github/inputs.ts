import { withVariables, type ReaderWithVariables } from '../../core/endpoint-variables.js';
import { INPUTS } from '../../core/inputs.js';
import type { RunInfo } from '../../core/target.js';
import type { InputNames } from '../shared/unknown-inputs.js';
import { isTargetAction, TARGET_ACTION_INPUT, targetActionNames } from './target-action.js';

/**
 * Action inputs as the runner passes them: INPUT_<NAME> with spaces as underscores, upper case,
 * hyphens kept; the runner sets one for every input action.yml declares (its default, or empty).
 * A few inputs fall back to the standard variable of the same meaning.
 *
 * In a per-target action (actions/aws/action.yml…) only the inputs that action declares exist,
 * under their names there (target-action.ts); any other reads as empty.
 */
const ENV_FALLBACKS: Record<string, string> = {
  'azure-authority-host': 'AZURE_AUTHORITY_HOST',
};

export interface GithubInputs {
  read: ReaderWithVariables;
  /** In a per-target action: full input name → the name its user wrote. */
  names: Map<string, string> | undefined;
}

export function githubInputs(env: NodeJS.ProcessEnv): GithubInputs {
  const raw = (name: string): string => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  const only = raw(TARGET_ACTION_INPUT).trim();
  const names = isTargetAction(only) ? targetActionNames(only, INPUTS) : undefined;
  const given = (name: string): string => {
    const own = names ? names.get(name) : name;
    return own === undefined ? '' : raw(own);
  };
  // The variable a value came from, so that the plan holds it to the cloud's own hosts.
  const variableFor = (name: string): string | undefined => {
    const fallback = ENV_FALLBACKS[name];
    return fallback && given(name).trim() === '' && (env[fallback] ?? '') !== '' ? fallback : undefined;
  };
  const read = withVariables((name) => {
    const variable = variableFor(name);
    return variable ? (env[variable] ?? '') : given(name);
  }, variableFor);
  return { read, names };
}

export function githubInputReader(env: NodeJS.ProcessEnv): ReaderWithVariables {
  return githubInputs(env).read;
}

export function githubRunInfo(env: NodeJS.ProcessEnv): RunInfo {
  return { runId: env['GITHUB_RUN_ID'], runAttempt: env['GITHUB_RUN_ATTEMPT'], ci: 'github' };
}

/** The inputs the action.yml in use declares, as its user writes them (for unknown-inputs.ts). */
export function githubInputNames(names: Map<string, string> | undefined): InputNames {
  const declared = new Map<string, string>(
    names
      ? [...names].map(([core, own]) => [own, core])
      : INPUTS.filter((i) => i.only !== 'azure-devops').map((i) => [i.name, i.name]),
  );
  declared.set(TARGET_ACTION_INPUT, TARGET_ACTION_INPUT);
  return { declared, envName: (name) => name.replace(/ /g, '_').toUpperCase() };
}
