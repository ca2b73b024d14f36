import { OidcExchangeError } from './errors.js';
import { shown } from './input-parsers.js';
import { decodeJwt } from './jwt.js';
import type { Plan } from './plan.js';
import { createSignatureVerifier, type SignatureVerifier, type VerifierOptions } from './verify.js';

/**
 * Signature verification when more than one issuer is accepted (Azure DevOps: the vstoken and the
 * Entra family). Each token is verified against the issuer it names, and only if that issuer is one
 * of the accepted ones: the `iss` chooses where keys are fetched from, never which keys are trusted
 * beyond that list. Each issuer's discovery and keys are fetched when its first token arrives: with
 * several issuers none is fetched ahead, as only one of them is used and the others may not even
 * be reachable from the agent.
 */
export function planIssuers(plan: Pick<Plan, 'issuer' | 'azureDevOps'>): string[] {
  return plan.azureDevOps ? plan.azureDevOps.issuers.map((i) => i.issuer) : [plan.issuer];
}

export function createIssuersVerifier(
  issuers: readonly string[],
  options: Omit<VerifierOptions, 'issuer'>,
): SignatureVerifier {
  if (issuers.length === 1) return createSignatureVerifier({ ...options, issuer: issuers[0] ?? '' });
  const verifiers = new Map<string, SignatureVerifier>();
  return {
    prefetch: () => undefined,
    verify(token, audience) {
      const iss = decodeJwt(token, 'the token source').payload['iss'];
      if (typeof iss !== 'string' || !issuers.includes(iss)) {
        return Promise.reject(
          new OidcExchangeError(
            'SIGNATURE_INVALID',
            `The OIDC token names issuer ${shown(String(iss))}, which is none of the accepted ${issuers.map((value) => shown(value)).join(', ')}; its signature was not checked.`,
          ),
        );
      }
      let verifier = verifiers.get(iss);
      if (!verifier) {
        verifier = createSignatureVerifier({ ...options, issuer: iss });
        verifiers.set(iss, verifier);
      }
      return verifier.verify(token, audience);
    },
  };
}
