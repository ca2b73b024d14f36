import { randomBytes } from 'node:crypto';
import type { InputReader } from '../../../core/inputs.js';
import type { Plan } from '../../../core/plan.js';
import type { PortableSource } from '../../../core/source-recipe.js';
import type { Export, RunInfo } from '../../../core/target.js';
import type { RunResult } from '../../../core/run.js';
import { decodeJwt } from '../../../core/jwt.js';
import { fileRenewDelayMs, persistentRefusalMs } from '../protocol.js';
import { credentialFilePath } from '../../shared/secret-file.js';
import {
  AWS_CONTAINERS_NOTE,
  awsContainerRenewal,
  awsProfileRenewal,
  type AwsRenewal,
} from './aws-renewal.js';
import type { RefresherOrder } from '../protocol.js';
import { givenInputs } from './given-inputs.js';
import { GCP_ID_TOKEN_FILE, GCP_TOKEN_FILE } from '../../../targets/gcp/token-file.js';

/**
 * `refresh: true`: turns a step's exports into renewable ones, per target, and says what the
 * background refresher must do (nothing, when no target needs it):
 * - Azure (federated): the token file stays, rewritten by the refresher; the Azure CLI is logged
 *   in again by it. Terraform needs nothing: with ARM_USE_OIDC it mints its own tokens from the
 *   CI's request variables, which every step of the job has (docs/protocols.md §2.7).
 * - AWS: no static keys in the environment; the refresher serves the role session on loopback to
 *   the container-credentials provider of the CLI and SDKs (aws-renewal.ts).
 * - Databricks (`databricks-auth: token`): DATABRICKS_AUTH_TYPE=metadata-service and the
 *   refresher's loopback URL; DATABRICKS_TOKEN stays for scripts, valid as long as it says.
 *   `databricks-auth: oidc` already renews itself.
 * - Google Cloud: the OIDC token file that the `external_account` credentials file names is
 *   rewritten by the refresher, like Azure's; the SDKs and gcloud exchange it themselves.
 */
export interface RefreshPreparation {
  /** Undefined when nothing needs a background process. */
  order: Omit<RefresherOrder, 'nonce' | 'deadline'> | undefined;
  /** The exports once the refresher listens on `port` (0 when there is none). */
  exports(port: number): Export[];
  /** What later steps get, for the log. */
  notes: string[];
}

export interface PrepareOptions {
  read: InputReader;
  runInfo: RunInfo;
  tempDir: string;
  source: PortableSource;
  /** How a named profile's credential_process runs: [node, .../dist/aws-process/index.js]. */
  awsProcessCommand: string[];
}

