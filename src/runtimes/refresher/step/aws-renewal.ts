import { randomBytes } from 'node:crypto';
import { neutralise } from '../../../core/neutralise.js';
import type { RunResult } from '../../../core/run.js';
import type { Export } from '../../../core/target.js';
import { AWS_PATH, loopbackUrl } from '../protocol.js';
import { writeSecretFile } from '../../shared/secret-file.js';
import { planProfileConfig, writeProfileConfig } from './aws-config-file.js';
import { ENDPOINT_NAME } from './aws-config-check.js';
import { profileBody } from './aws-profile.js';
import type { RefresherOrder } from '../protocol.js';

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

/**
 * A container started by a later step (`docker run`, a container action) has a loopback of its own
 * and cannot reach the refresher's: the step's log says what works there instead, in one line
 * (docs/long-running-jobs.md, "Containers").
 */
export const AWS_CONTAINERS_NOTE =
  'AWS in containers: a later `docker run` or container action cannot reach this loopback endpoint; pass it the aws-access-key-id, aws-secret-access-key and aws-session-token outputs (awsAccessKeyId, awsSecretAccessKey, awsSessionToken on Azure DevOps; not renewed), run it with --network host, or set refresh: false.';

export interface AwsRenewal {
  order: NonNullable<RefresherOrder['aws']>;
  /** Environment variables of the step's grant that later steps must not get. */
  drop: Set<string>;
  exports(port: number): Export[];
  note: string;
}

export function awsContainerRenewal(result: RunResult, now = Date.now()): AwsRenewal {
  const { authorization, seed } = served(result, now);
  return {
    order: { authorization, seed },
    drop: AWS_STATIC,
    exports: (port) => [
      { name: 'AWS_CONTAINER_CREDENTIALS_FULL_URI', value: endpointUrl(port), secret: false, kind: 'env' },
      { name: 'AWS_CONTAINER_AUTHORIZATION_TOKEN', value: authorization, secret: true, kind: 'env' },
      { name: 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE', value: authorization, secret: true, kind: 'file' },
    ],
    note: 'AWS: AWS_CONTAINER_CREDENTIALS_FULL_URI (loopback) with AWS_CONTAINER_AUTHORIZATION_TOKEN: the refresher renews the role session when a client asks and little of it is left; the static keys are step outputs only.',
  };
}

/**
 * `aws-profile`: the same session, reached through a named profile of the step's own AWS config
 * file, whose credential_process asks this step's refresher (../aws-process), beside the earlier
 * steps' profiles it keeps (aws-config-file.ts). No credentials or region in the environment,
 * where they would win over every profile. The AWS_CONFIG_FILE it finds (`previousConfig`, the
 * environment's by default) is checked now, before the refresher starts: a refusal exports nothing.
 */
export function awsProfileRenewal(
  result: RunResult,
  options: {
    tempDir: string;
    profile: string;
    region: string;
    command: string[];
    previousConfig?: string | undefined;
  },
  now = Date.now(),
): AwsRenewal {
  const { authorization, seed } = served(result, now);
  const previous = 'previousConfig' in options ? options.previousConfig : process.env['AWS_CONFIG_FILE'];
  const config = planProfileConfig(options.tempDir, options.profile, previous);
  const kept = config.carried.map((s) => s.profile);
  return {
    order: { authorization, seed },
    drop: new Set([...AWS_STATIC, 'AWS_REGION', 'AWS_DEFAULT_REGION']),
    exports(port) {
      const endpoint = writeSecretFile(
        options.tempDir,
        ENDPOINT_NAME,
        JSON.stringify({ url: endpointUrl(port), authorization }),
      );
      const body = profileBody([...options.command, endpoint], options.region);
      const path = writeProfileConfig(config, options.tempDir, options.profile, body);
      return [{ name: 'AWS_CONFIG_FILE', value: path, secret: false, kind: 'env' }];
    },
    note:
      `AWS: profile ${options.profile} in this step's own AWS_CONFIG_FILE (${config.path}), whose credential_process asks the refresher for the role session (renewed when a client asks and little of it is left)` +
      (kept.length > 0 ? `; it keeps the earlier steps' profile(s) ${kept.join(', ')}` : '') +
      (config.replaced
        ? `; the AWS_CONFIG_FILE set before (${neutralise(JSON.stringify(config.replaced))}) is not read, and later steps no longer see its profiles`
        : '') +
      '.',
  };
}

function endpointUrl(port: number): string {
  return loopbackUrl(port, AWS_PATH);
}

function served(result: RunResult, now: number) {
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
  return { authorization, seed };
}
