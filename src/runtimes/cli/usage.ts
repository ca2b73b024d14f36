import { INPUTS } from '../../core/inputs.js';
import { ACTION_ONLY_INPUTS } from './args.js';

/** `oidc-exchange --help`, with the inputs from the one table. */
export function usage(): string {
  const inputs = INPUTS.filter((i) => !ACTION_ONLY_INPUTS.has(i.name))
    .map((i) => `  --${i.name.padEnd(40)}${i.default === undefined ? '' : ` (default ${i.default})`}`)
    .join('\n');
  return `Usage: oidc-exchange exchange [options]
       oidc-exchange explain [options]
       oidc-exchange credential-process --inputs-file PATH

exchange  verifies a CI OIDC token and exchanges it for short-lived Azure, AWS, Databricks or
          Google Cloud credentials
explain   exchanges nothing: shows the token's claims beside every expectation, checks its signature,
          and prints the trust configuration (Entra, AWS, Databricks, Google Cloud) that would accept it
credential-process  an AWS credential_process: assumes the role again with a fresh OIDC token and prints
          the JSON the AWS CLI and SDKs read (the action's \`refresh\` writes the profile that runs it)

Where the token comes from (one of):
  GitHub Actions                            automatic, from ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN
  --token-file PATH                         a token in a file (Kubernetes, Jenkins, Buildkite, …)
  --token-env NAME                          a token in an environment variable (GitLab id_tokens, CircleCI)
                                            (a file or variable token needs --issuer, and is always verified)

Output (stdout; diagnostics go to stderr):
  --format env|dotenv|json                  shell \`export\` lines (default), a dotenv file, or JSON
  --output PATH                             write it to PATH (created 0600) instead of stdout

Inputs, as in the action (repeat --subject, --claims, --azure-scopes for several values):
${inputs}

Exit codes: 0 credentials printed; 1 the token or an exchange failed; 2 bad usage or input.
`;
}
