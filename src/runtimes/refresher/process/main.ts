import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { asOidcExchangeError } from '../../../core/errors.js';
import { createHttpClient } from '../../../core/http.js';
import { parsePlan } from '../../../core/plan.js';
import type { TokenSupply } from '../../../core/target.js';
import { azureCliLogin } from '../../../targets/azure/cli-login.js';
import type { AzureSettings } from '../../../targets/azure/definition.js';
import { TARGETS } from '../../../targets/index.js';
import { agentProxy, proxyFromEnvironment } from '../../shared/proxy-environment.js';
import { rebuildSource } from '../../shared/rebuild-source.js';
import { LOG_FILE, type RefresherOrder } from '../protocol.js';
import { replaceSecretFile } from './atomic-file.js';
import { startControlServer } from './control-server.js';
import { awsCredentialService } from './aws-service.js';
import { databricksTokens } from './databricks-service.js';
import { createMinter } from './mint.js';
import { cliLoginIntervalMs, fileRenewDelayMs, retryDelayMs } from '../protocol.js';
import { keepGcpIdTokenFresh } from './gcp-id-token-file.js';
import { targetRunner } from './target-run.js';

/**
 * The background refresher, started detached by the main step when `refresh` is on. It reads its
 * order (with the request token) from stdin, then for as long as the job can use it: rewrites the
 * federated token file with fresh, verified ID tokens, logs the Azure CLI in again, and serves
 * Databricks tokens on loopback. It has no stdout or stderr (the step must be able to end); its
 * log, which never holds a secret, is a file in the step's folder that the post step prints.
 *
 * It exits when the post step asks it to, when the step's folder is removed, when a new token is
 * refused for good (the job has ended, or the trust changed), or at the deadline (the job limit).
 */
async function main(): Promise<void> {
  const order = JSON.parse(await readStdin()) as RefresherOrder;
  const logFile = join(order.tempDir, LOG_FILE);
  const log = (line: string) => {
    try {
      appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`, { encoding: 'utf8', mode: 0o600 });
    } catch {
      // The folder is gone (the post step removed it): there is no one left to read the log.
    }
  };
  const plan = parsePlan((name) => order.inputs[name] ?? '', TARGETS, order.runInfo);
  const env = process.env;
  // The Azure DevOps agent's proxy comes in the order (it is no environment variable); else the environment's.
  const http = createHttpClient(
    order.proxy ? agentProxy(order.proxy.url, order.proxy.bypass, env) : proxyFromEnvironment(env),
    plan.timeoutMs,
  );
  const source = rebuildSource(order.source.recipe, order.source.secret, http, plan.timeoutMs);
  const minter = createMinter(plan, source, http);
  const deps = {
    http,
    log: { info: log, warning: log, debug: () => undefined },
    minter,
    tempDir: order.tempDir,
    childEnv: env,
  };

  let stopping = false;
  let wake: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (wake = resolve));
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    log(`stopping: ${reason}`);
    wake();
  };

  const dbRunner = order.databricksPath ? targetRunner(plan, 'databricks', deps) : undefined;
  const awsRunner = order.aws ? targetRunner(plan, 'aws', deps) : undefined;
  const aws =
    awsRunner && order.aws
      ? {
          authorization: order.aws.authorization,
          credentials: awsCredentialService(awsRunner, order.aws.seed),
        }
      : undefined;
  const server = await startControlServer({
    nonce: order.nonce,
    onStop: () => stop('the post step asked'),
    databricks:
      dbRunner && order.databricksPath
        ? { path: order.databricksPath, tokens: databricksTokens(dbRunner) }
        : undefined,
    aws,
    log,
    listener: order.listener,
  });
  process.send?.({ ready: true, port: server.port }, () => {
    if (process.connected) process.disconnect();
  });
  log(
    `started: ${order.tokenFiles.length} token file(s), Azure CLI ${order.azureCliLogin ? 'on' : 'off'}, Databricks ${dbRunner ? 'on' : 'off'}, AWS ${aws ? 'on' : 'off'}, until ${new Date(order.deadline).toISOString()}`,
  );

  const watchdog = setInterval(() => {
    if (Date.now() >= order.deadline) stop('the job time limit was reached');
    else if (!existsSync(order.tempDir)) stop("the step's folder was removed");
  }, 1_000);

  const azure = order.azureCliLogin ? targetRunner(plan, 'azure', deps) : undefined;
  const relogin = azure
    ? (token: string) =>
        azureCliLogin(
          azure.target.settings as AzureSettings,
          azure.context(fixed(token, azure.target.audience)),
        )
    : undefined;

  const pause = (ms: number) =>
    Promise.race([stopped, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);

  let renewals = 0;
  const keepFresh = async (file: RefresherOrder['tokenFiles'][number]) => {
    let retry: number | undefined;
    let lastLogin = Date.now(); // the main step has just logged in
    await pause(file.firstRenewalMs); // the main step has just written a fresh token
    while (!stopping) {
      let delay: number;
      try {
        const minted = await minter.mint(file.audience);
        if (stopping) break;
        if (replaceSecretFile(file.path, minted.token)) renewals++;
        if (relogin && Date.now() - lastLogin >= cliLoginIntervalMs(minted.iat, minted.exp)) {
          lastLogin = Date.now();
          await relogin(minted.token).catch((error: unknown) =>
            log(`Azure CLI login not renewed: ${asOidcExchangeError(error).message}`),
          );
        }
        retry = undefined;
        delay = fileRenewDelayMs(minted.iat, minted.exp);
      } catch (thrown) {
        const error = asOidcExchangeError(thrown);
        // A timeout is never a refusal: a silent proxy is not retried at once, but here it is later.
        if (!error.retryable && error.code !== 'TIMEOUT') {
          stop(`a new token was refused [${error.code}]: ${error.message}`);
          break;
        }
        retry = retryDelayMs(retry);
        delay = retry;
        log(`renewal failed, retrying in ${delay} ms [${error.code}]: ${error.message}`);
      }
      await pause(delay);
    }
  };
  const loops = order.tokenFiles.map((file) => keepFresh(file));
  const gcpRunner = order.gcpIdTokenFile ? targetRunner(plan, 'gcp', deps) : undefined;
  if (gcpRunner && order.gcpIdTokenFile) {
    const file = order.gcpIdTokenFile;
    loops.push(
      keepGcpIdTokenFresh({ runner: gcpRunner, minter, ...file, log, pause, stopping: () => stopping }),
    );
  }

  await stopped;
  clearInterval(watchdog);
  await Promise.race([Promise.allSettled(loops), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  await server.close();
  http.close();
  log(
    `stopped after ${renewals} token file renewal(s)${aws ? ` and ${aws.credentials.renewals} AWS role session(s)` : ''}`,
  );
}

/** The one token a re-login uses: already minted and verified. */
function fixed(token: string, audience: string): TokenSupply {
  return {
    current: () => Promise.resolve(token),
    fresh: () => Promise.resolve(token),
    subject: '',
    issuer: '',
    audience,
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // Before it is ready the main step is listening; afterwards there is no one to tell.
    const message = asOidcExchangeError(error).message;
    try {
      if (process.connected) process.send?.({ ready: false, error: message }, () => process.exit(1));
    } catch {
      // the channel closed meanwhile
    }
    setTimeout(() => process.exit(1), 1_000).unref();
  },
);
