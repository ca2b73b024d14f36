import { isoSeconds, mintKeys } from './sts-credentials.ts';
import type { IssuedCredentials } from './sts-credentials.ts';
import { sts } from './sts-errors.ts';
import type { StsError } from './sts-errors.ts';
import type { Role } from './sts-assume.ts';
import { parseRoleArn } from './sts-assume.ts';
import { roleTrustAllows } from './sts-trust.ts';
import type { XmlContent } from './sts-xml.ts';

/**
 * AssumeRole for role chaining (docs/protocols.md §3): the caller is the session whose SigV4
 * signature the handler verified; the target role's trust policy must name the caller's role (or
 * its account) as an AWS principal for `sts:AssumeRole`, with the external id when it asks for one.
 * A chained session lasts at most one hour, whatever DurationSeconds says above that.
 */
export type AssumeRoleOutcome =
  { ok: true; issued: IssuedCredentials; result: XmlContent } | { ok: false; error: StsError };

export function assumeRole(
  params: Record<string, string>,
  caller: IssuedCredentials,
  ctx: { roles: Map<string, Role>; credentialLifetimeSeconds: number | undefined },
): AssumeRoleOutcome {
  const fail = (error: StsError): AssumeRoleOutcome => ({ ok: false, error });
  const roleArn = params['RoleArn'] ?? '';
  const sessionName = params['RoleSessionName'] ?? '';
  if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) return fail(sts.invalidAction('AssumeRole', '2011-06-15'));
  const arn = parseRoleArn(roleArn);
  if (!arn) return fail(sts.invalidArn());
  const role = ctx.roles.get(roleArn);
  const externalId = params['ExternalId'];
  const trusted =
    role &&
    roleTrustAllows(role.trustPolicy, {
      callerRoleArn: caller.roleArn,
      callerAccountId: caller.accountId,
      externalId,
    });
  if (!role || !trusted) return fail(sts.accessDeniedAssumeRole(caller.assumedRoleArn, roleArn));
  const requested = Number(params['DurationSeconds'] ?? 3600);
  if (requested > 3600) return fail(sts.durationExceedsRoleMax());
  const lifetime = ctx.credentialLifetimeSeconds ?? requested;
  const nowSeconds = Math.floor(Date.now() / 1000);
  const issued: IssuedCredentials = {
    ...mintKeys(),
    expiration: new Date((nowSeconds + lifetime) * 1000),
    accountId: arn.accountId,
    roleArn,
    assumedRoleArn: `arn:${arn.partition}:sts::${arn.accountId}:assumed-role/${role.name}/${sessionName}`,
    assumedRoleId: `${role.roleId}:${sessionName}`,
    sessionName,
    subject: caller.subject,
    audience: caller.audience,
    providerArn: caller.providerArn,
    claims: caller.claims,
    policy: undefined,
    policyArns: [],
  };
  const result: XmlContent = {
    Credentials: {
      SessionToken: issued.sessionToken,
      SecretAccessKey: issued.secretAccessKey,
      Expiration: isoSeconds(issued.expiration),
      AccessKeyId: issued.accessKeyId,
    },
    AssumedRoleUser: { Arn: issued.assumedRoleArn, AssumedRoleId: issued.assumedRoleId },
  };
  return { ok: true, issued, result };
}
