/**
 * An IAM role that trusts one subject's web identity tokens from an issuer, as the usual trust
 * policy does (the `sub` condition only; the OIDC provider is added separately, once per issuer
 * and account). The account is the role ARN's, as IAM requires.
 */
import type { FakeCloud } from '../fakes/cloud.ts';

export function trustRoleFor(
  cloud: FakeCloud,
  arn: string,
  subject: string,
  issuer = cloud.issuer.issuer,
): void {
  const host = issuer.replace('https://', '');
  cloud.sts.addRole({
    arn,
    trustPolicy: {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::${arn.split(':')[4] ?? ''}:oidc-provider/${host}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { [`${host}:sub`]: subject } },
        },
      ],
    },
  });
}
