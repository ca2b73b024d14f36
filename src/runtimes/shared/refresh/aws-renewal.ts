import { randomBytes } from 'node:crypto';
import type { RunResult } from '../../../core/run.js';
import type { Export } from '../../../core/target.js';
import { AWS_PATH } from '../../refresher/control-server.js';
import type { RefresherOrder } from './order.js';

/**
 * `refresh` for AWS: later steps get the role session from the refresher, which holds it and
 * renews it when a client asks and little of it is left (docs/long-running-jobs.md): one
 * AssumeRoleWithWebIdentity per session lifetime, however many `aws` processes run, and no
 * process started per call. The AWS CLI and every SDK read AWS_CONTAINER_CREDENTIALS_FULL_URI
 * (over http only on loopback: the CLI v2.9 accepts 127.0.0.1, localhost and 169.254.170.2) with
 * AWS_CONTAINER_AUTHORIZATION_TOKEN as the `Authorization` header; newer SDKs also read the token
 * from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, which needs no mapping on Azure DevOps. The static
 * keys leave the environment (they would win over the endpoint), and stay step outputs.
 */
export const AWS_STATIC = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);

export interface AwsRenewal {
  order: NonNullable<RefresherOrder['aws']>;
  exports(port: number): Export[];
  note: string;
}

export function awsContainerRenewal(result: RunResult, now = Date.now()): AwsRenewal {
  const authorization = randomBytes(32).toString('base64url');
  const value = (name: string) => result.exports.find((e) => e.name === name)?.value ?? '';
  const grant = result.grants.find((g) => g.target === 'aws');
  const seed = grant && {
    accessKeyId: value('AWS_ACCESS_KEY_ID'),
    secretAccessKey: value('AWS_SECRET_ACCESS_KEY'),
    sessionToken: value('AWS_SESSION_TOKEN'),
    expiration: grant.expiresAt.toISOString(),
    issuedAt: now,
  };
  return {
    order: { authorization, seed },
    exports: (port) => [
      {
        name: 'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        value: `http://127.0.0.1:${port}${AWS_PATH}`,
        secret: false,
        kind: 'env',
      },
      { name: 'AWS_CONTAINER_AUTHORIZATION_TOKEN', value: authorization, secret: true, kind: 'env' },
      { name: 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE', value: authorization, secret: true, kind: 'file' },
    ],
    note: 'AWS: AWS_CONTAINER_CREDENTIALS_FULL_URI (loopback) with AWS_CONTAINER_AUTHORIZATION_TOKEN: the refresher renews the role session when a client asks and little of it is left; the static keys are step outputs only.',
  };
}
