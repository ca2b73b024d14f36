/**
 * The one table of inputs. It drives parsing (plan.ts and each target's settings), docs/inputs.md's
 * inputs table, action.yml and the Azure DevOps task.json (scripts/gen-docs.ts), and a test checks
 * they all agree.
 */
export type InputGroup = 'general' | 'token' | 'azure' | 'aws' | 'databricks' | 'gcp';

/** How a form shows the input (task.json input types); plain text when absent. */
export type InputKind =
  | { type: 'boolean' }
  | { type: 'choice'; options: readonly string[] }
  | { type: 'lines' }
  | { type: 'serviceConnection'; endpointType: string };

export interface InputSpec {
  name: string;
  group: InputGroup;
  description: string;
  /** The default as shown to users; parsing applies the same default. */
  default?: string;
  /** Required whenever its group's target is used. */
  requiredForTarget?: boolean;
  kind?: InputKind;
  /** Offered by one runtime only (absent: by the GitHub Action and the Azure DevOps task). */
  only?: 'github' | 'azure-devops';
  /** What the Azure DevOps task shows instead (its own description or default). */
  azureDevOps?: { description?: string; default?: string; kind?: InputKind };
  /** Other targets' per-target actions that take it too, under this full name (Azure Databricks reads the Entra location). */
  alsoFor?: readonly InputGroup[];
}

/**
 * Inputs the Azure DevOps task never shows: it takes them from the Azure service connection
 * (`azure-subscription`), as Microsoft's own tasks do, so they cannot disagree with it.
 */
export const FROM_SERVICE_CONNECTION: Readonly<Record<string, string>> = {
  'azure-client-id': 'the connection’s service principal id',
  'azure-tenant-id': 'the connection’s tenant id',
  'azure-subscription-id': 'the connection’s subscription id',
  'azure-cloud': 'the connection’s environment',
  'azure-authority-host': 'the connection’s Active Directory authority',
};

