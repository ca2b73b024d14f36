import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { OidcExchangeError } from '../../core/errors.js';
import type { TargetContext } from '../../core/target.js';
import type { AwsSettings } from './definition.js';
import { withoutExternalId, type ChainHop } from './role-chain.js';
import { stsError, StsServiceError } from './sts-errors.js';
import { readAssumeAnswer, STS_VERSION, type AssumedRole } from './sts-wire.js';

/**
 * `aws-role-chain`: each hop is one `sts:AssumeRole`, a query-protocol form POST signed (SigV4,
 * service `sts`, the step's region) with the previous hop's credentials by @smithy/signature-v4,
 * the AWS SDK's own signer. Its own lazy chunk: only a step with a chain loads it. A chained
 * session lasts at most one hour (STS's limit for role chaining). Refusals are not retried.
 */
const CHAINED_MAX_SECONDS = 3600;

export async function assumeChain(
  settings: AwsSettings,
  first: AssumedRole,
  ctx: TargetContext,
): Promise<AssumedRole> {
  let current = first;
  let previousRole = settings.roleArn;
  for (const [index, hop] of settings.roleChain.entries()) {
    current = await assumeHop(settings, hop, index + 1, current, previousRole, ctx);
    previousRole = hop.roleArn;
  }
  return current;
}

async function assumeHop(
  settings: AwsSettings,
  hop: ChainHop,
  number: number,
  caller: AssumedRole,
  callerRole: string,
  ctx: TargetContext,
): Promise<AssumedRole> {
  const url = new URL(`${settings.stsEndpoint}/`);
  const form = new URLSearchParams({
    Action: 'AssumeRole',
    Version: STS_VERSION,
    RoleArn: hop.roleArn,
    RoleSessionName: hop.sessionName,
    DurationSeconds: String(Math.min(settings.durationSeconds, CHAINED_MAX_SECONDS)),
  });
  if (hop.externalId) form.set('ExternalId', hop.externalId);
  const body = form.toString();
  const signer = new SignatureV4({
    service: 'sts',
    region: settings.region,
    credentials: {
      accessKeyId: caller.accessKeyId,
      secretAccessKey: caller.secretAccessKey,
      sessionToken: caller.sessionToken,
    },
    sha256: NodeSha256,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    query: {},
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  const hopSettings = { ...settings, roleArn: hop.roleArn, accountId: hop.accountId };
  try {
    const res = await ctx.http.request({
      url: url.toString(),
      method: 'POST',
      headers: signed.headers,
      body,
      purpose: `STS at ${settings.stsEndpoint}`,
      timeoutMs: ctx.timeoutMs,
    });
    return readAssumeAnswer(res, hopSettings, ctx.registerSecret, 'AssumeRole');
  } catch (error) {
    if (error instanceof StsServiceError && error.code === 'AccessDenied')
      throw hopRefused(hop, number, caller, callerRole, withoutExternalId(error.message, hop.externalId));
    throw hidingExternalId(
      stsError(error, hopSettings, {
        issuer: ctx.tokens.issuer,
        subject: ctx.tokens.subject,
        audience: ctx.tokens.audience,
      }),
      hop.externalId,
    );
  }
}

/** The error with the hop's external id replaced, should an upstream message repeat it. */
function hidingExternalId(error: OidcExchangeError, externalId: string | undefined): OidcExchangeError {
  const message = withoutExternalId(error.message, externalId);
  const hint = error.hint === undefined ? undefined : withoutExternalId(error.hint, externalId);
  if (message === error.message && hint === error.hint) return error;
  return new OidcExchangeError(error.code, message, { hint, retryable: error.retryable });
}

/** Names the hop and prints the trust statement of the hop's role that would accept the caller. */
function hopRefused(
  hop: ChainHop,
  number: number,
  caller: AssumedRole,
  callerRole: string,
  said: string,
): OidcExchangeError {
  const statement = {
    Effect: 'Allow',
    Principal: { AWS: callerRole },
    Action: 'sts:AssumeRole',
    // The id itself is never printed: the user has it, in the hop's line.
    ...(hop.externalId
      ? { Condition: { StringEquals: { 'sts:ExternalId': `<the external-id of hop ${number}>` } } }
      : {}),
  };
  return new OidcExchangeError(
    'AWS_ACCESS_DENIED',
    `STS refused AssumeRole for hop ${number} of \`aws-role-chain\` (${hop.roleArn}) as ${caller.assumedRoleArn}: ${said}`,
    { hint: `Add to the trust policy of ${hop.roleArn}: ${JSON.stringify(statement)}` },
  );
}

/** The signer's hash: node's own SHA-256 and HMAC (no hashing library to load). */
class NodeSha256 {
  private hash: Hash | Hmac;
  private readonly secret: Uint8Array | string | undefined;

  constructor(secret?: unknown) {
    this.secret = secret === undefined ? undefined : bytes(secret);
    this.hash = this.fresh();
  }

  update(data: unknown): void {
    this.hash.update(bytes(data));
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }

  reset(): void {
    this.hash = this.fresh();
  }

  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
  }
}

function bytes(data: unknown): Uint8Array | string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new OidcExchangeError('INTERNAL', 'The SigV4 signer hashed something that is not bytes.');
}
