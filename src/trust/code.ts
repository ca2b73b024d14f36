import { RETIREMENT_DATE } from './ado-migration.js';
import type { ProviderRequirement } from './providers.js';
import type { TrustedToken } from './trusted-token.js';

/** One target's trust, as shell commands (comment lines start with `# `) and as Terraform blocks. */
export interface TrustCode {
  shell: string[];
  terraform: string[];
  /** The Terraform providers (and oldest versions) this target's blocks need. */
  providers: ProviderRequirement[];
}

/** The subject conditions as exact values (no wildcard) or wildcard patterns. */
export function isWildcard(trust: TrustedToken, subject: string): boolean {
  return trust.patterns && subject.includes('*');
}

/** Comment lines saying which of the user's claim rules a cloud cannot hold (it checks only what it can). */
export function unenforcedClaims(
  cloud: string,
  trust: TrustedToken,
  enforced: (name: string) => boolean,
): string[] {
  return trust.claims
    .filter((c) => !enforced(c.name))
    .map(
      (c) =>
        `${cloud} cannot condition on the \`${c.name}\` claim: the step checks \`${c.name}=${c.pattern}\`, this trust does not (narrow the subject instead, e.g. with GitHub's subject customisation).`,
    );
}

export function label(trust: TrustedToken): string {
  return trust.role === 'entra-issuer'
    ? `Azure DevOps issuer migration: the Entra-issuer trust to add beside the current one, before the service connection is converted (the Azure DevOps issuer is retired for Azure connections on ${RETIREMENT_DATE})`
    : `Trust for issuer ${trust.issuer}`;
}
