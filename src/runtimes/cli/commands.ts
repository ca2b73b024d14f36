/**
 * The command line's subcommands: the one table that the argument check, the "did you mean" and
 * the help read. A new subcommand is one entry here and one branch in main.ts.
 */
export interface CliCommand {
  name: string;
  /** How it is called, for the help's first lines. */
  synopsis: string;
  /** What it does, for the help. */
  summary: string;
}

export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'exchange',
    synopsis: 'oidc-exchange exchange [options]',
    summary:
      'verifies a CI OIDC token and exchanges it for short-lived Azure, AWS, Databricks or Google Cloud credentials, printed on stdout (for `eval`, a dotenv file or JSON). They are not renewed: ask for a session long enough for the job, or run it again.',
  },
  {
    name: 'explain',
    synopsis: 'oidc-exchange explain [options]',
    summary:
      'the dry run: exchanges nothing; shows the token’s claims beside every expectation, checks its signature, and prints the trust (Entra, AWS, Databricks, Google Cloud) that would accept it. Its report is for reading: never `eval` it.',
  },
  {
    name: 'trust',
    synopsis: 'oidc-exchange trust [--format terraform|shell] [options]',
    summary:
      'prints the trust that accepts this token for every target (nothing broader than --subject and --claims) as a Terraform file to commit (default) or shell commands (--format shell); exchanges nothing. With no token at hand (before a pipeline’s first run) it writes the trust from --issuer (GitHub’s by default), --subject and --claims alone.',
  },
  {
    name: 'credential-process',
    synopsis: 'oidc-exchange credential-process --inputs-file PATH',
    summary:
      'an AWS `credential_process` for a profile of your own, in a GitHub Actions or Azure Pipelines job: mints a fresh token from the job, assumes the role again and prints the JSON the AWS CLI and SDKs read. PATH is a JSON object of inputs (`{"aws-role-arn": …, "aws-region": …}`), no secret.',
  },
];

export const COMMAND_NAMES: readonly string[] = COMMANDS.map((c) => c.name);
