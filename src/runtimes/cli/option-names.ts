import { CLI_INPUTS } from './args.js';

/**
 * Messages from the core name the action's inputs (`aws-role-arn`, `token-source:
 * azure-managed-identity`); on the command line they are options, named as the user types them
 * (`--aws-role-arn`, `--token-source azure-managed-identity`).
 */
const NAMES = new Set(CLI_INPUTS.map((i) => i.name));

export function withCliOptionNames(text: string): string {
  return text
    .replace(/`([a-z0-9-]+)(?:: ([^`\n]*))?`/g, (whole, name: string, value: string | undefined) =>
      NAMES.has(name) ? `\`--${name}${value === undefined ? '' : ` ${value}`}\`` : whole,
    )
    .replace(/\bInput `--/g, 'Option `--');
}
