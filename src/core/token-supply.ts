import { ADO_AUDIENCES } from './azure-devops-issuers.js';
import { checkClaims, type ClaimExpectations } from './claims.js';
import { decodeJwt } from './jwt.js';
import type { TokenSupply } from './target.js';
import type { SignatureVerifier } from './verify.js';

/** A token source (GitHub, Azure DevOps, a file…): a fresh OIDC token for an audience, on every call. */
export interface TokenSource {
  /** Where tokens come from, for messages ("the GitHub Actions ID token endpoint"). */
  readonly origin: string;
  /** What to check when its token is not a JWT (default: the token endpoint's request URL). */
  readonly malformedHint?: string;
  getToken(audience: string): Promise<string>;
}

/** A token is reused while it has at least this long to live; after that a new one is minted. */
const REUSE_MARGIN_SECONDS = 60;

export interface TokenSupplies {
  forAudience(audience: string): TokenSupply;
  /** Resolves when every token handed out so far passed the signature check; rejects otherwise. */
  allVerified(): Promise<void>;
}

export interface SupplyOptions {
  source: TokenSource;
  expectations: Omit<ClaimExpectations, 'audience'>;
  verifier: SignatureVerifier | undefined;
  /** Registers a secret with the runtime's masker; called before the token goes anywhere else. */
  registerSecret: (value: string) => void;
  now: () => Date;
}

/**
 * Every token minted in this step goes through here: masked first, then claim-checked (local,
 * instant; a mismatch fails before any exchange), and its signature check started so it runs
 * concurrently with the exchange. Nothing is exported until allVerified() resolves.
 */
export function createTokenSupplies(options: SupplyOptions): TokenSupplies {
  const verifications: Array<Promise<void>> = [];
  const supplies = new Map<string, TokenSupply>();

  interface Minted {
    token: string;
    exp: number;
    sub: string;
    iss: string | undefined;
    aud: string | undefined;
  }
  const mint = async (audience: string): Promise<Minted> => {
    const token = await options.source.getToken(audience);
    options.registerSecret(token);
    const { payload } = decodeJwt(token, options.source.origin, options.source.malformedHint);
    checkClaims(payload, { ...options.expectations, audience }, options.now());
    if (options.verifier) {
      // Azure DevOps chooses the audience; the claim check above accepted either of its forms.
      const audiences = options.expectations.azureDevOps ? ADO_AUDIENCES : audience;
      const verification = options.verifier.verify(token, audiences);
      verification.catch(() => undefined); // observed later, in allVerified()
      verifications.push(verification);
    }
    return {
      token,
      exp: Number(payload['exp'] ?? 0),
      sub: typeof payload['sub'] === 'string' ? payload['sub'] : '',
      iss: typeof payload['iss'] === 'string' ? payload['iss'] : undefined,
      aud: typeof payload['aud'] === 'string' ? payload['aud'] : undefined,
    };
  };

  const create = (audience: string): TokenSupply => {
    let latest: Promise<Minted> | undefined;
    let presented: Minted | undefined;
    const fresh = async (): Promise<string> => {
      latest = mint(audience);
      presented = await latest;
      return presented.token;
    };
    return {
      fresh,
      async current() {
        if (latest) {
          const held = await latest.catch(() => undefined);
          const nowSeconds = options.now().getTime() / 1000;
          if (held && held.exp - nowSeconds > REUSE_MARGIN_SECONDS) return held.token;
        }
        return fresh();
      },
      get subject() {
        return presented?.sub ?? '';
      },
      // What the token presents once one was minted: with several accepted issuers or audiences
      // (Azure DevOps), the cloud's trust must name the actual ones.
      get issuer() {
        return presented?.iss ?? options.expectations.issuer;
      },
      get audience() {
        return presented?.aud ?? audience;
      },
    };
  };

  return {
    forAudience(audience) {
      let supply = supplies.get(audience);
      if (!supply) {
        supply = create(audience);
        supplies.set(audience, supply);
      }
      return supply;
    },
    async allVerified() {
      // Tokens minted while waiting (retries) join the list; loop until it is stable.
      for (let seen = 0; seen < verifications.length;) {
        const batch = verifications.slice(seen);
        seen = verifications.length;
        await Promise.all(batch);
      }
    },
  };
}
