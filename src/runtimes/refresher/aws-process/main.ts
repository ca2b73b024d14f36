import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { neutralise } from '../../../core/neutralise.js';

/**
 * The `credential_process` of a named profile (`aws-profile`): asks the step's refresher on
 * loopback for the role session it holds and prints it in the credential_process format
 * (`{"Version":1,…,"Expiration"}`). Its own small bundle that loads nothing but node:http, since
 * the AWS CLI starts it for every command: the exchange itself happens at most once per session
 * lifetime, in the refresher. Its one argument is the path of a 0600 file with the refresher's
 * URL and authorization token (never the command line, which every process can read). On failure:
 * one line on stderr (the AWS CLI shows it), exit code 1, never a secret. That line quotes what the
 * endpoint answered, which is untrusted (upstream text, or whoever holds the port): neutralised, so
 * the runner whose log shows it reads no command in it.
 */
interface Endpoint {
  url: string;
  authorization: string;
}

function fail(message: string): never {
  process.stderr.write(`oidc-exchange credential_process: ${neutralise(message)}\n`);
  process.exit(1);
}

function readEndpoint(path: string | undefined): Endpoint {
  if (!path) fail('the path of the endpoint file is missing.');
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Endpoint>;
    if (typeof parsed.url === 'string' && typeof parsed.authorization === 'string')
      return { url: parsed.url, authorization: parsed.authorization };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'not JSON';
    fail(
      `could not read ${path} (${code}): the oidc-exchange step writes it and its post step removes it; use the profile only within that job.`,
    );
  }
  return fail(`${path} is not an endpoint file of oidc-exchange.`);
}

const endpoint = readEndpoint(process.argv[2]);
const req = request(
  endpoint.url,
  { headers: { authorization: endpoint.authorization }, timeout: 60_000 },
  (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        // reported below by status
      }
      if (res.statusCode !== 200) {
        const said = typeof body['message'] === 'string' ? body['message'] : `HTTP ${String(res.statusCode)}`;
        fail(`the credential refresher did not answer with credentials: ${said}`);
      }
      process.stdout.write(
        `${JSON.stringify({
          Version: 1,
          AccessKeyId: body['AccessKeyId'],
          SecretAccessKey: body['SecretAccessKey'],
          SessionToken: body['Token'],
          Expiration: body['Expiration'],
        })}\n`,
      );
    });
  },
);
req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
req.on('error', (error) =>
  fail(`the credential refresher is not reachable (${error.message}): it ends with the job that started it.`),
);
req.end();
