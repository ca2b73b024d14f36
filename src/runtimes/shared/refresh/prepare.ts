import { randomBytes } from 'node:crypto';
import type { InputReader } from '../../../core/inputs.js';
import type { Plan } from '../../../core/plan.js';
import type { PortableSource } from '../../../core/source-recipe.js';
import type { Export, RunInfo } from '../../../core/target.js';
import type { RunResult } from '../../../core/run.js';
import { decodeJwt } from '../../../core/jwt.js';
import { fileRenewDelayMs } from '../../refresher/schedule.js';
import { credentialFilePath, writeSecretFile } from '../secret-file.js';
import { awsConfigFile, AWS_PROFILE_NAME } from './aws-profile.js';
import { givenInputs, RUN_INFO_KEY, type RefresherOrder } from './order.js';

/**
 * `refresh: true`: turns a step's exports into renewable ones, per target, and says what the
 * background refresher must do (nothing, when no target needs it):
 * - Azure (federated): the token file stays, rewritten by the refresher; the Azure CLI is logged
 *   in again by it. Terraform needs nothing: with ARM_USE_OIDC it mints its own tokens from the
 *   CI's request variables, which every step of the job has (docs/protocols.md §2.7).
 * - AWS: no static keys in the environment; AWS_CONFIG_FILE + AWS_PROFILE whose credential_process
 *   is the command line, with this step's non-secret inputs in a file beside it. No refresher.
 * - Databricks (`databricks-auth: token`): DATABRICKS_AUTH_TYPE=metadata-service and the
 *   refresher's loopback URL; DATABRICKS_TOKEN stays for scripts, valid as long as it says.
 *   `databricks-auth: oidc` already renews itself.
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
  /** How a later step runs oidc-exchange's command line: [node, .../dist/cli/index.js]. */
  cliCommand: string[];
}

const AWS_STATIC = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);

export function prepareRefresh(plan: Plan, result: RunResult, options: PrepareOptions): RefreshPreparation {
  const names = new Set(result.exports.map((e) => e.name));
  const targets = new Set(result.grants.map((g) => g.target));
  const notes: string[] = [];
  const tokenFiles: RefresherOrder['tokenFiles'] = [];
  let azureCliLogin = false;
  let databricksPath: string | undefined;
  const extra: Export[] = [];
  let drop = new Set<string>();

  const azure = plan.targets.find((t) => t.definition.name === 'azure');
  const tokenFile = result.exports.find((e) => e.name === 'AZURE_FEDERATED_TOKEN_FILE');
  if (azure && tokenFile) {
    // The step's own token is fresh: the first renewal is due a tenth of its life from now.
    const { payload } = decodeJwt(tokenFile.value, 'the step');
    tokenFiles.push({
      audience: azure.audience,
      path: credentialFilePath(options.tempDir, tokenFile.name),
      firstRenewalMs: fileRenewDelayMs(Number(payload['iat'] ?? 0), Number(payload['exp'] ?? 0)),
    });
    notes.push(
      'Azure SDKs: AZURE_FEDERATED_TOKEN_FILE is rewritten with a fresh token every tenth of its life.',
    );
    azureCliLogin = names.has('AZURE_CONFIG_DIR');
    if (azureCliLogin) notes.push('Azure CLI: logged in again with a fresh token every half token life.');
  }

  const aws = plan.targets.find((t) => t.definition.name === 'aws');
  if (aws && targets.has('aws')) {
    const settings = aws.settings as { region: string };
    const inputs = givenInputs(
      options.read,
      (group) => group === 'token' || group === 'general' || group === 'aws',
    );
    delete inputs['refresh'];
    delete inputs['dry-run'];
    // On Azure DevOps the plan also needs the job's facts (collection, service connection: the
    // accepted issuers and the token request), which a later step's environment does not hold.
    const azureDevOps = options.runInfo.ci === 'azure-devops' ? { [RUN_INFO_KEY]: options.runInfo } : {};
    const inputsFile = writeSecretFile(
      options.tempDir,
      'aws-credential-process.json',
      JSON.stringify({ ...inputs, ...azureDevOps }),
    );
    const command = [...options.cliCommand, 'credential-process', '--inputs-file', inputsFile];
    drop = AWS_STATIC;
    extra.push(
      {
        name: 'AWS_CONFIG_FILE',
        value: awsConfigFile(command, settings.region),
        secret: false,
        kind: 'file',
      },
      { name: 'AWS_PROFILE', value: AWS_PROFILE_NAME, secret: false, kind: 'env' },
    );
    notes.push(
      `AWS: profile ${AWS_PROFILE_NAME} (AWS_CONFIG_FILE, AWS_PROFILE) whose credential_process renews the role session; the static keys are step outputs only.`,
    );
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

  const needsProcess = tokenFiles.length > 0 || databricksPath !== undefined;
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
      return [...out, ...extra];
    },
  };
}
