/**
 * Writes action.yml, actions/<target>/action.yml, the task's task.json, the extension manifest's
 * version (package.json's), and the generated tables of docs/inputs.md (from src/core/inputs.ts)
 * and docs/troubleshooting.md (from src/core/error-codes.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TARGET_ACTIONS, actionYml, inputsTable, outputsTable, replaceBlock } from './action-docs.ts';
import { errorCodesTable } from './error-docs.ts';
import { PACKAGE_VERSION, TASK_FOLDER, taskJson, taskInputsTable } from './task-json.ts';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, 'action.yml'), actionYml());
for (const target of TARGET_ACTIONS) {
  mkdirSync(join(root, 'actions', target), { recursive: true });
  writeFileSync(join(root, 'actions', target, 'action.yml'), actionYml(target));
}
mkdirSync(join(root, 'tasks', TASK_FOLDER), { recursive: true });
writeFileSync(join(root, 'tasks', TASK_FOLDER, 'task.json'), taskJson());
const manifestPath = join(root, 'tasks', 'vss-extension.json');
const manifest = readFileSync(manifestPath, 'utf8');
writeFileSync(manifestPath, manifest.replace(/^( {2}"version": )"[^"]*"/m, `$1"${PACKAGE_VERSION}"`));

/** Rewrites the named generated blocks of one docs page. */
function generate(page: string, blocks: Record<string, string>): void {
  const path = join(root, page);
  let text = readFileSync(path, 'utf8');
  for (const [name, content] of Object.entries(blocks)) text = replaceBlock(text, name, content);
  writeFileSync(path, text);
}
generate('docs/inputs.md', {
  inputs: inputsTable(),
  outputs: outputsTable(),
  'task-inputs': taskInputsTable(),
});
generate('docs/troubleshooting.md', { 'error-codes': errorCodesTable() });
