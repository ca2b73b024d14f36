import { withVariables, type ReaderWithVariables } from '../../core/endpoint-variables.js';
import { INPUTS } from '../../core/inputs.js';

/**
 * Command-line arguments: a command, then `--<input> value` (or `--<input>=value`) for every
 * input of the action, plus the CLI's own options. Input names are the action's, so a workflow's
 * `with:` block and a command line read the same.
 */
export interface CliArgs {
  command: string | undefined;
  help: boolean;
  version: boolean;
  inputs: Map<string, string>;
  tokenFile: string | undefined;
  tokenEnv: string | undefined;
  format: string;
  /** Write the result to this file (0600) instead of stdout. */
  output: string | undefined;
  /** credential-process: the step's non-secret inputs as JSON. */
  inputsFile: string | undefined;
  problems: string[];
}

const OWN_OPTIONS = new Set(['token-file', 'token-env', 'format', 'output', 'inputs-file']);
/** Inputs only the action has: `refresh` needs a post step to stop what it starts. */
export const ACTION_ONLY_INPUTS = new Set(['refresh']);
/** The inputs the command line offers: not the action's `refresh`, nor what only the task understands. */
export const CLI_INPUTS = INPUTS.filter((i) => !ACTION_ONLY_INPUTS.has(i.name) && i.only !== 'azure-devops');
const INPUT_NAMES = new Set(CLI_INPUTS.map((i) => i.name));

export function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = {
    command: undefined,
    help: false,
    version: false,
    inputs: new Map(),
    tokenFile: undefined,
    tokenEnv: undefined,
    format: 'env',
    output: undefined,
    inputsFile: undefined,
    problems: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      out.help = true;
      continue;
    }
    if (arg === '--version' || arg === '-V') {
      out.version = true;
      continue;
    }
    if (arg.startsWith('-') && !arg.startsWith('--') && arg !== '-') {
      out.problems.push(`unknown option ${arg}`);
      continue;
    }
    if (!arg.startsWith('--')) {
      if (out.command === undefined) out.command = arg;
      else out.problems.push(`unexpected argument '${arg}'`);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) {
      out.problems.push(`--${name} needs a value`);
    } else if (name === 'token-file') {
      out.tokenFile = value;
    } else if (name === 'token-env') {
      out.tokenEnv = value;
    } else if (name === 'format') {
      out.format = value;
    } else if (name === 'output') {
      out.output = value;
    } else if (name === 'inputs-file') {
      out.inputsFile = value;
    } else if (ACTION_ONLY_INPUTS.has(name)) {
      out.problems.push(
        `--${name} is the action's: \`exchange\` prints credentials that are not renewed (for AWS, a profile can run \`oidc-exchange credential-process\`)`,
      );
    } else if (INPUT_NAMES.has(name) && !OWN_OPTIONS.has(name)) {
      // Repeated multi-line inputs (subject, claims, azure-scopes) accumulate, one per line.
      const before = out.inputs.get(name);
      out.inputs.set(name, before === undefined ? value : `${before}\n${value}`);
    } else {
      out.problems.push(`unknown option --${name}`);
    }
  }
  return out;
}

/** `--azure-authority-host` falls back to AZURE_AUTHORITY_HOST, which the plan holds to Entra's own hosts. */
export function cliInputReader(args: CliArgs, env: NodeJS.ProcessEnv): ReaderWithVariables {
  const variableFor = (name: string): string | undefined =>
    name === 'azure-authority-host' &&
    args.inputs.get(name) === undefined &&
    (env['AZURE_AUTHORITY_HOST'] ?? '') !== ''
      ? 'AZURE_AUTHORITY_HOST'
      : undefined;
  return withVariables((name) => {
    const variable = variableFor(name);
    return variable ? (env[variable] ?? '') : (args.inputs.get(name) ?? '');
  }, variableFor);
}
