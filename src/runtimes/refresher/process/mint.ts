import { decodeJwt } from '../../../core/jwt.js';
import type { HttpClient } from '../../../core/http.js';
import type { Plan } from '../../../core/plan.js';
import type { TokenSupply } from '../../../core/target.js';
import { createTokenSupplies, type TokenSource } from '../../../core/token-supply.js';
import { planExpectations, planVerifier } from '../../../core/plan-checks.js';

/**
 * Fresh ID tokens for the refresher, each checked as the main step checked its own: RS256, the
 * plan's claim rules, then the signature with the issuer's keys (kept for a while, refetched when
 * the issuer rotates them or a fetch failed). Nothing is handed on, to a file or a cloud, before
 * all passed.
 */
export interface VerifiedToken {
  token: string;
  iat: number;
  exp: number;
}

export interface Minter {
  mint(audience: string): Promise<VerifiedToken>;
  /** A supply for a target's exchange: every token it hands out is verified first. */
  supply(audience: string): TokenSupply;
}

export function createMinter(plan: Plan, source: TokenSource, http: HttpClient): Minter {
  const now = () => new Date();
  // The same checks as the main step's, Azure DevOps' two issuer families included.
  const verifier = planVerifier(plan, http, now);
  const supply = (audience: string) =>
    createTokenSupplies({
      source,
      expectations: planExpectations(plan),
      verifier,
      registerSecret: () => undefined, // nothing of the refresher's reaches a log
      now,
    }).forAudience(audience);
  return {
    supply,
    async mint(audience) {
      const token = await supply(audience).fresh();
      const { payload } = decodeJwt(token, source.origin);
      return { token, iat: Number(payload['iat'] ?? 0), exp: Number(payload['exp'] ?? 0) };
    },
  };
}
