import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { asOidcExchangeError } from '../../../core/errors.js';
import { neutralise } from '../../../core/neutralise.js';
import { AWS_PATH, type RefresherListener } from '../protocol.js';
import { createGuardedServer } from './http-guard.js';
import { listenFailure, listenOptions, listensAsHanded } from './listener.js';
import { RenewalFailure } from './renewing.js';
import type { AwsCredentialService } from './aws-service.js';
import type { DatabricksTokens } from './databricks-service.js';

/**
 * The refresher's loopback endpoint (127.0.0.1 only): `POST /stop/<nonce>` from the post step,
 * and, when asked for, Databricks tokens at `GET /<secret path>` and AWS credentials at
 * `GET /aws/credentials` with the container-credentials authorization token. Anything else is a
 * 404, and error answers never carry detail: whoever can reach the port but lacks a path or the
 * token learns nothing. Only an authorised client is told why a renewal failed and how to fix it
 * (the AWS CLI and the Databricks SDKs show that body), which never holds a secret.
 */
export interface ControlServer {
  port: number;
  close(): Promise<void>;
}

export async function startControlServer(options: {
  nonce: string;
  onStop: () => void;
  databricks: { path: string; tokens: DatabricksTokens } | undefined;
  aws?: { authorization: string; credentials: AwsCredentialService } | undefined;
  log: (line: string) => void;
  /** Where to listen: the socket the step handed over, or a port of its own (./listener.ts). */
  listener: RefresherListener | undefined;
}): Promise<ControlServer> {
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method === 'POST' && same(path, `/stop/${options.nonce}`)) {
      answer(res, 200, { stopping: true });
      options.onStop();
      return;
    }
    const db = options.databricks;
    if (req.method === 'GET' && db && same(path, db.path)) {
      if (req.headers['x-databricks-metadata-version'] !== '1') return answer(res, 400, { error: 'version' });
      const host = String(req.headers['x-databricks-host'] ?? '').replace(/\/+$/, '');
      if (host !== db.tokens.host) return answer(res, 403, { error: 'host' });
      db.tokens.get().then(
        (token) => answer(res, 200, token),
        (error: unknown) => {
          // Logged once per change of state by the renewal itself, not here per request.
          const failure = failureAnswer(error);
          answer(res, failure.status, { error_code: failure.code, message: failure.message });
        },
      );
      return;
    }
    const aws = options.aws;
    if (req.method === 'GET' && aws && path === AWS_PATH) {
      if (!same(String(req.headers.authorization ?? ''), aws.authorization))
        return answer(res, 401, {
          error: 'unauthorized',
          // Not a secret, and the one thing an Azure DevOps user has to do (docs/azure-devops.md).
          message:
            'oidc-exchange: send the step’s AWS_CONTAINER_AUTHORIZATION_TOKEN (Azure DevOps: map it with `env: AWS_CONTAINER_AUTHORIZATION_TOKEN: $(AWS_CONTAINER_AUTHORIZATION_TOKEN)`)',
        });
      aws.credentials.get().then(
        (credentials) => answer(res, 200, credentials),
        (error: unknown) => {
          const failure = failureAnswer(error);
          answer(res, failure.status, { code: failure.code, message: failure.message });
        },
      );
      return;
    }
    answer(res, 404, { error: 'not found' });
  };
  const server: Server = createGuardedServer(handle); // caps, timeouts, Host: against other local users
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      options.log(listenFailure(options.listener, error.code ?? error.message));
      reject(error);
    });
    server.listen(listenOptions(options.listener), () => {
      if (listensAsHanded(options.listener, server.address())) return resolve();
      options.log(listenFailure(options.listener, 'not the step’s loopback socket'));
      server.close();
      reject(new Error('the listener is not the step’s loopback socket'));
    });
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Why a client gets nothing, for an authorised client only: the AWS CLI prints `message` of a
 * non-200 answer, the Databricks SDKs the body. Upstream text is neutralised (a client prints it
 * into the job's log), and the fix follows the cause. 503 once renewal has stopped for good (a
 * refusal that persisted), 502 while it is still being retried.
 */
export function failureAnswer(error: unknown): { status: number; code: string; message: string } {
  const failure = asOidcExchangeError(error);
  const givenUp = failure instanceof RenewalFailure && failure.givenUp;
  const fix = failure.hint ? ` Fix: ${failure.hint}` : '';
  return {
    status: givenUp ? 503 : 502,
    code: failure.code,
    // One line: the aws-profile helper prints it on stderr as is.
    message: neutralise(`oidc-exchange: ${failure.message}${fix}`.replace(/\s*[\r\n]+\s*/g, ' ')),
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(text);
}
