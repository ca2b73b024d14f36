import { withVariables, type ReaderWithVariables } from '../../core/endpoint-variables.js';
import { didYouMean } from '../../core/did-you-mean.js';
import { INPUTS } from '../../core/inputs.js';
import { COMMAND_NAMES } from './commands.js';

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
  /** trust: what the azure target signs in as, `application` or `user-assigned` (a managed identity). */
  azureIdentity: string | undefined;
  problems: string[];
}

const OWN_OPTIONS = new Set(['token-file', 'token-env', 'format', 'output', 'inputs-file', 'azure-identity']);
/**
 * The action's and the task's inputs that the command line does not offer, each refused with what
 * to do instead: they need a post step (`refresh`, `aws-profile`: the command line has none to stop
 * a refresher or remove a profile), or they would make `exchange` print something other than
 * credentials inside an `eval` (`dry-run`: `explain` is the dry run), or only the task has them.
 */
export const NOT_OFFERED: Readonly<Record<string, string>> = {
  'dry-run':
    '`exchange` has no --dry-run: run `oidc-exchange explain` with the same options, which exchanges nothing',
  refresh:
    '`exchange` has no --refresh: it prints credentials that are not renewed (ask for a session long enough for the job, or run it again)',
  'aws-profile':
    '--aws-profile is the action’s and the task’s (a profile their refresher renews): `exchange` prints the credentials for `eval`, or writes them with --output',
  'azure-subscription':
    '--azure-subscription is the Azure DevOps task’s (a service connection): give --azure-client-id and --azure-tenant-id',
};
/** The inputs the command line offers, as options of the same names. */
export const CLI_INPUTS = INPUTS.filter((i) => !(i.name in NOT_OFFERED) && i.only !== 'azure-devops');
const INPUT_NAMES = new Set(CLI_INPUTS.map((i) => i.name));
/** Every option, for "did you mean". */
const ALL_OPTIONS = [...OWN_OPTIONS, ...INPUT_NAMES, 'help', 'version'];
/** A refused or unknown option's value is skipped too, so that it is not reported as a stray argument. */
const takesNext = (next: string | undefined) =>
  next !== undefined && !next.startsWith('-') && !COMMAND_NAMES.includes(next);
const unknownOption = (name: string) =>
  `unknown option --${name}${didYouMean(name, ALL_OPTIONS, (n) => `--${n}`)}`;

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
    azureIdentity: undefined,
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
      out.problems.push(
        `unknown option ${arg}${arg.length > 2 ? didYouMean(arg.slice(1), ALL_OPTIONS, (n) => `--${n}`) : ''}`,
      );
      continue;
    }
    if (!arg.startsWith('--')) {
      if (out.command === undefined) out.command = arg;
      else out.problems.push(`unexpected argument '${arg}'`);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    const refused = NOT_OFFERED[name];
    if (refused !== undefined) {
      if (eq < 0 && takesNext(argv[i + 1])) i++;
      out.problems.push(refused);
      continue;
    }
    if (!OWN_OPTIONS.has(name) && !INPUT_NAMES.has(name)) {
      if (eq < 0 && takesNext(argv[i + 1])) i++;
      out.problems.push(unknownOption(name));
      continue;
    }
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
    } else if (name === 'azure-identity') {
      out.azureIdentity = value;
    } else {
      // Repeated multi-line inputs (subject, claims, azure-scopes) accumulate, one per line.
      const before = out.inputs.get(name);
      out.inputs.set(name, before === undefined ? value : `${before}\n${value}`);
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
