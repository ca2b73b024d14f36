/**
 * A later step that signs in to Databricks as the Databricks SDKs' `azure-devops-oidc` auth type
 * does (databricks-sdk-go config/experimental/auth/oidc/azuredevops.go; the JS SDK has no such
 * type): from the job's variables it requests the ID token itself, POST
 * `{SYSTEM_TEAMFOUNDATIONCOLLECTIONURI}/{SYSTEM_TEAMPROJECTID}/_apis/distributedtask/hubs/
 * {SYSTEM_HOSTTYPE}/plans/{SYSTEM_PLANID}/jobs/{SYSTEM_JOBID}/oidctoken?api-version=7.2-preview.1`
 * with SYSTEM_ACCESSTOKEN and NO serviceConnectionId (so: the pipeline's own token), then
 * exchanges it at DATABRICKS_HOST's token endpoint for DATABRICKS_CLIENT_ID (RFC 8693).
 */
export interface SdkSignIn {
  /** The ID token the SDK minted. */
  idToken: string;
  /** The token endpoint's answer. */
  status: number;
  body: Record<string, unknown>;
}

export async function signInAsAzureDevOpsOidc(env: Record<string, string | undefined>): Promise<SdkSignIn> {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`azure-devops-oidc: missing env var ${name}`);
    return value;
  };
  const url =
    `${need('SYSTEM_TEAMFOUNDATIONCOLLECTIONURI')}/${need('SYSTEM_TEAMPROJECTID')}/_apis/distributedtask/hubs/` +
    `${need('SYSTEM_HOSTTYPE')}/plans/${need('SYSTEM_PLANID')}/jobs/${need('SYSTEM_JOBID')}/oidctoken?api-version=7.2-preview.1`;
  const minted = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${need('SYSTEM_ACCESSTOKEN')}` },
  });
  const idToken = ((await minted.json()) as { oidcToken?: string }).oidcToken ?? '';
  if (!idToken) throw new Error(`azure-devops-oidc: no token (HTTP ${minted.status})`);
  const exchanged = await fetch(`${need('DATABRICKS_HOST')}/oidc/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: idToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      scope: 'all-apis',
      client_id: need('DATABRICKS_CLIENT_ID'),
    }),
  });
  return { idToken, status: exchanged.status, body: (await exchanged.json()) as Record<string, unknown> };
}
