/**
 * Tokens with the right claims that no one but the issuer could have made correctly: what a
 * spoofed or compromised token endpoint would hand out. None may reach a cloud.
 */
import type { FakeCloud } from '../fakes/cloud.ts';

export const forgeryKinds = [
  'alg none',
  'HS256 signed with the RSA public key',
  'a key the issuer does not publish',
] as const;
export type ForgeryKind = (typeof forgeryKinds)[number];

export function forger(
  cloud: FakeCloud,
  kind: ForgeryKind,
): (claims: Record<string, unknown>) => Promise<string> {
  switch (kind) {
    case 'alg none':
      return (claims) => cloud.issuer.sign(claims, { header: { alg: 'none' } });
    case 'HS256 signed with the RSA public key':
      return (claims) => cloud.issuer.sign(claims, { header: { alg: 'HS256' } });
    case 'a key the issuer does not publish':
      return (claims) => cloud.issuer.signWithForeignKey(claims);
  }
}

/** Every request Entra, STS and Databricks have received so far. */
export function cloudRequests(cloud: FakeCloud): number {
  return cloud.entra.requests.length + cloud.sts.requests.length + cloud.databricks.requests.length;
}
