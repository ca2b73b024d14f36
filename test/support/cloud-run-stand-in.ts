/**
 * A loopback stand-in for a private Cloud Run service: it accepts a request only with
 * `Authorization: Bearer <Google ID token>` whose signature verifies against the keys Google
 * publishes (here the fake's /oauth2/v3/certs, fetched by jose as a remote key set), whose issuer
 * is https://accounts.google.com and whose `aud` is the service's own URL, as Cloud Run checks;
 * else 401. It records what it saw for the test to judge.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

export interface CloudRunCall {
  status: number;
  claims?: JWTPayload;
  error?: string;
}

export interface CloudRunStandIn {
  url: string;
  calls: CloudRunCall[];
  close: () => Promise<void>;
}

/** `audience`: what the service accepts in `aud` (default: its own loopback URL). */
export async function startCloudRun(jwksUrl: string, audience?: string): Promise<CloudRunStandIn> {
  const keys = createRemoteJWKSet(new URL(jwksUrl));
  const calls: CloudRunCall[] = [];
  const server = createServer((req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    jwtVerify(token, keys, {
      issuer: 'https://accounts.google.com',
      audience: audience ?? url,
      algorithms: ['RS256'],
    }).then(
      ({ payload }) => {
        calls.push({ status: 200, claims: payload });
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ hello: payload.sub }));
      },
      (error: unknown) => {
        calls.push({ status: 401, error: error instanceof Error ? error.message : String(error) });
        res.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' }).end('Unauthorized');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A later step calling the service the way a script does (`curl -H "Authorization: Bearer $(cat
 * "$GCP_ID_TOKEN_FILE")" URL`): Node reads the file named by the step's variable at call time and
 * prints the status code.
 */
export const CALL_WITH_ID_TOKEN_FILE = `
const { readFileSync } = require('node:fs');
const token = readFileSync(process.env.GCP_ID_TOKEN_FILE, 'utf8');
require('node:http').get(process.env.CLOUD_RUN_URL, { headers: { authorization: 'Bearer ' + token } }, (res) => {
  res.resume();
  res.on('end', () => process.stdout.write(String(res.statusCode)));
});
`;

/**
 * Runs a later step's call until the service answers 200, at most `attempts` times. On a loaded
 * machine a (fake, seconds-long) token read from the file can expire before its request lands,
 * which a real client would also retry; a token that was never renewed fails every attempt, since
 * the step's own expired long before. The statuses seen are returned for the test to judge.
 */
export async function callUntilAccepted(
  call: () => Promise<{ stdout: string }>,
  attempts = 5,
): Promise<string[]> {
  const statuses: string[] = [];
  while (statuses.length < attempts && statuses.at(-1) !== '200') statuses.push((await call()).stdout);
  return statuses;
}