/** `aws-role-arn` → `awsRoleArn`: task.json input names are camelCase (`^[A-Za-z][A-Za-z0-9]*$`). */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export const DEFAULT_GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'issuer',
    group: 'token',
    description:
      'Expected `iss` of the OIDC token, compared byte for byte (GHES: `https://HOST/_services/token`; enterprise issuers have a path).',
    default: DEFAULT_GITHUB_ISSUER,
    azureDevOps: {
      default: '',
      description:
        'Expected `iss` of the token, compared byte for byte. Default: either issuer Azure DevOps uses, `https://vstoken.dev.azure.com/<organization id>` or, for a connection on the Entra issuer, `<the connection’s authority>/<tenant>/v2.0`. Set it to accept only one.',
    },
  },
  {
    name: 'audience',
    group: 'token',
    description:
      "Audience to request and require in the token's `aud`. Default: each target's own (Azure: `api://AzureADTokenExchange`, or the sovereign cloud's).",
    // Azure DevOps issues its own audience (api://AzureADTokenExchange); a task cannot choose one.
    only: 'github',
  },
  {
    name: 'subject',
    group: 'token',
    description:
      'Expected `sub`: one or more patterns, one per line. Exact and case-sensitive; `*` matches any run of characters. Both `repo:owner/name:…` and immutable `repo:owner@id/name@id:…` forms are plain strings.',
    kind: { type: 'lines' },
    azureDevOps: {
      description:
        'Expected `sub`: one or more patterns, one per line, exact and case-sensitive; `*` matches any run of characters. A service connection’s token: `sc://<org>/<project>/<connection>` or, on the Entra issuer, `/eid1/c/pub/t/…/sc/<org id>/<connection id>`; the pipeline’s own token (no connection): `p://<org>/<project>/<pipeline>`.',
    },
  },
  {
    name: 'claims',
    group: 'token',
    description:
      'Other expected claims, one `name=pattern` per line, e.g. `repository_owner_id=123456` or `job_workflow_ref=octo-org/ci/.github/workflows/deploy.yml@*`.',
    kind: { type: 'lines' },
    azureDevOps: {
      description:
        'Other expected claims, one `name=pattern` per line. Only the pipeline’s own token carries more than the standard claims, e.g. `rpo_ref=refs/heads/main` or `def_id=42`.',
    },
  },
  {
    name: 'token-source',
    group: 'token',
    description:
      "`github`: the job's ID token. `azure-managed-identity`: a token of the Azure VM's managed identity (self-hosted runners on Azure): Azure credentials directly, or a federated assertion for AWS and Databricks (then `issuer` is `https://login.microsoftonline.com/<tenant>/v2.0`).",
    default: 'github',
    kind: { type: 'choice', options: ['github', 'azure-managed-identity'] },
    azureDevOps: {
      default: 'azure-devops',
      description:
        "`azure-devops`: the job's ID token, for the service connection `azureSubscription` when one is given, else the pipeline's own (`p://…`). `azure-managed-identity`: a token of the Azure VM's managed identity (self-hosted agents on Azure).",
      kind: { type: 'choice', options: ['azure-devops', 'azure-managed-identity'] },
    },
  },
  {
    name: 'azure-managed-identity-client-id',
    group: 'token',
    description: 'Client id of the user-assigned managed identity to use (default: the system-assigned one).',
  },
  {
    name: 'azure-managed-identity-resource-id',
    group: 'token',
    description: 'Or its Azure resource id.',
  },
  {
    name: 'verify-signature',
    group: 'token',
    description:
      "Verify the token's RS256 signature with the issuer's published keys (discovery `issuer` must equal `issuer`; `exp`, `nbf`, `iat` required).",
    default: 'true',
    kind: { type: 'boolean' },
  },
  {
    name: 'dry-run',
    group: 'general',
    description:
      'Exchange nothing: show the token’s claims beside every expectation, check its signature, and print the trust (Entra federated credential, AWS trust statement, Databricks policy) that would accept it.',
    default: 'false',
    kind: { type: 'boolean' },
  },
  {
    name: 'timeout-seconds',
    group: 'general',
    description:
      'Longest wait for any one request (token endpoint, issuer, cloud). Transient failures are retried within about a minute in all.',
    default: '15',
  },
  {
    name: 'refresh',
    group: 'general',
    description:
      'Keep the credentials renewable for the whole job (up to 6 h): a background refresher keeps `AZURE_FEDERATED_TOKEN_FILE` fresh (and re-logs the Azure CLI in), AWS a loopback credentials endpoint that renews the role session on demand (`AWS_CONTAINER_CREDENTIALS_FULL_URI`) instead of static keys, Databricks a loopback token service (`DATABRICKS_AUTH_TYPE=metadata-service`). The post step stops and removes it all. See "Long-running jobs".',
    default: 'true',
    kind: { type: 'boolean' },
    azureDevOps: {
      description:
        'Keep the credentials renewable for the whole job: a background refresher keeps `AZURE_FEDERATED_TOKEN_FILE` fresh (and re-logs the Azure CLI in), Databricks gets a loopback token service (`DATABRICKS_AUTH_TYPE=metadata-service`), AWS a loopback credentials endpoint that renews the role session on demand (`AWS_CONTAINER_CREDENTIALS_FULL_URI`; a step using it with the AWS CLI maps `AWS_CONTAINER_AUTHORIZATION_TOKEN: $(AWS_CONTAINER_AUTHORIZATION_TOKEN)`) instead of static keys. The post-job step stops it and removes its files. See "Long-running jobs".',
    },
  },
  {
    name: 'azure-subscription',
    group: 'azure',
    description:
      'Azure Resource Manager service connection using workload identity federation. Azure credentials come from its service principal, tenant, subscription and environment; AWS and Databricks then use its token too.',
    kind: { type: 'serviceConnection', endpointType: 'AzureRM' },
    only: 'azure-devops',
  },
  {
    name: 'azure-client-id',
    group: 'azure',
    description: 'Application (client) ID of the app registration or user-assigned managed identity (UUID).',
    requiredForTarget: true,
  },
  {
    name: 'azure-tenant-id',
    group: 'azure',
    description: 'Directory (tenant) ID (UUID) or a verified domain of the tenant.',
    requiredForTarget: true,
    alsoFor: ['databricks'],
  },
  {
    name: 'azure-subscription-id',
    group: 'azure',
    description: 'Subscription ID (UUID) exported for the Azure CLI, SDKs and Terraform. Optional.',
  },
  {
    name: 'azure-cloud',
    group: 'azure',
    description:
      '`AzureCloud`, `AzureUSGovernment` or `AzureChinaCloud`: sets the authority host, the default audience and the resource URLs.',
    default: 'AzureCloud',
    alsoFor: ['databricks'],
  },
  {
    name: 'azure-scopes',
    group: 'azure',
    description:
      'Resources to get access tokens for in this step, in parallel, one per line or comma-separated: `arm`, `keyvault`, `storage`, `graph`, `ml`, `databricks`, or a full scope (`https://…/.default`). The first is `azure-access-token`.',
    default: 'arm',
    kind: { type: 'lines' },
  },
  {
    name: 'azure-authority-host',
    group: 'azure',
    description:
      'Entra authority host override (Azure Stack, private clouds). With it, no other host is contacted (and `azure-cli-login` is refused: the CLI signs in only at its cloud’s own authority). Default: the cloud’s, or `AZURE_AUTHORITY_HOST` when it names an Entra authority host of a Microsoft cloud.',
    alsoFor: ['databricks'],
  },
  {
    name: 'azure-cli-login',
    group: 'azure',
    description:
      'Also log the Azure CLI in (when `az` is on PATH), in a job-private `AZURE_CONFIG_DIR` that the post step removes.',
    default: 'false',
    kind: { type: 'boolean' },
    azureDevOps: {
      description:
        'Also log the Azure CLI in (when `az` is on PATH), in a job-private `AZURE_CONFIG_DIR` under the agent’s temp folder, removed when the job ends.',
    },
  },
  {
    name: 'aws-role-arn',
    group: 'aws',
    description:
      'IAM role to assume with the OIDC token, e.g. `arn:aws:iam::123456789012:role/deploy` (partitions aws, aws-cn, aws-us-gov).',
    requiredForTarget: true,
  },
  {
    name: 'aws-region',
    group: 'aws',
    description:
      'Region whose STS endpoint is called (never the global one), exported as `AWS_REGION` and `AWS_DEFAULT_REGION`.',
    requiredForTarget: true,
  },
  {
    name: 'aws-session-name',
    group: 'aws',
    description:
      'Role session name (2–64 of letters, digits and `_+=,.@-`), shown in CloudTrail. Default: `oidc-exchange-<run id>-<attempt>`.',
  },
  {
    name: 'aws-duration-seconds',
    group: 'aws',
    description: "Session length, 900–43200 seconds, up to the role's maximum session duration.",
    default: '3600',
  },
  {
    name: 'aws-session-policy',
    group: 'aws',
    description: 'Inline session policy (JSON) that narrows the role for this session.',
    kind: { type: 'lines' },
  },
  {
    name: 'aws-managed-policy-arns',
    group: 'aws',
    description:
      'Up to 10 managed policy ARNs that narrow the role for this session, one per line or comma-separated.',
    kind: { type: 'lines' },
  },
  {
    name: 'aws-sts-endpoint',
    group: 'aws',
    description:
      'STS endpoint override (VPC endpoints, FIPS endpoints). Default: `https://sts.<region>.amazonaws.com` (`.com.cn` in China).',
    azureDevOps: {
      description:
        'STS endpoint override (VPC endpoints, FIPS endpoints). Default: the variable `AWS_ENDPOINT_URL_STS` when it names an AWS STS host (any other stops the task), else `https://sts.<region>.amazonaws.com` (`.com.cn` in China).',
    },
  },
  {
    name: 'aws-mask-account-id',
    group: 'aws',
    description:
      'Mask the account id in logs. It is not a secret, and masking it hides every output that contains it.',
    default: 'false',
    kind: { type: 'boolean' },
  },
  {
    name: 'aws-allowed-account-ids',
    group: 'aws',
    description:
      'Accounts the credentials may belong to, one 12-digit id per line or comma-separated: the step fails before exporting anything when the assumed role is in another account.',
    kind: { type: 'lines' },
  },
  {
    name: 'aws-role-chain',
    group: 'aws',
    description:
      'Roles to assume after `aws-role-arn`, in order, one per line: `<role ARN> [external-id=<id>] [session-name=<name>]`. Each is assumed with `sts:AssumeRole` signed by the previous role’s credentials (chained sessions last at most an hour); the last one’s credentials are exported, and renewal renews the whole chain.',
    kind: { type: 'lines' },
  },
  {
    name: 'aws-profile',
    group: 'aws',
    description:
      'Name of the AWS profile this step writes to its own AWS config file (`AWS_CONFIG_FILE`, in its private folder), renewed on its own; the file keeps the profiles of earlier oidc-exchange steps, so several steps, one per role, give `aws --profile <name>` each its own role for the whole job. An `AWS_CONFIG_FILE` that is not an earlier step’s is not read: later steps get this one instead. The post step removes the profile. Default: no profile; the credentials are the environment’s. Needs `refresh`.',
  },
  {
    name: 'databricks-host',
    group: 'databricks',
    description:
      'Workspace URL (`https://dbc-1234.cloud.databricks.com`, `https://adb-….azuredatabricks.net`) or account console URL (`https://accounts.cloud.databricks.com`).',
    requiredForTarget: true,
  },
  {
    name: 'databricks-client-id',
    group: 'databricks',
    description:
      'Application id (UUID) of the service principal whose federation policy should accept the token. Empty: the account-wide policies decide who the token is.',
  },
  {
    name: 'databricks-account-id',
    group: 'databricks',
    description: 'Databricks account id (UUID); required with an account console host.',
  },
  {
    name: 'databricks-mode',
    group: 'databricks',
    description:
      '`federation`: exchange the CI token at Databricks (any cloud). `entra` (Azure Databricks): an Entra token for the AzureDatabricks application, from `databricks-client-id`, `azure-tenant-id` and `azure-cloud`.',
    default: 'federation',
    kind: { type: 'choice', options: ['federation', 'entra'] },
    azureDevOps: {
      description:
        '`federation`: exchange the Azure DevOps token at Databricks (any cloud). `entra` (Azure Databricks): an Entra token for the AzureDatabricks application, from `databricksClientId` and the service connection’s tenant.',
    },
  },
  {
    name: 'databricks-azure-workspace-resource-id',
    group: 'databricks',
    description:
      'Entra mode: the workspace’s Azure resource id. With it, a service principal with Contributor on the workspace is added to it on first use (the SP-management headers).',
  },
  {
    name: 'databricks-auth',
    group: 'databricks',
    description:
      '`token`: later steps get `DATABRICKS_TOKEN` (short-lived). `oidc`: they get the settings with which the Databricks CLI and SDKs mint their own tokens for the whole job (`DATABRICKS_AUTH_TYPE=github-oidc`, `DATABRICKS_CLIENT_ID`, `DATABRICKS_TOKEN_AUDIENCE`).',
    default: 'token',
    kind: { type: 'choice', options: ['token', 'oidc'] },
    azureDevOps: {
      description:
        '`token`: later steps get `DATABRICKS_TOKEN` (short-lived, secret). `oidc`: they get the settings with which the Databricks CLI and SDKs mint their own tokens for the whole job (`DATABRICKS_AUTH_TYPE=azure-devops-oidc`, `DATABRICKS_CLIENT_ID`; map `SYSTEM_ACCESSTOKEN` into their step). They mint the pipeline’s own token (`p://…`), so `oidc` needs a step without `azureSubscription`.',
    },
  },
  {
    name: 'gcp-workload-identity-provider',
    group: 'gcp',
    description:
      'Google Cloud workload identity provider, by its full resource name: `projects/<project number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`. The default `audience` is `https://iam.googleapis.com/` followed by it.',
    requiredForTarget: true,
  },
  {
    name: 'gcp-service-account',
    group: 'gcp',
    description:
      'Service account e-mail to impersonate (the federated principal needs `roles/iam.workloadIdentityUser` on it). Empty: later steps use the federated identity directly (direct resource access).',
  },
  {
    name: 'gcp-project-id',
    group: 'gcp',
    description:
      'Project id exported as `GOOGLE_CLOUD_PROJECT`, `CLOUDSDK_CORE_PROJECT`, `CLOUDSDK_PROJECT`, `GCLOUD_PROJECT` and `GCP_PROJECT`. Default: the project of `gcp-service-account` (`name@<project>.iam.gserviceaccount.com`).',
  },
  {
    name: 'gcp-scopes',
    group: 'gcp',
    description:
      'OAuth scopes of `gcp-access-token` and of the later steps’ tokens, one per line or comma-separated (`cloud-platform` is short for `https://www.googleapis.com/auth/cloud-platform`).',
    default: 'cloud-platform',
    kind: { type: 'lines' },
  },
  {
    name: 'gcp-token-lifetime-seconds',
    group: 'gcp',
    description:
      'Lifetime of the service account’s access tokens, 60–43200 seconds (over 3600 needs the organisation policy `constraints/iam.allowServiceAccountCredentialLifetimeExtension`). Without `gcp-service-account` the federated token lives as long as Google STS says (an hour).',
    default: '3600',
  },
  {
    name: 'gcp-delegates',
    group: 'gcp',
    description:
      'Delegation chain to `gcp-service-account`: service account e-mails (or `projects/-/serviceAccounts/<e-mail>`), one per line or comma-separated, in order. The federated principal needs `roles/iam.serviceAccountTokenCreator` on the first, each on the next, the last on `gcp-service-account`. Later steps get the same chain through the credentials file.',
    kind: { type: 'lines' },
  },
  {
    name: 'gcp-id-token-audience',
    group: 'gcp',
    description:
      'Also mint a Google ID token of `gcp-service-account` for this audience (Cloud Run or Cloud Functions: the service URL, `https://…run.app`; IAP: its OAuth client id): output `gcp-id-token` (masked) and the file `GCP_ID_TOKEN_FILE`, kept fresh with `refresh`. Needs `gcp-service-account`.',
  },
  {
    name: 'gcp-id-token-include-email',
    group: 'gcp',
    description:
      'Put the service account’s `email` and `email_verified` claims in the ID token (some receivers, e.g. IAP, identify callers by them).',
    default: 'false',
    kind: { type: 'boolean' },
  },
  {
    name: 'gcp-sts-endpoint',
    group: 'gcp',
    description:
      'Google STS endpoint override (Private Service Connect, e.g. `https://sts-myendpoint.p.googleapis.com`). Default: `https://sts.googleapis.com`. Also written into the credentials file.',
  },
  {
    name: 'gcp-iam-credentials-endpoint',
    group: 'gcp',
    description:
      'IAM Credentials endpoint override (Private Service Connect). Default: `https://iamcredentials.googleapis.com`. Also written into the credentials file.',
  },
];

