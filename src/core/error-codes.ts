/**
 * Every error code a user can see, with what it means and how to fix it. docs/troubleshooting.md's
 * table is generated from this object (`npm run gen`) and `ErrorCode` is its keys, so a new code is
 * one entry here, with its documentation beside it. Only the type is imported by the runtime code:
 * these strings are not in any bundle.
 */
export const ERROR_CODES = {
  INPUT_INVALID: [
    'an input has the wrong form, or a required one is missing',
    'the message names the input and the expected form',
  ],
  TOKEN_REQUEST_UNAVAILABLE: [
    'no `ACTIONS_ID_TOKEN_REQUEST_URL`/`_TOKEN` (or, on Azure Pipelines, no `System.OidcRequestUri` or job access token)',
    'add `permissions: id-token: write`; fork pull requests and Dependabot never get a token',
  ],
  TOKEN_REQUEST_FAILED: [
    'the CI (or the VM’s metadata service) did not hand out a token',
    'the message names the service and status; transient failures were already retried',
  ],
  TOKEN_MALFORMED: [
    'what the CI handed out is not a JWT (three base64url parts, a JSON header and payload)',
    'check the token file or variable given to the command line; on a runner, the token endpoint answered oddly: retry the job',
  ],
  CLAIM_MISMATCH: [
    'the token is not what `issuer`, `audience`, `subject` or `claims` expect',
    'the hint explains environment vs ref, case, immutable subjects, trailing slashes',
  ],
  TOKEN_TIME: ['the token is expired, or issued in the future', 'the runner’s clock is off: sync it (NTP)'],
  SIGNATURE_INVALID: [
    'the token is not RS256-signed by the expected issuer’s keys (it was sent nowhere)',
    'check `issuer`; for GHES use `https://HOST/_services/token`',
  ],
  DISCOVERY_FAILED: [
    'the issuer’s discovery document or keys could not be fetched, or name another issuer',
    'check `issuer` (byte for byte, no trailing slash) and that it is reachable',
  ],
  AZURE_TRUST_MISMATCH: [
    'AADSTS70021 / 700211 / 700212 / 700213 / 7002138: no federated credential matches',
    'run the printed `az ad app federated-credential create` command; new credentials take minutes to propagate',
  ],
  AZURE_ASSERTION_TIME: ['AADSTS700024: the token expired before Entra saw it', 'clock skew on the runner'],
  AZURE_APP_NOT_FOUND: [
    'AADSTS700016: no such application in the tenant',
    'wrong `azure-client-id`, tenant or cloud',
  ],
  AZURE_TENANT_NOT_FOUND: ['AADSTS90002: no such tenant', 'wrong `azure-tenant-id` or `azure-cloud`'],
  AZURE_ISSUER_UNREACHABLE: [
    'AADSTS50166: Entra could not fetch the issuer’s keys',
    'GHES must be reachable from the internet',
  ],
  AZURE_SCOPE_INVALID: ['AADSTS70011: the scope is not valid', 'one resource per `azure-scopes` entry'],
  AZURE_EXCHANGE_FAILED: [
    'Entra refused the token request for another reason, or did not answer properly',
    'the message quotes Entra’s code and description; transient failures were already retried',
  ],
  AZURE_CLI_LOGIN_FAILED: [
    '`az login` failed after a successful exchange',
    'see the CLI’s message; needs az 2.30+',
  ],
  AWS_ACCESS_DENIED: [
    '"Not authorized to perform sts:AssumeRoleWithWebIdentity": the trust policy does not match',
    'compare with the printed statement (case, `environment:` vs `ref:`, the provider host)',
  ],
  AWS_INVALID_IDENTITY_TOKEN: [
    'no IAM OIDC provider for the issuer, or the audience is not one of its client IDs',
    'add the provider or the audience in IAM (for a token with an `azp`, e.g. from Entra, its `azp`: the hint names it)',
  ],
  AWS_IDP_REJECTED_CLAIM: [
    'STS rejected a claim of the token',
    'check the IAM OIDC provider’s configuration',
  ],
  AWS_TOKEN_EXPIRED: ['STS saw an expired token', 'clock skew on the runner'],
  AWS_REGION_DISABLED: ['STS is not activated in `aws-region`', 'activate it, or choose another region'],
  AWS_POLICY_INVALID: ['the session policy is not valid', 'the message says what STS objected to'],
  AWS_POLICY_TOO_LARGE: [
    'the session policies are too large once packed',
    'shorten `aws-session-policy` or use fewer `aws-managed-policy-arns`',
  ],
  AWS_VALIDATION: [
    'STS refused a parameter: duration above the role’s maximum, bad session name',
    'the message says which',
  ],
  AWS_IDP_UNREACHABLE: [
    'IDPCommunicationError: STS could not fetch the issuer’s keys',
    'retried; if it persists, the issuer is unreachable from AWS',
  ],
  AWS_EXCHANGE_FAILED: [
    'STS answered with an error this table does not name, or not in its format',
    'the message quotes STS’s code; transient failures were already retried',
  ],
  AWS_ACCOUNT_NOT_ALLOWED: [
    'the assumed role belongs to an account that `aws-allowed-account-ids` does not list',
    'check the role ARN, or add the account to `aws-allowed-account-ids`; nothing was exported',
  ],
  DATABRICKS_TRUST_MISMATCH: [
    'no federation policy accepts the token (issuer, audience, subject, or the service principal)',
    'compare with the printed policy; check the audience that was sent',
  ],
  DATABRICKS_EXCHANGE_FAILED: [
    'Databricks did not answer properly',
    'transient failures were already retried',
  ],
  DATABRICKS_CHECK_FAILED: [
    'the token was issued but the workspace refused it',
    'add the service principal to the workspace, or pass `databricks-azure-workspace-resource-id` in entra mode',
  ],
  GCP_PROVIDER_NOT_FOUND: [
    'Google STS `invalid_target`: no such workload identity provider, or it or its pool is disabled',
    'check `gcp-workload-identity-provider` (the project number, not the id); or create the printed provider',
  ],
  GCP_TRUST_MISMATCH: [
    'Google STS `invalid_grant`: the provider does not accept the issuer, audience or token; or `google.subject` exceeds 127 bytes',
    'compare with the printed `gcloud iam workload-identity-pools providers create-oidc` command',
  ],
  GCP_CONDITION_REFUSED: [
    'Google STS: the provider’s attribute condition rejected the token’s claims',
    'compare the condition with the claims (`dry-run: true`); the printed command has one for this token',
  ],
  GCP_PERMISSION_DENIED: [
    '403 `iam.serviceAccounts.getAccessToken` (or `getOpenIdToken` for an ID token): the federated principal may not impersonate the service account, a link of `gcp-delegates` lacks `roles/iam.serviceAccountTokenCreator` on the next account, or an account does not exist',
    'run the printed `gcloud iam service-accounts add-iam-policy-binding …` commands: `roles/iam.workloadIdentityUser` without delegates, one `roles/iam.serviceAccountTokenCreator` per link of the chain with them',
  ],
  GCP_EXCHANGE_FAILED: [
    'Google STS or IAM Credentials refused for another reason, or did not answer properly',
    'the message quotes Google; transient failures were already retried',
  ],
  HTTP_FAILED: [
    'a service did not answer properly (status, body, or connection)',
    'the message names the service and status; transient failures were already retried',
  ],
  TIMEOUT: [
    'a service, or the proxy the message names, did not answer within `timeout-seconds`',
    'check the network and proxy settings (`HTTPS_PROXY`, `NO_PROXY`, the agent proxy); raise `timeout-seconds` for slow networks',
  ],
  REFRESH_FAILED: [
    'the credential refresher could not start, or a file it needs could not be written',
    'the message says why; `refresh: false` exports credentials that are not renewed',
  ],
  AWS_CONFIG_REFUSED: [
    '`aws-profile`: the `AWS_CONFIG_FILE` an earlier step left looks like oidc-exchange’s but fails a check (not in a private step folder directly under the runner’s temp folder, a link, another user’s, open to other users, or holding text oidc-exchange did not write), so its profiles are not kept',
    'the message says which check failed; unset `AWS_CONFIG_FILE` before the step or remove the file, and find out who wrote it',
  ],
  INTERNAL: [
    'an unexpected failure: a bug in oidc-exchange',
    'report it with the step log (it holds no secret)',
  ],
} as const satisfies Record<string, readonly [meaning: string, fix: string]>;

export type ErrorCode = keyof typeof ERROR_CODES;
