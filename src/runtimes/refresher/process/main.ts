import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { asOidcExchangeError, OidcExchangeError } from '../../../core/errors.js';
import { createHttpClient } from '../../../core/http.js';
import { parsePlan } from '../../../core/plan.js';
import type { TokenSupply } from '../../../core/target.js';
import { azureCliLogin } from '../../../targets/azure/cli-login.js';
import type { AzureSettings } from '../../../targets/azure/definition.js';
import { TARGETS } from '../../../targets/index.js';
import { agentProxy, proxyFromEnvironment } from '../../shared/proxy-environment.js';
import { rebuildSource } from '../../shared/rebuild-source.js';
import { LOG_FILE, type RefresherOrder } from '../protocol.js';
import { startControlServer } from './control-server.js';
import { awsCredentialService } from './aws-service.js';
import { databricksTokens } from './databricks-service.js';
import { createMinter } from './mint.js';
import type { TargetStatus } from '../protocol.js';
import { cliLogin, tokenFile } from './token-file.js';
import { statusBoard } from './status-file.js';
import { GCP_ID_TOKEN_LABEL, gcpIdTokenFile } from './gcp-id-token-file.js';
import { targetRunner } from './target-run.js';

/**
 * The background refresher, started detached by the main step when `refresh` is on. It reads its
 * order (with the request token) from stdin, then for as long as the job can use it: rewrites the
 * federated token file with fresh, verified ID tokens, logs the Azure CLI in again, and serves
 * Databricks tokens on loopback. It has no stdout or stderr (the step must be able to end); its
 * log, which never holds a secret, is a file in the step's folder that the post step prints.
 *
 * It keeps its listener until the post step asks it to stop, or the job's end shows otherwise (the
 * step's folder removed; the runner ends the job's processes); the deadline is a backstop past the
 * job's longest life. A refused renewal never ends it: what is held is served while valid, and a
 * target whose refusal persists answers with the cause. Its story (status-file.ts) is what the
 * post step prints.
 */
async function main(): Promise<void> {
  const order = parseOrder(await readStdin());
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

  const board = statusBoard(order.tempDir);
  // A refusal must persist this long before a target's renewal stops (protocol.ts persistentRefusalMs).
  const refusalLimitMs = order.refusalLimitMs ?? 5 * 60_000;
  const tracked = (name: string) => ({
    log,
    refusalLimitMs,
    onChange: (status: TargetStatus) => board.update(name, status),
  });

  let stopping = false;
  let wake: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (wake = resolve));
  const stop = (reason: string, byPostStep = false) => {
    if (stopping) return;
    stopping = true;
    log(`stopping: ${reason}`);
    board.stopped(reason, byPostStep);
    wake();
  };

  const dbRunner = order.databricksPath ? targetRunner(plan, 'databricks', deps) : undefined;
  const awsRunner = order.aws ? targetRunner(plan, 'aws', deps) : undefined;
  const aws =
    awsRunner && order.aws
      ? {
          authorization: order.aws.authorization,
          credentials: awsCredentialService(awsRunner, order.aws.seed, tracked('aws')),
        }
      : undefined;
  const databricks =
    dbRunner && order.databricksPath ? databricksTokens(dbRunner, tracked('databricks')) : undefined;
  const server = await startControlServer({
    nonce: order.nonce,
    onStop: () => stop('the post step asked', true),
    databricks:
      databricks && order.databricksPath ? { path: order.databricksPath, tokens: databricks } : undefined,
    aws,
    log,
    listener: order.listener,
  });
  process.send?.({ ready: true, port: server.port }, () => {
    if (process.connected) process.disconnect();
  });
  log(
    `started: ${order.tokenFiles.length} token file(s), Azure CLI ${order.azureCliLogin ? 'on' : 'off'}, Databricks ${databricks ? 'on' : 'off'}, AWS ${aws ? 'on' : 'off'}, until the post step stops it (at the latest ${new Date(order.deadline).toISOString()})`,
  );

  // The job's end as the runtime shows it: the post step, the step's folder removed (both runners
  // empty their temp folder after a job), or the runner ending the job's processes. The deadline is
  // only a backstop past the job's longest possible life: leaving earlier would free a port that
  // later steps still name, for another user to take.
  const watchdog = setInterval(() => {
    if (Date.now() >= order.deadline) stop("the job's longest possible time has passed");
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
  const cli = relogin ? cliLogin(relogin, log, (status) => board.update('azure-cli', status)) : undefined;

  const files = order.tokenFiles.map((file) =>
    tokenFile(file, minter, {
      log,
      // A refusal never stops a token file: the file keeps its last token, valid until its exp.
      refusalLimitMs: Number.POSITIVE_INFINITY,
      onChange: (status) => board.update(file.label, status),
      onMinted: cli,
    }),
  );

  const gcpRunner = order.gcpIdTokenFile ? targetRunner(plan, 'gcp', deps) : undefined;
  const gcpIdToken =
    gcpRunner && order.gcpIdTokenFile
      ? gcpIdTokenFile(order.gcpIdTokenFile, gcpRunner, minter, {
          log,
          // Like the federated token files: a refusal never stops it; the file keeps its last token.
          refusalLimitMs: Number.POSITIVE_INFINITY,
          onChange: (status) => board.update(GCP_ID_TOKEN_LABEL, status),
        })
      : undefined;

  // Every target in the story from the start, even one that never needed renewing.
  if (aws) board.update('aws', aws.credentials.status());
  if (databricks) board.update('databricks', databricks.status());
  if (gcpIdToken) board.update(GCP_ID_TOKEN_LABEL, gcpIdToken.status());
  order.tokenFiles.forEach((file, i) =>
    board.update(file.label, files[i]?.status() ?? { state: 'renewing', renewals: 0, failures: 0 }),
  );

  await stopped;
  clearInterval(watchdog);
  for (const renewal of [...files, gcpIdToken, aws?.credentials, databricks]) renewal?.stop();
  await server.close();
  http.close();
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

/**
 * The order holds the request token: a parse error must not quote it (V8's messages quote the
 * text around the fault), since the step prints why its refresher could not start.
 */
function parseOrder(text: string): RefresherOrder {
  try {
    return JSON.parse(text) as RefresherOrder;
  } catch {
    throw new OidcExchangeError('INTERNAL', `its order on stdin is not JSON (${text.length} characters).`);
  }
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
