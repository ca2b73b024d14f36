import type { InputReader } from '../../core/inputs.js';

/**
 * Action inputs as the runner passes them: INPUT_<NAME> with spaces as underscores, upper case,
 * hyphens kept. A few inputs fall back to the standard variable of the same meaning.
 */
const ENV_FALLBACKS: Record<string, string> = {
  'azure-authority-host': 'AZURE_AUTHORITY_HOST',
};

export function githubInputReader(env: NodeJS.ProcessEnv): InputReader {
  return (name) => {
    const given = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    if (given.trim() !== '') return given;
    const fallback = ENV_FALLBACKS[name];
    return fallback ? (env[fallback] ?? '') : '';
  };
}
