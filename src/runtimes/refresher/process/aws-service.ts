import { OidcExchangeError } from '../../../core/errors.js';
import type { Grant } from '../../../core/target.js';
import { awsRenewMarginMs, type SeedCredentials } from '../protocol.js';
import type { TargetRunner } from './target-run.js';

/**
 * AWS credentials on demand for the container-credentials provider of the AWS CLI and SDKs
 * (docs/long-running-jobs.md): they GET AWS_CONTAINER_CREDENTIALS_FULL_URI with the
 * AWS_CONTAINER_AUTHORIZATION_TOKEN as `Authorization`, and expect `{AccessKeyId,
 * SecretAccessKey, Token, Expiration}`. One role session serves every client until little of it
 * is left; then the next request renews it with a fresh, verified ID token (the whole role chain,
 * when there is one), and concurrent requests share that one renewal: one AssumeRoleWithWebIdentity
 * per renewal period however many `aws` processes run.
 */
export interface AwsContainerCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  Token: string;
  Expiration: string;
}

export interface AwsCredentialService {
  get(): Promise<AwsContainerCredentials>;
  /** Role sessions assumed by the refresher (not counting the step's own), for its log. */
  readonly renewals: number;
}

interface Held {
  credentials: AwsContainerCredentials;
  expiresAt: number;
  lifetimeMs: number;
}

export function awsCredentialService(
  runner: TargetRunner,
  seed: SeedCredentials | undefined,
  now: () => number = Date.now,
): AwsCredentialService {
  let held: Held | undefined = seed && fromSeed(seed);
  let inFlight: Promise<void> | undefined;
  let renewals = 0;

  const renew = async () => {
    const issuedAt = now();
    const grant = await runner.run();
    held = fromGrant(grant, issuedAt);
    renewals++;
  };
  const fresh = () => held !== undefined && held.expiresAt - now() > awsRenewMarginMs(held.lifetimeMs);

  return {
    get renewals() {
      return renewals;
    },
    async get() {
      if (!fresh()) {
        inFlight ??= renew().finally(() => (inFlight = undefined));
        await inFlight;
      }
      if (!held) throw new OidcExchangeError('INTERNAL', 'No AWS credentials.');
      return held.credentials;
    },
  };
}

function fromSeed(seed: SeedCredentials): Held {
  const expiresAt = Date.parse(seed.expiration);
  return {
    credentials: {
      AccessKeyId: seed.accessKeyId,
      SecretAccessKey: seed.secretAccessKey,
      Token: seed.sessionToken,
      Expiration: new Date(expiresAt).toISOString(),
    },
    expiresAt,
    lifetimeMs: expiresAt - seed.issuedAt,
  };
}

function fromGrant(grant: Grant, issuedAt: number): Held {
  const value = (name: string) => grant.exports.find((e) => e.name === name)?.value;
  const accessKeyId = value('AWS_ACCESS_KEY_ID');
  const secretAccessKey = value('AWS_SECRET_ACCESS_KEY');
  const sessionToken = value('AWS_SESSION_TOKEN');
  if (!accessKeyId || !secretAccessKey || !sessionToken)
    throw new OidcExchangeError('INTERNAL', 'The AWS exchange returned no credentials.');
  const expiresAt = grant.expiresAt.getTime();
  return {
    credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: secretAccessKey,
      Token: sessionToken,
      Expiration: grant.expiresAt.toISOString(),
    },
    expiresAt,
    lifetimeMs: expiresAt - issuedAt,
  };
}
