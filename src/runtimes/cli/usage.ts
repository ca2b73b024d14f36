import { CLI_INPUTS } from './args.js';
import { COMMANDS } from './commands.js';
import { cliDescription } from './input-descriptions.js';

const WIDTH = 100;
const COLUMN = 44;

/**
 * `oidc-exchange --help`: the subcommands (commands.ts), where the token comes from, the output,
 * every input with its description from the one table (in the command line's words), exit codes.
 * Printed only when asked for, on stdout; a usage error never prints it.
 */
export function usage(): string {
  const inputs = CLI_INPUTS.map((i) =>
    option(`--${i.name}`, `${cliDescription(i)}${i.default === undefined ? '' : ` (default ${i.default})`}`),
  ).join('\n');
  return `Usage: ${COMMANDS.map((c) => c.synopsis).join('\n       ')}
       oidc-exchange --version | --help

${COMMANDS.map((c) => option(c.name, c.summary, 22)).join('\n')}

Where the token comes from (one of):
${option('GitHub Actions', 'automatic, from ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN')}
${option('--token-file PATH', 'a token in a file (Kubernetes, Jenkins, Buildkite, …); read afresh each time')}
${option('--token-env NAME', 'a token in an environment variable (GitLab id_tokens, CircleCI, Bitbucket)')}
${option('', 'A file or variable token needs --issuer, and its signature is always verified.')}
${option('none (trust only)', 'the trust is written from --issuer, --subject and --claims (an Azure DevOps subject needs --issuer with the organization or tenant id)')}

Output (stdout; diagnostics go to stderr; on any failure stdout stays empty):
${option('--format env|dotenv|json', 'shell `export` lines (default), a dotenv file, or JSON')}
${option('--format terraform|shell', 'trust: a Terraform file (default) or shell commands')}
${option('--output PATH', 'write it to PATH (created 0600) instead of stdout')}
${option('--inputs-file PATH', 'credential-process: the JSON file of its inputs')}
${option('--azure-identity KIND', 'trust: what --azure-client-id names, `application` (an app registration, the default) or `user-assigned` (a user-assigned managed identity: its federated credentials, one exact subject each)')}
${option('--version, -V', 'print the version and exit')}
${option('--help, -h', 'print this help and exit')}
${option('', 'Files for later commands (AZURE_FEDERATED_TOKEN_FILE, GOOGLE_APPLICATION_CREDENTIALS) go to a new 0700 folder oidc-exchange-* under the job’s folder: RUNNER_TEMP, AGENT_TEMPDIRECTORY, WORKSPACE_TMP (Jenkins) or CI_BUILDS_DIR (GitLab), else TMPDIR. The CI removes it with the job; elsewhere remove it when done.')}

Inputs (the GitHub Action's input names, as options; repeat --subject, --claims, --azure-scopes for
several values):
${inputs}

Exit codes: 0 credentials printed (explain: every expectation met, signature verified; trust:
  the trust printed); 1 the token or an exchange failed; 2 bad usage or input (found before any
  request); 3 explain, trust: an expectation is not met or the signature was not verified (trust
  still prints the trust for your patterns, which would refuse this token).
`;
}

/** One option (or command): its name, then its description wrapped at WIDTH under `column`. */
function option(name: string, description: string, column = COLUMN): string {
  const lines: string[] = [];
  let line = '';
  for (const word of description.split(/\s+/)) {
    if (line !== '' && column + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  const first = `  ${name}`;
  const pad = ' '.repeat(column);
  const head = first.length < column ? first.padEnd(column) + lines[0] : `${first}\n${pad}${lines[0]}`;
  return [head, ...lines.slice(1).map((l) => pad + l)].join('\n');
}
