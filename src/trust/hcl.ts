import { commentLine } from './shell-word.js';

/**
 * HCL (Terraform) text for values that may hold anything a claim can hold. A quoted HCL string is
 * a template: `${` and `%{` start interpolations and directives, so they are written `$${` and
 * `%%{`; `"` and `\` are escaped, and every control or line-separator character becomes `\uXXXX`
 * (or `\n`, `\r`, `\t`), so a value stays one line and one string. Comments hold text on one line.
 */
export function hclString(value: string): string {
  const body = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{')
    // `##vso[` is an Azure DevOps log command anywhere in a line: the second `#` is escaped.
    .replace(/(?<=#)#/g, '\\u0023')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
      if (c === '\n') return '\\n';
      if (c === '\r') return '\\r';
      if (c === '\t') return '\\t';
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
  return `"${body}"`;
}

export type HclValue = string | number | boolean | HclValue[] | { [key: string]: HclValue } | HclRaw;

/** An expression written as is (a reference such as `var.account_id`), never user text. */
export interface HclRaw {
  raw: string;
}

export const raw = (text: string): HclRaw => ({ raw: text });

/** A value as HCL, objects with quoted keys (any key is a valid quoted key), indented by `depth`. */
export function hclValue(value: HclValue, depth = 0): string {
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${pad}${hclValue(v, depth + 1)},`).join('\n')}\n${end}]`;
  }
  if ('raw' in value && typeof value.raw === 'string') return value.raw;
  const entries = Object.entries(value as Record<string, HclValue>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${hclString(k)} = ${hclValue(v, depth + 1)}`).join('\n')}\n${end}}`;
}

/** A block's attributes, one per line, `name = value` (names are ours, never user text). */
export function hclBlock(
  header: string,
  attributes: Array<[string, HclValue]>,
  comments: string[] = [],
): string {
  const lines = attributes.map(([name, value]) => `  ${name} = ${hclValue(value, 1)}`);
  return [...comments.map(hclComment), `${header} {`, ...lines, '}'].join('\n');
}

/** One comment line; text that could end it (a line break) is made visible, runner commands inert. */
export function hclComment(text: string): string {
  return commentLine('# ', text);
}

/** A Terraform name (resource label, variable): letters, digits, `_` and `-`, not starting with a digit. */
export function hclName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}
