import { asOidcExchangeError, OidcExchangeError, type ErrorCode } from '../../core/errors.js';
import type { AwsSettings } from './definition.js';

/**
 * STS failures → one line each (docs/protocols.md §3.4). STS never says which trust-policy condition
 * failed, so every message names what was presented (subject, audience, issuer), and an
 * AccessDenied prints the trust-policy statement that would accept exactly this token. Only
 * IDPCommunicationError, throttling and 5xx/network failures are retried; never a refusal.
 */
export interface Presented {
  issuer: string;
  subject: string;
  audience: string;
  /** The token's `azp`: when present, STS matches it, not `aud`, to the provider's client ids. */
  authorizedParty?: string | undefined;
}

interface Mapping {
  code: ErrorCode;
  retryable: boolean;
  hint: (s: AwsSettings, p: Presented) => string;
}

const MAPPINGS: Record<string, Mapping> = {
  AccessDenied: { code: 'AWS_ACCESS_DENIED', retryable: false, hint: (s, p) => trustPolicyHint(s, p) },
  InvalidIdentityToken: {
    code: 'AWS_INVALID_IDENTITY_TOKEN',
    retryable: false,
    hint: (s, p) =>
      `Account ${s.accountId} needs an IAM OIDC provider for ${p.issuer} whose audiences (client IDs) include '${stsAudience(p)}'` +
      (p.authorizedParty === undefined ? '.' : ` (the token's azp, which STS matches instead of its aud).`),
  },
  IDPRejectedClaim: {
    code: 'AWS_IDP_REJECTED_CLAIM',
    retryable: false,
    hint: () => 'The identity provider rejected a claim; check the OIDC provider configured in IAM.',
  },
  ExpiredToken: {
    code: 'AWS_TOKEN_EXPIRED',
    retryable: false,
    hint: () => 'STS saw an expired OIDC token: the runner clock is probably off (sync it with NTP).',
  },
  RegionDisabled: {
    code: 'AWS_REGION_DISABLED',
    retryable: false,
    hint: (s) =>
      `Activate STS in ${s.region} (IAM → Account settings) or set \`aws-region\` to an enabled region.`,
  },
  MalformedPolicyDocument: {
    code: 'AWS_POLICY_INVALID',
    retryable: false,
    hint: () => 'Check `aws-session-policy` and `aws-managed-policy-arns`.',
  },
  PackedPolicyTooLarge: {
    code: 'AWS_POLICY_TOO_LARGE',
    retryable: false,
    hint: () => 'Shorten `aws-session-policy` or pass fewer `aws-managed-policy-arns`.',
  },
  ValidationError: {
    code: 'AWS_VALIDATION',
    retryable: false,
    hint: () =>
      "Check `aws-duration-seconds` against the role's maximum session duration, and the session name.",
  },
  IDPCommunicationError: {
    code: 'AWS_IDP_UNREACHABLE',
    retryable: true,
    hint: (_s, p) => `STS could not reach ${p.issuer}/.well-known/openid-configuration or its keys.`,
  },
};

/**
 * A refusal in STS's own error document: its code, its message and the HTTP status it came with.
 * Read in sts-wire.ts, declared here: the definition loads this file eagerly, and the wire code
 * must stay in the AWS target's lazy chunk.
 */
export class StsServiceError extends Error {
  override readonly name = 'StsServiceError';
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status: number) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const THROTTLING = new Set(['Throttling', 'RequestLimitExceeded', 'TooManyRequests']);

/**
 * STS's refusal → the error with its fix. Anything else (our own network, timeout and answer
 * errors) is already an OidcExchangeError and passes through unchanged.
 */
export function stsError(error: unknown, settings: AwsSettings, presented: Presented): OidcExchangeError {
  if (!(error instanceof StsServiceError)) return asOidcExchangeError(error);
  const { code, status } = error;
  // The wire names some codes with a suffix (ExpiredTokenException): compare without it.
  const key = code.replace(/Exception$/, '');
  const what =
    `STS refused AssumeRoleWithWebIdentity for ${settings.roleArn}: ${code}: ${error.message}`.trimEnd() +
    ` Presented: issuer '${presented.issuer}', subject '${presented.subject}', audience '${presented.audience}'` +
    (presented.authorizedParty === undefined ? '.' : `, azp '${presented.authorizedParty}'.`);
  // STS reports an issuer it could not reach as InvalidIdentityToken "Couldn't retrieve verification
  // key from your identity provider" far more often than as IDPCommunicationError: both are transient.
  const unreachable = key === 'InvalidIdentityToken' && /retrieve verification key/i.test(error.message);
  const mapped = MAPPINGS[unreachable ? 'IDPCommunicationError' : key];
  if (mapped)
    return new OidcExchangeError(mapped.code, what, {
      hint: mapped.hint(settings, presented),
      retryable: mapped.retryable,
    });
  if (THROTTLING.has(key) || status >= 500 || status === 429) {
    return new OidcExchangeError('AWS_EXCHANGE_FAILED', what, { retryable: true });
  }
  return new OidcExchangeError('AWS_EXCHANGE_FAILED', what, { retryable: false });
}

export function stsTimeout(settings: AwsSettings, timeoutMs: number): OidcExchangeError {
  return new OidcExchangeError(
    'TIMEOUT',
    `STS at ${settings.stsEndpoint} did not answer within ${timeoutMs} ms.`,
    {
      retryable: true,
    },
  );
}

/** The trust-policy statement that accepts exactly this token (docs/protocols.md §3.5), to compare with the role's. */
export function trustStatement(settings: AwsSettings, presented: Presented): string {
  const host = presented.issuer.replace(/^https:\/\//, '');
  const statement = {
    Effect: 'Allow',
    Principal: {
      Federated: `arn:${settings.partition.name}:iam::${settings.accountId}:oidc-provider/${host}`,
    },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { [`${host}:aud`]: stsAudience(presented), [`${host}:sub`]: presented.subject },
    },
  };
  return JSON.stringify(statement);
}

/**
 * What STS matches to the provider's client ids and shows as the `:aud` condition key: the token's
 * `azp` when it has one (documented for Google, reported for others: docs/protocols.md §3.5).
 */
function stsAudience(presented: Presented): string {
  return presented.authorizedParty ?? presented.audience;
}

function trustPolicyHint(settings: AwsSettings, presented: Presented): string {
  return `The role's trust policy must allow this token (case-sensitive); this statement would: ${trustStatement(settings, presented)}`;
}
