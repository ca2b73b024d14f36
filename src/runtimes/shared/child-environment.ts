/**
 * The environment of the processes a step starts (`az`, the refresher): only what they need to
 * run, reach the network and be found by the runner; nothing of the step's inputs or the
 * runner's secrets (ACTIONS_ID_TOKEN_REQUEST_TOKEN, SYSTEM_ACCESSTOKEN, ENDPOINT_AUTH_*, SECRET_*).
 *
 * RUNNER_TRACKING_ID (GitHub) and VSTS_PROCESS_LOOKUP_ID (Azure DevOps) are how the runners find
 * the processes a job left behind, to end them when it is over: kept, so that they still can.
 * AZURE_POD_IDENTITY_AUTHORITY_HOST / IMDS_ENDPOINT point @azure/identity at a managed identity's
 * endpoint. Names are matched in any case: Windows keeps `Path`, `SystemRoot`, `ComSpec`.
 */
const PASSED_ENV =
  /^(PATH|PATHEXT|HOME|USERPROFILE|APPDATA|LOCALAPPDATA|SYSTEMROOT|SYSTEMDRIVE|WINDIR|COMSPEC|TEMP|TMP|TMPDIR|RUNNER_TEMP|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|HTTPS?_PROXY|NO_PROXY|LANG|LC_ALL|RUNNER_TRACKING_ID|VSTS_PROCESS_LOOKUP_ID|AZURE_POD_IDENTITY_AUTHORITY_HOST|IMDS_ENDPOINT|AZURE_EXTENSION_DIR)$/i;

export function childEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && PASSED_ENV.test(name)) out[name] = value;
  return out;
}
