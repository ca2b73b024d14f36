import { OidcExchangeError } from '../../core/errors.js';
import { withRetries } from '../../core/retry.js';
import type { Export, Grant, TargetContext } from '../../core/target.js';
import { accountOf, checkAllowedAccount } from './account-guard.js';
import type { AwsSettings } from './definition.js';
import { stsError, stsTimeout } from './sts-errors.js';
import { assumeRoleForm, readAssumeAnswer, type AssumedRole } from './sts-wire.js';

/**
 * STS AssumeRoleWithWebIdentity (docs/protocols.md §3): one unsigned form POST over our own client
 * (keep-alive, proxies, a timeout on every request), so no AWS credentials are looked up and no
 * SDK is loaded. Our retries mint a fresh OIDC token for every attempt (configure-aws-credentials
 * #1848) and never retry a refusal.
 */
export async function exchange(settings: AwsSettings, ctx: TargetContext): Promise<Grant> {
  const presented = () => ({
    issuer: ctx.tokens.issuer,
    subject: ctx.tokens.subject,
    audience: ctx.tokens.audience,
    authorizedParty: ctx.tokens.authorizedParty,
  });
  const credentials = await withRetries(async (attempt) => {
    const token = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
    try {
      const res = await ctx.http.request({
        url: `${settings.stsEndpoint}/`,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: assumeRoleForm(settings, token),
        purpose: `STS at ${settings.stsEndpoint}`,
        timeoutMs: ctx.timeoutMs,
      });
      return readAssumeAnswer(res, settings, ctx.registerSecret);
    } catch (error) {
      // A silent proxy (a TIMEOUT that is not retryable) keeps its own message, which names it.
      if (error instanceof OidcExchangeError && error.code === 'TIMEOUT' && error.retryable)
        throw stsTimeout(settings, ctx.timeoutMs);
      throw stsError(error, settings, presented());
    }
  });
  // Role chaining loads its signer only when a chain is asked for (its own lazy chunk).
  const last =
    settings.roleChain.length > 0
      ? await (await import('./chain-exchange.js')).assumeChain(settings, credentials, ctx)
      : credentials;
  const lastRole = settings.roleChain.at(-1)?.roleArn ?? settings.roleArn;
  checkAllowedAccount(settings.allowedAccountIds, last.assumedRoleArn, lastRole);
  return grant(settings, last);
}

function grant(settings: AwsSettings, c: AssumedRole): Grant {
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
      output('aws-account-id', accountOf(c.assumedRoleArn) ?? settings.accountId, maskId),
      output('aws-assumed-role-arn', c.assumedRoleArn, false),
    ],
    summary: [
      ['AWS role', settings.roleArn],
      ...settings.roleChain.map((hop, i): [string, string] => [`Role chain, hop ${i + 1}`, hop.roleArn]),
      ['Assumed role', c.assumedRoleArn],
      ['Region', settings.region],
      ['Session name', settings.sessionName],
    ],
  };
}
