import type { InputSpec } from '../../core/inputs.js';

/**
 * The inputs table describes the action (its post step, later steps, renewal). Where that is not
 * what the command line does, its help says what the command line does instead; every other
 * input reads as in the action.
 */
const CLI_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'token-source':
    "`github`: the job's ID token, in GitHub Actions (elsewhere give --token-env or --token-file). `azure-managed-identity`: a token of the Azure VM's managed identity: Azure credentials directly, or a federated assertion for AWS and Databricks (then `issuer` is `https://login.microsoftonline.com/<tenant>/v2.0`).",
  'azure-scopes':
    'Resources to get access tokens for, in parallel, one per line or comma-separated: `arm`, `keyvault`, `storage`, `graph`, `ml`, `databricks`, or a full scope (`https://…/.default`).',
  'azure-cli-login':
    'Also log the Azure CLI in (when `az` is on PATH), in a private `AZURE_CONFIG_DIR` in the folder of files (see Output). The CLI keeps the assertion it logged in with: it works while the token is valid.',
  'aws-allowed-account-ids':
    'Accounts the credentials may belong to, one 12-digit id per line or comma-separated: nothing is printed when the assumed role is in another account.',
  'aws-role-chain':
    'Roles to assume after `aws-role-arn`, in order, one per line: `<role ARN> [external-id=<id>] [session-name=<name>]`. Each is assumed with `sts:AssumeRole` signed by the previous role’s credentials (chained sessions last at most an hour); the last one’s credentials are printed.',
  'databricks-auth':
    '`token`: `DATABRICKS_TOKEN` (short-lived). `oidc`, in GitHub Actions only: the settings with which the Databricks CLI and SDKs mint their own tokens (`DATABRICKS_AUTH_TYPE=github-oidc`, `DATABRICKS_CLIENT_ID`, `DATABRICKS_TOKEN_AUDIENCE`).',
  'gcp-service-account':
    'Service account e-mail to impersonate (the federated principal needs `roles/iam.workloadIdentityUser` on it). Empty: later commands use the federated identity directly (direct resource access).',
  'gcp-delegates':
    'Delegation chain to `gcp-service-account`: service account e-mails (or `projects/-/serviceAccounts/<e-mail>`), one per line or comma-separated, in order. The federated principal needs `roles/iam.serviceAccountTokenCreator` on the first, each on the next, the last on `gcp-service-account`. The credentials file printed names the same chain, so Google’s libraries impersonate the same way.',
  'gcp-id-token-audience':
    'Also mint a Google ID token of `gcp-service-account` for this audience (Cloud Run or Cloud Functions: the service URL, `https://…run.app`; IAP: its OAuth client id): the file `GCP_ID_TOKEN_FILE` (with `--format json`, also the token as output `gcp-id-token`); not renewed. Needs `gcp-service-account`.',
  'gcp-scopes':
    'OAuth scopes of the access tokens, one per line or comma-separated (`cloud-platform` is short for `https://www.googleapis.com/auth/cloud-platform`).',
};

export function cliDescription(input: InputSpec): string {
  return CLI_DESCRIPTIONS[input.name] ?? input.description;
}
