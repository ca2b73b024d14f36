import { ADO_AUDIENCES } from './azure-devops-issuers.js';
import { checkClaims, type ClaimExpectations } from './claims.js';
import { OidcExchangeError } from './errors.js';
import { shown } from './input-parsers.js';
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
 * Every token minted goes through here, and nothing leaves it unverified: masked first, then its
 * header's `alg` (RS256 only), its claims (local, instant), then its signature with the issuer's
 * keys, which are fetched while the token itself is requested so the check costs next to
 * nothing. Only then is the token handed to a target, so no cloud ever sees a token that failed.
 */
export function createTokenSupplies(options: SupplyOptions): TokenSupplies {
  const supplies = new Map<string, TokenSupply>();

  interface Minted {
    token: string;
    exp: number;
    sub: string;
    iss: string | undefined;
    aud: string | undefined;
    azp: string | undefined;
  }
  const mint = async (audience: string): Promise<Minted> => {
    options.verifier?.prefetch(); // the issuer is known before its token is: fetch its keys meanwhile
    const token = await options.source.getToken(audience);
    options.registerSecret(token);
    const { header, payload } = decodeJwt(token, options.source.origin, options.source.malformedHint);
    if (header['alg'] !== 'RS256') throw notRs256(header['alg'], options.source.origin);
    checkClaims(payload, { ...options.expectations, audience }, options.now());
    // Azure DevOps chooses the audience; the claim check above accepted either of its forms.
    await options.verifier?.verify(token, options.expectations.azureDevOps ? ADO_AUDIENCES : audience);
    return {
      token,
      exp: Number(payload['exp'] ?? 0),
      sub: typeof payload['sub'] === 'string' ? payload['sub'] : '',
      iss: typeof payload['iss'] === 'string' ? payload['iss'] : undefined,
      aud: typeof payload['aud'] === 'string' ? payload['aud'] : undefined,
      azp: typeof payload['azp'] === 'string' ? payload['azp'] : undefined,
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
      get authorizedParty() {
        return presented?.azp;
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
  };
}

/** Checked first, whether or not `verify-signature` is on: `none` and HMAC algorithms are forgeries. */
function notRs256(alg: unknown, origin: string): OidcExchangeError {
  return new OidcExchangeError(
    'SIGNATURE_INVALID',
    `The OIDC token from ${origin} is not RS256-signed: its header names alg ${shown(String(alg))}.`,
    {
      hint: 'CI token endpoints sign with RS256, so this token did not come from your CI provider; check the token source (`token-source`, the request URL). It was sent nowhere.',
    },
  );
}