export interface OutputSpec {
  name: string;
  description: string;
}

export const OUTPUTS: readonly OutputSpec[] = [
  { name: 'subject', description: 'The verified `sub` of the OIDC token.' },
  { name: 'expires-at', description: 'Earliest expiry (ISO 8601) of the credentials this step issued.' },
  {
    name: 'azure-access-token',
    description: 'Access token for the first of `azure-scopes` (ARM by default). Masked.',
  },
  ...(['keyvault', 'storage', 'graph', 'ml', 'databricks', 'arm'] as const).map((alias) => ({
    name: `azure-access-token-${alias}`,
    description: `Access token for \`${alias}\` when it is listed in \`azure-scopes\` after the first entry. Masked.`,
  })),
  { name: 'aws-access-key-id', description: 'AWS access key id of the assumed-role session. Masked.' },
  { name: 'aws-secret-access-key', description: 'AWS secret access key. Masked.' },
  { name: 'aws-session-token', description: 'AWS session token. Masked.' },
  { name: 'aws-expiration', description: 'When the AWS credentials expire (ISO 8601).' },
  { name: 'aws-account-id', description: "The role's account id (masked only with `aws-mask-account-id`)." },
  {
    name: 'aws-assumed-role-arn',
    description:
      'ARN of the assumed-role session, e.g. `arn:aws:sts::123456789012:assumed-role/deploy/oidc-exchange-…`.',
  },
  { name: 'databricks-token', description: 'The Databricks access token (short-lived). Masked.' },
  {
    name: 'gcp-access-token',
    description:
      'Google Cloud access token: the service account’s, or the federated token without `gcp-service-account`. Masked.',
  },
  { name: 'gcp-expiration', description: 'When `gcp-access-token` expires (ISO 8601).' },
  {
    name: 'gcp-id-token',
    description:
      'Google ID token of `gcp-service-account` for `gcp-id-token-audience` (an hour’s life; later steps read the fresh one from the file `GCP_ID_TOKEN_FILE`). Masked.',
  },
  {
    name: 'gcp-credentials-file',
    description:
      'Path of the `external_account` credentials file (also `GOOGLE_APPLICATION_CREDENTIALS`), removed by the post step.',
  },
];

/** A further scope given as a URL gets an output named after its host, e.g. `azure-access-token-example-azure-net`. */
/** Reads one raw input by name ('' when absent), as every runtime delivers inputs: strings. */
export type InputReader = (name: string) => string;

const DECLARED = new Map(INPUTS.map((i) => [i.name, i]));
const booleanWord = (text: string): string =>
  /^(true|yes|on|1)$/i.test(text) ? 'true' : /^(false|no|off|0)$/i.test(text) ? 'false' : text;

/**
 * True when the input holds a value the user wrote: not empty, and not the default that action.yml
 * declares (the GitHub runner passes every declared default as INPUT_*, exactly as if the workflow
 * had written it). Whether a target is requested, and which checks run, is decided with this only.
 */
export function writtenByUser(read: InputReader, name: string): boolean {
  const spec = DECLARED.get(name);
  const value = read(name).trim();
  if (value === '' || spec?.default === undefined) return value !== '';
  return spec.kind?.type === 'boolean' ? booleanWord(value) !== spec.default : value !== spec.default;
}
