import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { childProcess } from '../../core/child-process.js';
import { OidcExchangeError } from '../../core/errors.js';
import type { Export, TargetContext } from '../../core/target.js';
import { azCommand, findAz, type AzCommand, type AzHost } from './az-command.js';
import type { AzureSettings } from './definition.js';

/**
 * Logs the Azure CLI in with the verified token (what Azure/login does, docs/protocols.md §2.7), in a
 * job-private AZURE_CONFIG_DIR under the runner's temp folder: jobs sharing a persistent runner
 * never see each other's login (Azure/login #394), and the post step removes it.
 *
 * The token never goes on az's command line (every local user reads /proc/<pid>/cmdline): it is
 * passed as `--federated-token @<file>` (the CLI reads an argument's value from a file given as
 * `@path`), a 0600 file in the step's folder that exists only while `az login` runs.
 */
const CLI_TIMEOUT_MS = 120_000;

export async function azureCliLogin(
  settings: AzureSettings,
  ctx: TargetContext,
  platform: NodeJS.Platform = process.platform,
): Promise<Export[]> {
  const configDir = join(ctx.tempDir, 'azure-cli');
  const env = { ...ctx.childEnv, AZURE_CONFIG_DIR: configDir, AZURE_CORE_COLLECT_TELEMETRY: 'false' };
  const host: AzHost = { platform, env };
  const azPath = findAz(host);
  if (!azPath) {
    ctx.log.warning('`azure-cli-login` is on, but `az` is not on PATH: the Azure CLI was not logged in.');
    return [];
  }
  const az = async (args: string[]): Promise<void> => {
    let command: AzCommand;
    try {
      command = azCommand(azPath, args, host);
    } catch (error) {
      throw new OidcExchangeError(
        'AZURE_CLI_LOGIN_FAILED',
        `\`az ${args[0] ?? ''}\` was not run: ${(error as Error).message}.`,
        {
          hint: 'Run the job with a temp folder whose path has none of `"`, `%` or `!`.',
        },
      );
    }
    return runAz(command, args, env);
  };

  if (settings.cloud.name !== 'AzureCloud') await az(['cloud', 'set', '--name', settings.cloud.name]);
  const token = await ctx.tokens.current();
  const tokenFile = join(ctx.tempDir, `az-assertion-${randomBytes(8).toString('hex')}`);
  writePrivate(tokenFile, token);
  try {
    await az([
      'login',
      '--service-principal',
      '--username',
      settings.clientId,
      '--tenant',
      settings.tenantId,
      '--federated-token',
      `@${tokenFile}`,
      ...(settings.subscriptionId ? [] : ['--allow-no-subscriptions']),
      '--output',
      'none',
    ]);
  } finally {
    rmSync(tokenFile, { force: true });
  }
  if (settings.subscriptionId) await az(['account', 'set', '--subscription', settings.subscriptionId]);
  ctx.log.info(`Azure CLI logged in as ${settings.clientId} (AZURE_CONFIG_DIR=${configDir}).`);
  return [{ name: 'AZURE_CONFIG_DIR', value: configDir, secret: false, kind: 'env' }];
}

/** A new 0600 file; never through a planted file or link (O_EXCL, O_NOFOLLOW). */
function writePrivate(path: string, content: string): void {
  const fd = openSync(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o600,
  );
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

function runAz(command: AzCommand, args: string[], env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      command.file,
      command.args,
      {
        env,
        timeout: CLI_TIMEOUT_MS,
        maxBuffer: 1024 * 1024,
        windowsHide: true,
        windowsVerbatimArguments: command.windowsVerbatimArguments,
      },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const detail = String(stderr).trim().split('\n').slice(-3).join(' ');
        reject(
          new OidcExchangeError(
            'AZURE_CLI_LOGIN_FAILED',
            `\`az ${args[0]} ${args[1] ?? ''}\` failed: ${detail || `exit code ${String(error.code)}`}`,
            {
              hint: 'The token exchange itself succeeded; check the Azure CLI version (2.30 or later) and its output above.',
            },
          ),
        );
      },
    );
  });
}
