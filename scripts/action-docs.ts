/**
 * action.yml and docs/inputs.md's inputs/outputs tables, generated from the one table of inputs
 * (src/core/inputs.ts) so they cannot drift. `npm run gen` writes them; a test checks them.
 */
import { INPUTS, OUTPUTS, type InputSpec } from '../src/core/inputs.ts';
import {
  TARGET_ACTION_INPUT,
  TARGET_ACTIONS as TARGETS,
  targetActionNames,
  withActionInputNames,
} from '../src/runtimes/github/target-action.ts';

const q = (text: string): string => JSON.stringify(text); // a JSON string is a valid YAML scalar

/** The action's inputs: all but the Azure DevOps task's own (its service connection). */
const ACTION_INPUTS = INPUTS.filter((i) => i.only !== 'azure-devops');

type TargetGroup = 'azure' | 'aws' | 'databricks' | 'gcp';
const TARGET_NAMES: Record<TargetGroup, string> = {
  azure: 'Azure',
  aws: 'AWS',
  databricks: 'Databricks',
  gcp: 'Google Cloud',
};

/** The all-in-one action.yml, or with `target`, the per-target actions/<target>/action.yml. */
export function actionYml(target?: TargetGroup): string {
  const names = target ? targetActionNames(target, INPUTS) : undefined;
  const chosen = names ? ACTION_INPUTS.filter((i) => names.has(i.name)) : ACTION_INPUTS;
  const inputs = chosen.map((i) =>
    [
      `  ${names?.get(i.name) ?? i.name}:`,
      `    description: ${q(withActionInputNames(i.description, names))}`,
      `    required: false`,
      ...(i.default === undefined ? [] : [`    default: ${q(i.default)}`]),
    ].join('\n'),
  );
  if (target) {
    inputs.push(
      [
        `  ${TARGET_ACTION_INPUT}:`,
        `    description: ${q('Internal: tells the shared bundle that this is the per-target action. Leave it alone.')}`,
        `    required: false`,
        `    default: ${q(target)}`,
      ].join('\n'),
    );
  }
  const chosenOutputs = target
    ? OUTPUTS.filter((o) => o.name.startsWith(`${target}-`) || !/^(azure|aws|databricks|gcp)-/.test(o.name))
    : OUTPUTS;
  const outputs = chosenOutputs.map((o) => `  ${o.name}:\n    description: ${q(o.description)}`);
  const dist = target ? '../../dist' : 'dist';
  const what = target ? TARGET_NAMES[target] : 'Azure, AWS, Databricks or Google Cloud';
  return [
    `# Generated from src/core/inputs.ts by \`npm run gen\`; edit that file, not this one.`,
    `name: ${q(target ? `oidc-exchange/${target}` : 'oidc-exchange')}`,
    `description: ${q(`Verify the job’s OIDC token and exchange it for short-lived ${what} credentials: no stored secrets.`)}`,
    'author: oidc-exchange',
    'branding:',
    '  icon: key',
    '  color: blue',
    'inputs:',
    ...inputs,
    'outputs:',
    ...outputs,
    'runs:',
    '  using: node24',
    `  main: ${dist}/main/index.js`,
    `  post: ${dist}/post/index.js`,
    '  post-if: always()',
    '',
  ].join('\n');
}

export const TARGET_ACTIONS: readonly TargetGroup[] = TARGETS;

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function requirement(i: InputSpec): string {
  return i.requiredForTarget ? `for ${TARGET_NAMES[i.group as TargetGroup]}` : 'no';
}

export function inputsTable(): string {
  return [
    '| Input | Required | Default | Description |',
    '|---|---|---|---|',
    ...ACTION_INPUTS.map(
      (i) =>
        `| \`${i.name}\` | ${requirement(i)} | ${i.default === undefined ? '' : `\`${i.default}\``} | ${cell(i.description)} |`,
    ),
  ].join('\n');
}

export function outputsTable(): string {
  return [
    '| Output | Description |',
    '|---|---|',
    ...OUTPUTS.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
  ].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBlock(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} block`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}
