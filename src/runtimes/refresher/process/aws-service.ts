import { OidcExchangeError } from '../../../core/errors.js';
import type { Grant } from '../../../core/target.js';
import { awsRenewMarginMs, type SeedCredentials } from '../protocol.js';
import type { TargetRunner } from './target-run.js';
import { renewing, type Held, type Renewing, type RenewingOptions } from './renewing.js';

/**
 * AWS credentials on demand for the container-credentials provider of the AWS CLI and SDKs
 * (docs/long-running-jobs.md): they GET AWS_CONTAINER_CREDENTIALS_FULL_URI with the
 * AWS_CONTAINER_AUTHORIZATION_TOKEN as `Authorization`, and expect `{AccessKeyId,
 * SecretAccessKey, Token, Expiration}`. One role session serves every client (the container
 * endpoint and the aws-profile helper alike) for as long as it is valid; once little of it is left
 * the refresher renews it in the background with a fresh, verified ID token (the whole role chain,
 * when there is one): one AssumeRoleWithWebIdentity per renewal period however many `aws`
 * processes run, and a failed renewal never takes the valid session away (renewing.ts).
 */
export interface AwsContainerCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  Token: string;
  Expiration: string;
}

export type AwsCredentialService = Renewing<AwsContainerCredentials>;

export function awsCredentialService(
  runner: TargetRunner,
  seed: SeedCredentials | undefined,
  options: Omit<RenewingOptions<AwsContainerCredentials>, 'name' | 'renew' | 'renewMarginMs' | 'initial'>,
): AwsCredentialService {
  const now = options.clock?.now ?? Date.now;
  return renewing({
    ...options,
    name: 'aws',
    initial: seed && fromSeed(seed),
    renewMarginMs: awsRenewMarginMs,
    renew: async () => {
      const issuedAt = now();
      return fromGrant(await runner.run(), issuedAt);
    },
  });
}

function fromSeed(seed: SeedCredentials): Held<AwsContainerCredentials> {
  const expiresAt = Date.parse(seed.expiration);
  return {
    value: {
      AccessKeyId: seed.accessKeyId,
      SecretAccessKey: seed.secretAccessKey,
      Token: seed.sessionToken,
      Expiration: new Date(expiresAt).toISOString(),
    },
    expiresAt,
    lifetimeMs: expiresAt - seed.issuedAt,
  };
}

function fromGrant(grant: Grant, issuedAt: number): Held<AwsContainerCredentials> {
  const value = (name: string) => grant.exports.find((e) => e.name === name)?.value;
  const accessKeyId = value('AWS_ACCESS_KEY_ID');
  const secretAccessKey = value('AWS_SECRET_ACCESS_KEY');
  const sessionToken = value('AWS_SESSION_TOKEN');
  if (!accessKeyId || !secretAccessKey || !sessionToken)
    throw new OidcExchangeError('INTERNAL', 'The AWS exchange returned no credentials.');
  const expiresAt = grant.expiresAt.getTime();
  return {
    value: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: secretAccessKey,
      Token: sessionToken,
      Expiration: grant.expiresAt.toISOString(),
    },
    expiresAt,
    lifetimeMs: expiresAt - issuedAt,
  };
}