export function prepareRefresh(plan: Plan, result: RunResult, options: PrepareOptions): RefreshPreparation {
  const names = new Set(result.exports.map((e) => e.name));
  const targets = new Set(result.grants.map((g) => g.target));
  const notes: string[] = [];
  const tokenFiles: RefresherOrder['tokenFiles'] = [];
  let azureCliLogin = false;
  let databricksPath: string | undefined;
  let drop = new Set<string>();

  const azure = plan.targets.find((t) => t.definition.name === 'azure');
  const tokenFile = result.exports.find((e) => e.name === 'AZURE_FEDERATED_TOKEN_FILE');
  if (azure && tokenFile) {
    tokenFiles.push(tokenFileEntry('azure token file', azure.audience, tokenFile, options.tempDir));
    notes.push(
      'Azure SDKs: AZURE_FEDERATED_TOKEN_FILE is rewritten with a fresh token every tenth of its life.',
    );
    azureCliLogin = names.has('AZURE_CONFIG_DIR');
    if (azureCliLogin) notes.push('Azure CLI: logged in again with a fresh token every half token life.');
  }

  // Google's credentials file names a token file: the same renewal as Azure's, for its audience.
  const gcp = plan.targets.find((t) => t.definition.name === 'gcp');
  const gcpTokenFile = result.exports.find((e) => e.name === GCP_TOKEN_FILE);
  if (gcp && gcpTokenFile) {
    tokenFiles.push(tokenFileEntry('gcp token file', gcp.audience, gcpTokenFile, options.tempDir));
    notes.push(
      'Google Cloud: the token file of GOOGLE_APPLICATION_CREDENTIALS is rewritten with a fresh token every tenth of its life.',
    );
  }

  // Google's ID token (an hour's life) is renewed by ../process/gcp-id-token-file.ts.
  const gcpIdToken = result.exports.find((e) => e.name === GCP_ID_TOKEN_FILE);
  const gcpIdTokenFile =
    gcp && gcpIdToken
      ? {
          path: credentialFilePath(options.tempDir, gcpIdToken.name),
          firstRenewalMs: firstRenewalMs(gcpIdToken.value, 'Google'),
        }
      : undefined;
  if (gcpIdTokenFile)
    notes.push('Google Cloud: GCP_ID_TOKEN_FILE is rewritten with a fresh ID token every tenth of its life.');

  const aws = plan.targets.find((t) => t.definition.name === 'aws');
  let awsRenewal: AwsRenewal | undefined;
  if (aws && targets.has('aws')) {
    const { profile, region } = aws.settings as { profile: string | undefined; region: string };
    awsRenewal = profile
      ? awsProfileRenewal(result, {
          tempDir: options.tempDir,
          profile,
          region,
          command: options.awsProcessCommand,
        })
      : awsContainerRenewal(result);
    drop = awsRenewal.drop;
    notes.push(awsRenewal.note, AWS_CONTAINERS_NOTE);
  }

  const databricks = plan.targets.find((t) => t.definition.name === 'databricks');
  if (
    databricks &&
    (databricks.settings as { auth: string }).auth === 'token' &&
    names.has('DATABRICKS_TOKEN')
  ) {
    databricksPath = `/databricks/${randomBytes(24).toString('base64url')}`;
    notes.push(
      'Databricks: DATABRICKS_AUTH_TYPE=metadata-service, tokens renewed on demand by the refresher (DATABRICKS_TOKEN stays, for scripts, until it expires).',
    );
  }

  const needsProcess =
    tokenFiles.length > 0 ||
    databricksPath !== undefined ||
    awsRenewal !== undefined ||
    gcpIdTokenFile !== undefined;
  return {
    notes,
    order: needsProcess
      ? {
          source: options.source,
          inputs: givenInputs(options.read),
          runInfo: options.runInfo,
          tempDir: options.tempDir,
          tokenFiles,
          azureCliLogin,
          databricksPath,
          aws: awsRenewal?.order,
          gcpIdTokenFile,
          // Scales with the credentials' life so that the fakes' short sessions shorten it too.
          refusalLimitMs: persistentRefusalMs(result.expiresAt.getTime() - Date.now()),
        }
      : undefined,
    exports(port) {
      const out = result.exports
        .filter((e) => !(e.kind === 'env' && drop.has(e.name)))
        .map((e) =>
          databricksPath && e.name === 'DATABRICKS_AUTH_TYPE' ? { ...e, value: 'metadata-service' } : e,
        );
      if (databricksPath) {
        // The path is what authorises a caller: masked like a token.
        out.push({
          name: 'DATABRICKS_METADATA_SERVICE_URL',
          value: `http://127.0.0.1:${port}${databricksPath}`,
          secret: true,
          kind: 'env',
        });
      }
      return [...out, ...(awsRenewal?.exports(port) ?? [])];
    },
  };
}

/** A token file the refresher rewrites with fresh tokens for `audience` (Azure's, Google's). */
function tokenFileEntry(
  label: string,
  audience: string,
  file: Export,
  tempDir: string,
): RefresherOrder['tokenFiles'][number] {
  return {
    label,
    audience,
    path: credentialFilePath(tempDir, file.name),
    firstRenewalMs: firstRenewalMs(file.value, 'the step'),
  };
}

/** The step's tokens are fresh: the first renewal is due a tenth of their life from now. */
function firstRenewalMs(token: string, issuer: string): number {
  const { payload } = decodeJwt(token, issuer);
  return fileRenewDelayMs(Number(payload['iat'] ?? 0), Number(payload['exp'] ?? 0));
}
