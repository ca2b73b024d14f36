/**
 * The names of the inputs the agent handed this step, read before azure-pipelines-task-lib loads:
 * task-lib moves every INPUT_* variable into its vault at load time and deletes it from the
 * environment, and offers no list of them afterwards. Only the names are kept (as INPUT_<NAME> →
 * 'given'), for the check of misspelt inputs (shared/unknown-inputs.ts).
 */
export const givenInputs: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env)
    .filter(([name, value]) => name.startsWith('INPUT_') && (value ?? '').trim() !== '')
    .map(([name]) => [name, 'given']),
);
