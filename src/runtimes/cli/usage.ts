import { CLI_INPUTS } from './args.js';

const WIDTH = 100;
const COLUMN = 44;

/** `oidc-exchange --help`: every option with its description, the inputs from the one table. */
export function usage(): string {
  const inputs = CLI_INPUTS.map((i) =>
    option(`--${i.name}`, `${i.description}${i.default === undefined ? '' : ` (default ${i.default})`}`),
  ).join('\n');
  return `Usage: oidc-exchange exchange [options]
       oidc-exchange explain [options]
       oidc-exchange credential-process --inputs-file PATH
       oidc-exchange trust [--format terraform|shell] [options]
       oidc-exchange --version | --help

exchange  verifies a CI OIDC token and exchanges it for short-lived Azure, AWS, Databricks or
          Google Cloud credentials
explain   exchanges nothing: shows the token's claims beside every expectation, checks its signature,
          and prints the trust configuration (Entra, AWS, Databricks, Google Cloud) that would accept it
trust     prints the trust that accepts this token for every target (nothing broader than --subject and
          --claims) as a Terraform file to commit (default) or shell commands (--format shell)
credential-process  an AWS credential_process: assumes the role again with a fresh OIDC token and prints
          the JSON the AWS CLI and SDKs read (the action's \`refresh\` writes the profile that runs it)

Where the token comes from (one of):
${option('GitHub Actions', 'automatic, from ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN')}
${option('--token-file PATH', 'a token in a file (Kubernetes, Jenkins, Buildkite, …); read afresh each time')}
${option('--token-env NAME', 'a token in an environment variable (GitLab id_tokens, CircleCI)')}
${option('', 'A file or variable token needs --issuer, and its signature is always verified.')}

Output (stdout; diagnostics go to stderr):
${option('--format env|dotenv|json', 'shell `export` lines (default), a dotenv file, or JSON')}
${option('--output PATH', 'write it to PATH (created 0600) instead of stdout')}
${option('--inputs-file PATH', 'credential-process: the settings file the step wrote')}
${option('--version, -V', 'print the version and exit')}
${option('--help, -h', 'print this help and exit')}

Inputs, as in the action (repeat --subject, --claims, --azure-scopes for several values):
${inputs}

Exit codes: 0 credentials printed (explain: every expectation met, signature verified);
  1 the token or an exchange failed; 2 bad usage or input;
  3 explain: an expectation is not met or the signature was not verified.
`;
}

/** One option: its name, then its description wrapped at WIDTH under COLUMN. */
function option(name: string, description: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of description.split(/\s+/)) {
    if (line !== '' && COLUMN + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  const first = `  ${name}`;
  const pad = ' '.repeat(COLUMN);
  const head = first.length < COLUMN ? first.padEnd(COLUMN) + lines[0] : `${first}\n${pad}${lines[0]}`;
  return [head, ...lines.slice(1).map((l) => pad + l)].join('\n');
}
