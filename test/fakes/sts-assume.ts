import { randomBytes } from 'node:crypto';
import { isoSeconds, mintKeys } from './sts-credentials.ts';
import type { IssuedCredentials } from './sts-credentials.ts';
import { sts } from './sts-errors.ts';
import type { StsError } from './sts-errors.ts';
import { parseAssumeParams } from './sts-params.ts';
import { verifyWebIdentityToken } from './sts-token.ts';
import type { OidcProvider, TokenSettings } from './sts-token.ts';
import { trustAllows } from './sts-trust.ts';
import type { TrustPolicy } from './sts-trust.ts';
import type { XmlContent } from './sts-xml.ts';

export interface Role {
  arn: string;
  partition: string;
  accountId: string;
  /** The last path segment of the ARN: what the assumed-role ARN shows. */
  name: string;
  /** `AROA…`, the role's unique id. */
  roleId: string;
  maxSessionDurationSeconds: number;
  trustPolicy: TrustPolicy;
}

export interface AssumeContext extends TokenSettings {
  providers: Map<string, OidcProvider>;
  roles: Map<string, Role>;
  /** Overrides the requested DurationSeconds for the credentials' lifetime. */
  credentialLifetimeSeconds: number | undefined;
}

export type AssumeOutcome =
  { ok: true; issued: IssuedCredentials; result: XmlContent } | { ok: false; error: StsError };

const roleArnPattern = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/(?:[^/]+\/)*([\w+=,.@-]{1,64})$/;

export function parseRoleArn(arn: string): Pick<Role, 'partition' | 'accountId' | 'name'> | undefined {
  const match = roleArnPattern.exec(arn);
  if (!match) return undefined;
  return { partition: match[1] ?? 'aws', accountId: match[2] ?? '', name: match[3] ?? '' };
}

/**
 * AssumeRoleWithWebIdentity (docs/protocols.md §3.2–3.5) in the order the service reports problems:
 * parameters, role ARN, the token (provider, keys, signature, expiry, audience), the role's
 * trust policy, the role's maximum session duration, then the session policy.
 */
export async function assumeRoleWithWebIdentity(
  form: Record<string, string>,
  ctx: AssumeContext,
): Promise<AssumeOutcome> {
  const fail = (error: StsError): AssumeOutcome => ({ ok: false, error });
  const parsed = parseAssumeParams(form);
  if (!parsed.ok) return parsed;
  const { params } = parsed;
  const arn = parseRoleArn(params.roleArn);
  if (!arn) return fail(sts.invalidArn());

  const verified = await verifyWebIdentityToken(params.webIdentityToken, arn.accountId, ctx.providers, ctx);
  if (!verified.ok) return verified;
  const { provider, subject, audience, originalAudience, claims } = verified.token;
  // An unknown role and a trust policy that does not match look the same from outside.
  const role = ctx.roles.get(params.roleArn);
  const request = {
    providerArn: provider.arn,
    keyPrefix: provider.keyPrefix,
    sub: subject,
    aud: audience,
    oaud: originalAudience,
  };
  if (!role || !trustAllows(role.trustPolicy, request)) return fail(sts.accessDenied());
  const durationSeconds = params.durationSeconds ?? 3600;
  if (durationSeconds > role.maxSessionDurationSeconds) return fail(sts.durationExceedsRoleMax());
  const packed = packedPolicySize(params.policy, params.policyArns);
  if (typeof packed === 'object') return fail(packed);

  const nowSeconds = Math.floor(Date.now() / 1000);
  const lifetime = ctx.credentialLifetimeSeconds ?? durationSeconds;
  const issued: IssuedCredentials = {
    ...mintKeys(),
    expiration: new Date((nowSeconds + lifetime) * 1000),
    accountId: arn.accountId,
    roleArn: role.arn,
    assumedRoleArn: `arn:${arn.partition}:sts::${arn.accountId}:assumed-role/${role.name}/${params.roleSessionName}`,
    assumedRoleId: `${role.roleId}:${params.roleSessionName}`,
    sessionName: params.roleSessionName,
    subject,
    audience,
    providerArn: provider.arn,
    claims,
    policy: params.policy,
    policyArns: params.policyArns,
  };
  // Element order as in the API reference's example response.
  const result: XmlContent = {
    SubjectFromWebIdentityToken: subject,
    Audience: audience,
    AssumedRoleUser: { Arn: issued.assumedRoleArn, AssumedRoleId: issued.assumedRoleId },
    Credentials: {
      SessionToken: issued.sessionToken,
      SecretAccessKey: issued.secretAccessKey,
      Expiration: isoSeconds(issued.expiration),
      AccessKeyId: issued.accessKeyId,
    },
    PackedPolicySize: packed,
    Provider: provider.arn,
  };
  return { ok: true, issued, result };
}

/**
 * Session policies (docs/protocols.md §3.2): the inline policy must be JSON, and policy plus managed
 * policy ARNs must fit in 2048 plaintext characters. The real packed binary format is not
 * documented, so the percentage here is plaintext size / 2048. Undefined when none were sent.
 */
function packedPolicySize(policy: string | undefined, policyArns: string[]): number | StsError | undefined {
  if (policy === undefined && policyArns.length === 0) return undefined;
  if (policy !== undefined) {
    const problem = policySyntaxError(policy);
    if (problem !== undefined) return sts.malformedPolicy(problem);
  }
  const plaintext = (policy ?? '').length + policyArns.join('').length;
  const percent = Math.ceil((100 * plaintext) / 2048);
  return percent > 100 ? sts.packedPolicyTooLarge(percent) : percent;
}

// STS passes on its JSON parser's (Jackson's) message for a policy that is not JSON, e.g.
// "Unexpected character ('i' (code 105)): expected a valid value … line: 1, column: 2]" (docs/protocols.md
// §3.4, MalformedPolicyDocument; wording from a real response). Anything
// else that is not a JSON object gets IAM's "Syntax errors in policy."
function policySyntaxError(policy: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(policy);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return undefined;
  } catch {
    const index = policy.search(/\S/);
    const char = policy[index];
    if (char !== undefined && !/[[{"\-\d]/.test(char) && !/^(true|false|null)/.test(policy.slice(index))) {
      const before = policy.slice(0, index).split('\n');
      const line = before.length;
      const column = (before.at(-1)?.length ?? 0) + 2; // Jackson reports the column after the character
      return (
        `Unexpected character ('${char}' (code ${char.charCodeAt(0)})): expected a valid value (number, String, array, object, 'true', 'false' or 'null')\n` +
        ` at [Source: java.io.StringReader@${randomBytes(4).toString('hex')}; line: ${line}, column: ${column}]`
      );
    }
  }
  return 'Syntax errors in policy.';
}
