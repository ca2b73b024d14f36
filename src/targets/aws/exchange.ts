import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { OidcExchangeError } from '../../core/errors.js';
import { withRetries } from '../../core/retry.js';
import type { Export, Grant, TargetContext } from '../../core/target.js';
import type { AwsSettings } from './definition.js';
import { withTimeout } from '../../core/timeout.js';
import { stsError, stsTimeout } from './sts-errors.js';

/**
 * STS AssumeRoleWithWebIdentity through @aws-sdk/client-sts (PROTOCOLS.md §3), loaded only when an
 * AWS target is asked for. The SDK's own retries are off: ours mint a fresh OIDC token for every
 * attempt (configure-aws-credentials #1848) and never retry a refusal. The call is unsigned
 * (noAuth), so no AWS credentials are looked up.
 */
export async function exchange(settings: AwsSettings, ctx: TargetContext): Promise<Grant> {
  const client = new STSClient({
    region: settings.region,
    endpoint: settings.stsEndpoint,
    maxAttempts: 1,
    requestHandler: {
      httpsAgent: ctx.http.httpsAgent,
      requestTimeout: ctx.timeoutMs,
      connectionTimeout: ctx.timeoutMs,
    },
  });
  try {
    const result = await withRetries(async (attempt) => {
      const token = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
      try {
        const abortSignal = AbortSignal.timeout(ctx.timeoutMs);
        const call = client.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: settings.roleArn,
            RoleSessionName: settings.sessionName,
            WebIdentityToken: token,
            DurationSeconds: settings.durationSeconds,
            ...(settings.sessionPolicy ? { Policy: settings.sessionPolicy } : {}),
            ...(settings.managedPolicyArns.length > 0
              ? { PolicyArns: settings.managedPolicyArns.map((arn) => ({ arn })) }
              : {}),
          }),
          { abortSignal },
        );
        return await withTimeout(call, ctx.timeoutMs, () => stsTimeout(settings, ctx.timeoutMs));
      } catch (error) {
        throw stsError(
          error,
          settings,
          {
            issuer: ctx.tokens.issuer,
            subject: ctx.tokens.subject,
            audience: ctx.tokens.audience,
          },
          ctx.timeoutMs,
        );
      }
    });
    const c = result.Credentials;
    for (const secret of [c?.AccessKeyId, c?.SecretAccessKey, c?.SessionToken])
      if (secret) ctx.registerSecret(secret);
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
      throw new OidcExchangeError(
        'AWS_EXCHANGE_FAILED',
        `STS answered AssumeRoleWithWebIdentity for ${settings.roleArn} without credentials.`,
      );
    }
    return grant(settings, {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
      assumedRoleArn: result.AssumedRoleUser?.Arn ?? '',
    });
  } finally {
    client.destroy();
  }
}

interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  assumedRoleArn: string;
}

function grant(settings: AwsSettings, c: AwsCredentials): Grant {
  const env = (name: string, value: string, secret: boolean): Export => ({
    name,
    value,
    secret,
    kind: 'env',
  });
  const output = (name: string, value: string, secret: boolean): Export => ({
    name,
    value,
    secret,
    kind: 'output',
  });
  // The account id is not a secret, and masking it breaks every output that contains it (#304).
  const maskId = settings.maskAccountId;
  return {
    target: 'aws',
    expiresAt: c.expiration,
    exports: [
      env('AWS_ACCESS_KEY_ID', c.accessKeyId, true),
      env('AWS_SECRET_ACCESS_KEY', c.secretAccessKey, true),
      env('AWS_SESSION_TOKEN', c.sessionToken, true),
      env('AWS_REGION', settings.region, false),
      env('AWS_DEFAULT_REGION', settings.region, false),
      output('aws-access-key-id', c.accessKeyId, true),
      output('aws-secret-access-key', c.secretAccessKey, true),
      output('aws-session-token', c.sessionToken, true),
      output('aws-expiration', c.expiration.toISOString(), false),
      output('aws-account-id', settings.accountId, maskId),
      output('aws-assumed-role-arn', c.assumedRoleArn, false),
    ],
    summary: [
      ['AWS role', settings.roleArn],
      ['Assumed role', c.assumedRoleArn],
      ['Region', settings.region],
      ['Session name', settings.sessionName],
    ],
  };
}
