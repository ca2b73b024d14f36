/**
 * action.yml and the README's inputs/outputs tables, generated from the one table of inputs
 * (src/core/inputs.ts) so they cannot drift. `npm run gen` writes them; a test checks them.
 */
import { INPUTS, OUTPUTS, type InputSpec } from '../src/core/inputs.ts';

const q = (text: string): string => JSON.stringify(text); // a JSON string is a valid YAML scalar

export function actionYml(): string {
  const inputs = INPUTS.map((i) =>
    [
      `  ${i.name}:`,
      `    description: ${q(i.description)}`,
      `    required: false`,
      ...(i.default === undefined ? [] : [`    default: ${q(i.default)}`]),
    ].join('\n'),
  );
  const outputs = OUTPUTS.map((o) => `  ${o.name}:\n    description: ${q(o.description)}`);
  return [
    '# Generated from src/core/inputs.ts by `npm run gen`; edit that file, not this one.',
    'name: oidc-exchange',
    `description: ${q('Verify the job’s OIDC token and exchange it for short-lived Azure credentials: no stored secrets.')}`,
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
    '  main: dist/main/index.js',
    '  post: dist/post/index.js',
    '  post-if: always()',
    '',
  ].join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function requirement(i: InputSpec): string {
  return i.requiredForTarget ? `for ${i.group === 'azure' ? 'Azure' : i.group}` : 'no';
}

export function inputsTable(): string {
  return [
    '| Input | Required | Default | Description |',
    '|---|---|---|---|',
    ...INPUTS.map(
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
  if (from < 0 || to < from) throw new Error(`README has no ${start} … ${end} block`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}
