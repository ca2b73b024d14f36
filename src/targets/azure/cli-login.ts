import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { OidcExchangeError } from '../../core/errors.js';
import type { Export, TargetContext } from '../../core/target.js';
import type { AzureSettings } from './definition.js';

/**
 * Logs the Azure CLI in with the verified token (what Azure/login does, docs/protocols.md §2.7), in a
 * job-private AZURE_CONFIG_DIR under the runner's temp folder: jobs sharing a persistent runner
 * never see each other's login (Azure/login #394), and the post step removes it.
 *
 * The CLI only takes the assertion as an argument (--federated-token); it is a 5-minute token for
 * the Entra audience only.
 */
const CLI_TIMEOUT_MS = 120_000;

export async function azureCliLogin(settings: AzureSettings, ctx: TargetContext): Promise<Export[]> {
  const configDir = join(ctx.tempDir, 'azure-cli');
  const env = { ...ctx.childEnv, AZURE_CONFIG_DIR: configDir, AZURE_CORE_COLLECT_TELEMETRY: 'false' };
  const az = async (args: string[]): Promise<void> => runAz(args, env);

  if (!(await isOnPath(env))) {
    ctx.log.warning('`azure-cli-login` is on, but `az` is not on PATH: the Azure CLI was not logged in.');
    return [];
  }
  if (settings.cloud.name !== 'AzureCloud') await az(['cloud', 'set', '--name', settings.cloud.name]);
  const token = await ctx.tokens.current();
  await az([
    'login',
    '--service-principal',
    '--username',
    settings.clientId,
    '--tenant',
    settings.tenantId,
    '--federated-token',
    token,
    ...(settings.subscriptionId ? [] : ['--allow-no-subscriptions']),
    '--output',
    'none',
  ]);
  if (settings.subscriptionId) await az(['account', 'set', '--subscription', settings.subscriptionId]);
  ctx.log.info(`Azure CLI logged in as ${settings.clientId} (AZURE_CONFIG_DIR=${configDir}).`);
  return [{ name: 'AZURE_CONFIG_DIR', value: configDir, secret: false, kind: 'env' }];
}

function isOnPath(env: Record<string, string | undefined>): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('az', ['version', '--output', 'none'], { env, timeout: CLI_TIMEOUT_MS }, (error) => {
      resolve(!error || (error as NodeJS.ErrnoException).code !== 'ENOENT');
    });
  });
}

function runAz(args: string[], env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'az',
      args,
      { env, timeout: CLI_TIMEOUT_MS, maxBuffer: 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        // Never error.message: it repeats the command line, and with it the token.
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
