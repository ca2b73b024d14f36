import { decodeJwt } from '../../core/jwt.js';
import type { HttpClient } from '../../core/http.js';
import type { Plan } from '../../core/plan.js';
import type { TokenSupply } from '../../core/target.js';
import { createTokenSupplies, type TokenSource } from '../../core/token-supply.js';
import { planExpectations, planVerifier } from '../../core/plan-checks.js';

/**
 * Fresh ID tokens for the refresher, each checked as the main step checked its own: the plan's
 * claim rules, then the signature with the issuer's keys (fetched once, refetched when the issuer
 * rotates them). Nothing is handed on before both passed.
 */
export interface VerifiedToken {
  token: string;
  iat: number;
  exp: number;
}

export interface Minter {
  mint(audience: string): Promise<VerifiedToken>;
  /** A supply for a target's exchange; `verified()` must resolve before its result is used. */
  supply(audience: string): { tokens: TokenSupply; verified: () => Promise<void> };
}

export function createMinter(plan: Plan, source: TokenSource, http: HttpClient): Minter {
  const now = () => new Date();
  // The same checks as the main step's, Azure DevOps' two issuer families included.
  const verifier = planVerifier(plan, http, now);
  const supply = (audience: string) => {
    const supplies = createTokenSupplies({
      source,
      expectations: planExpectations(plan),
      verifier,
      registerSecret: () => undefined, // nothing of the refresher's reaches a log
      now,
    });
    return { tokens: supplies.forAudience(audience), verified: () => supplies.allVerified() };
  };
  return {
    supply,
    async mint(audience) {
      const { tokens, verified } = supply(audience);
      const token = await tokens.fresh();
      await verified();
      const { payload } = decodeJwt(token, source.origin);
      return { token, iat: Number(payload['iat'] ?? 0), exp: Number(payload['exp'] ?? 0) };
    },
  };
}
