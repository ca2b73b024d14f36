import type { ClaimExpectations } from './claims.js';
import type { HttpClient } from './http.js';
import type { Plan } from './plan.js';
import { createIssuersVerifier, planIssuers } from './verify-issuers.js';
import type { SignatureVerifier } from './verify.js';

/**
 * What a plan says every token must be, in the two forms the checks take: the claim expectations
 * (less the audience, which each supply adds) and the signature verifier, or none when
 * `verify-signature` is off. One place, so the main step, the dry run and the background
 * refresher check tokens alike, Azure DevOps' two issuer families included.
 */
export function planExpectations(plan: Plan): Omit<ClaimExpectations, 'audience'> {
  return {
    issuer: plan.issuer,
    subjects: plan.subjects,
    claims: plan.claims,
    clockToleranceSeconds: plan.clockToleranceSeconds,
    azureDevOps: plan.azureDevOps,
  };
}

export function planVerifier(plan: Plan, http: HttpClient, now: () => Date): SignatureVerifier | undefined {
  if (!plan.verifySignature) return undefined;
  return createIssuersVerifier(planIssuers(plan), {
    http,
    clockToleranceSeconds: plan.clockToleranceSeconds,
    now,
  });
}
