/** Writes action.yml, the task's task.json and the README's generated tables from src/core/inputs.ts. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TARGET_ACTIONS, actionYml, inputsTable, outputsTable, replaceBlock } from './action-docs.ts';
import { TASK_FOLDER, taskJson, taskInputsTable } from './task-json.ts';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, 'action.yml'), actionYml());
for (const target of TARGET_ACTIONS) {
  mkdirSync(join(root, 'actions', target), { recursive: true });
  writeFileSync(join(root, 'actions', target, 'action.yml'), actionYml(target));
}
mkdirSync(join(root, 'tasks', TASK_FOLDER), { recursive: true });
writeFileSync(join(root, 'tasks', TASK_FOLDER, 'task.json'), taskJson());
const readmePath = join(root, 'README.md');
let readme = readFileSync(readmePath, 'utf8');
readme = replaceBlock(readme, 'inputs', inputsTable());
readme = replaceBlock(readme, 'outputs', outputsTable());
readme = replaceBlock(readme, 'task-inputs', taskInputsTable());
writeFileSync(readmePath, readme);
