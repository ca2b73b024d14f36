import {
  ADO_AUDIENCES,
  describeFamily,
  familyOfToken,
  federatedCredentialFor,
  type AzureDevOpsExpectations,
} from './azure-devops-issuers.js';
import { OidcExchangeError, OidcExchangeErrors } from './errors.js';
import { shown } from './input-parsers.js';
import type { Pattern } from './pattern.js';
import { adoSubjectHint, subjectHint } from './subject-hints.js';

/**
 * The claim rules, checked locally on every token before it is sent anywhere: the one place
 * where "what the user said the token must be" meets "what the token is". A mismatch is one
 * message per claim: expected, actual, and a hint (docs/protocols.md §1.5–1.6, §5.4).
 */
export interface ClaimExpectations {
  issuer: string;
  audience: string;
  /** Empty: `sub` is not checked here (the cloud's trust still is). */
  subjects: Pattern[];
  claims: Array<{ name: string; pattern: Pattern }>;
  /** Seconds of clock tolerance for exp/nbf/iat. */
  clockToleranceSeconds: number;
  /**
   * An Azure DevOps token: `issuer` is then only the first of the accepted issuers, the audience is
   * whatever Azure DevOps issues (either form), and messages name the token's issuer family.
   */
  azureDevOps?: AzureDevOpsExpectations | undefined;
}

export type TokenClaims = Record<string, unknown>;

export function checkClaims(claims: TokenClaims, expected: ClaimExpectations, now: Date): void {
  const problems: OidcExchangeError[] = [];
  if (expected.azureDevOps) {
    checkAdoIssuer(claims, expected.azureDevOps, problems);
    checkAdoAudience(claims, problems);
  } else {
    checkIssuer(claims['iss'], expected.issuer, problems);
    checkAudience(claims['aud'], expected.audience, problems);
  }
  checkSubject(claims, expected.subjects, problems, expected.azureDevOps);
  for (const rule of expected.claims) checkOther(claims, rule.name, rule.pattern, problems);
  checkTimes(claims, expected.clockToleranceSeconds, now, problems);
  if (problems.length === 1) throw problems[0] as OidcExchangeError;
  if (problems.length > 1) throw new OidcExchangeErrors(problems);
}

function mismatch(claim: string, expected: string, actual: unknown, hint?: string): OidcExchangeError {
  return new OidcExchangeError(
    'CLAIM_MISMATCH',
    `Claim \`${claim}\` of the OIDC token does not match: expected ${expected}, but the token has ${describe(actual)}.`,
    { hint },
  );
}

/** Claim values are shown whole up to the 600 characters Entra allows in a credential: users copy them. */
const CLAIM_SHOWN_LENGTH = 600;

function describe(value: unknown): string {
  if (value === undefined) return 'no such claim';
  if (typeof value === 'string') return shown(value, CLAIM_SHOWN_LENGTH);
  return shown(JSON.stringify(value), CLAIM_SHOWN_LENGTH);
}

function checkIssuer(actual: unknown, expected: string, problems: OidcExchangeError[]): void {
  if (actual === expected) return;
  let hint = 'Set `issuer` to the exact `iss` of your CI provider; it is compared byte for byte.';
  if (typeof actual === 'string' && actual.replace(/\/+$/, '') === expected.replace(/\/+$/, '')) {
    hint = 'The two differ only in a trailing slash; issuers match byte for byte (Entra and AWS too).';
  } else if (typeof actual === 'string' && actual.startsWith(`${expected}/`)) {
    hint = `Your enterprise uses a unique issuer; set \`issuer: ${actual}\` (and the same in the cloud's trust).`;
  }
  problems.push(mismatch('iss', shown(expected), actual, hint));
}

function checkAudience(actual: unknown, expected: string, problems: OidcExchangeError[]): void {
  if (actual === expected) return;
  const hint = Array.isArray(actual)
    ? 'The token carries several audiences; Entra and AWS accept exactly one.'
    : 'The token was not issued for the audience that was requested; check `audience`.';
  problems.push(mismatch('aud', shown(expected), actual, hint));
}

function checkAdoIssuer(
  claims: TokenClaims,
  expected: AzureDevOpsExpectations,
  problems: OidcExchangeError[],
): void {
  const actual = claims['iss'];
  if (expected.issuers.some((i) => i.issuer === actual)) return;
  const family = familyOfToken(claims);
  const accepted = expected.issuers.map((i) => shown(i.issuer)).join(' or ');
  const sameFamily = expected.issuers.some((i) => i.family === family);
  const why = sameFamily
    ? 'It is of the expected family but names another organisation, tenant or authority.'
    : `The service connection uses ${describeFamily(family)}, which this step was not told to accept.`;
  problems.push(
    mismatch(
      'iss',
      accepted || 'an Azure DevOps issuer',
      actual,
      `The token comes from ${describeFamily(family)}. ${why} If the token is right, set \`issuer\` to its \`iss\`; ` +
        `the federated credential must contain ${federatedCredentialFor(claims)}.`,
    ),
  );
}

function checkAdoAudience(claims: TokenClaims, problems: OidcExchangeError[]): void {
  const actual = claims['aud'];
  if (typeof actual === 'string' && ADO_AUDIENCES.includes(actual)) return;
  problems.push(
    mismatch(
      'aud',
      ADO_AUDIENCES.map((value) => shown(value)).join(' or '),
      actual,
      'Azure DevOps issues its tokens for the token-exchange audience only; this token is not from Azure DevOps.',
    ),
  );
}

function checkSubject(
  claims: TokenClaims,
  patterns: Pattern[],
  problems: OidcExchangeError[],
  azureDevOps?: AzureDevOpsExpectations,
): void {
  const actual = claims['sub'];
  // No CI provider issues such a subject, and it would be exported as the `subject` output.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (typeof actual === 'string' && /[\u0000-\u001f\u007f]/.test(actual)) {
    problems.push(
      mismatch(
        'sub',
        'a subject without control characters',
        actual,
        'The token is not from a genuine CI provider.',
      ),
    );
    return;
  }
  if (patterns.length === 0) return;
  if (typeof actual === 'string' && patterns.some((p) => p.test(actual))) return;
  const expected =
    patterns.length === 1
      ? shown(patterns[0]?.source ?? '')
      : `one of ${patterns.map((p) => shown(p.source)).join(', ')}`;
  const hint = azureDevOps ? adoSubjectHint(claims, patterns, azureDevOps) : subjectHint(claims, patterns);
  problems.push(mismatch('sub', expected, actual, hint));
}

function checkOther(
  claims: TokenClaims,
  name: string,
  pattern: Pattern,
  problems: OidcExchangeError[],
): void {
  const actual = claims[name];
  const text =
    typeof actual === 'string'
      ? actual
      : typeof actual === 'number' || typeof actual === 'boolean'
        ? String(actual)
        : undefined;
  if (text !== undefined && pattern.test(text)) return;
  let hint: string | undefined;
  if (text !== undefined && pattern.testIgnoringCase(text)) {
    hint = 'They differ only in case; claims are compared case-sensitively.';
  } else if (actual === undefined) {
    hint = `The token has no \`${name}\` claim; check its spelling against your CI provider's claim list.`;
  }
  problems.push(mismatch(name, shown(pattern.source), actual, hint));
}

function checkTimes(
  claims: TokenClaims,
  toleranceSeconds: number,
  now: Date,
  problems: OidcExchangeError[],
): void {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const exp = claims['exp'];
  const iat = claims['iat'];
  const nbf = claims['nbf'];
  const clock = `the runner's clock reads ${now.toISOString()}`;
  // The signature check finds these too, but it runs beside the exchange: found here, a token that
  // is not yet valid or never expires is not sent to any cloud (the same code and hint as there).
  if (typeof exp !== 'number') {
    problems.push(
      new OidcExchangeError(
        'CLAIM_MISMATCH',
        `The OIDC token failed the check of claim \`exp\`: it has ${exp === undefined ? 'none' : `a ${typeof exp}`}, and every cloud refuses a token that does not say when it expires.`,
      ),
    );
  }
  if (typeof exp === 'number' && exp + toleranceSeconds < nowSeconds) {
    problems.push(
      new OidcExchangeError('TOKEN_TIME', `The OIDC token expired at ${isoSeconds(exp)}, but ${clock}.`, {
        hint: 'Tokens live about 5 minutes; if it was just minted, the runner clock is wrong (sync it with NTP).',
      }),
    );
  }
  if (typeof iat === 'number' && iat - toleranceSeconds > nowSeconds) {
    problems.push(
      new OidcExchangeError(
        'TOKEN_TIME',
        `The OIDC token was issued at ${isoSeconds(iat)}, in the future: ${clock}.`,
        {
          hint: `The runner clock is behind by more than ${toleranceSeconds} s; sync it with NTP.`,
        },
      ),
    );
  }
  // Only when iat is not already in the future: one cause (a clock behind), one message.
  const issuedInFuture = typeof iat === 'number' && iat - toleranceSeconds > nowSeconds;
  if (!issuedInFuture && typeof nbf === 'number' && nbf - toleranceSeconds > nowSeconds) {
    problems.push(
      new OidcExchangeError(
        'CLAIM_MISMATCH',
        `The OIDC token failed the check of claim \`nbf\`: it is not valid before ${isoSeconds(nbf)}, but ${clock}.`,
        { hint: 'The runner clock may be behind; sync it with NTP.' },
      ),
    );
  }
}

function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString();
}
