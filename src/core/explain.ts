import { checkClaims } from './claims.js';
import { OidcExchangeError, OidcExchangeErrors } from './errors.js';
import type { HttpClient } from './http.js';
import { shown } from './input-parsers.js';
import { decodeJwt } from './jwt.js';
import type { Plan } from './plan.js';
import type { TokenSource } from './token-supply.js';
import { planExpectations } from './plan-checks.js';
import { createIssuersVerifier, planIssuers } from './verify-issuers.js';
import { ADO_AUDIENCES } from './azure-devops-issuers.js';
import { emitTrust, type TrustOptions, type TrustOutput } from '../trust/emit.js';
import { trustedTokens } from '../trust/trusted-token.js';

/**
 * The dry run: fetch the token each target would present, show its claims beside every
 * expectation, verify its signature, and print the trust configuration that would accept exactly
 * this token for each target. Nothing is exchanged and nothing is exported. The token itself is a
 * secret and is never shown; its claims are not.
 */
export interface ExplainDependencies {
  http: HttpClient;
  source: TokenSource;
  registerSecret: (value: string) => void;
  now?: () => Date;
  /** `oidc-exchange trust`'s own options (the step's dry run has none). */
  trustOptions?: TrustOptions;
}

export interface Explanation {
  lines: string[];
  /** Mismatches found (claims or signature); the dry run reports them, it does not fail on them. */
  problems: number;
  /** The same trust as code: shell commands and a Terraform file (docs/trust.md). */
  trust: TrustOutput;
}

const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf']);
const SHOWN_FIRST = ['iss', 'sub', 'aud'];

export async function explain(plan: Plan, deps: ExplainDependencies): Promise<Explanation> {
  const now = deps.now ?? (() => new Date());
  const verifier = createIssuersVerifier(planIssuers(plan), {
    http: deps.http,
    clockToleranceSeconds: plan.clockToleranceSeconds,
    now,
  });
  const lines: string[] = [];
  let problems = 0;
  const entries: Parameters<typeof emitTrust>[0] = [];
  for (const audience of [...new Set(plan.targets.filter((t) => t.needsToken).map((t) => t.audience))]) {
    const token = await deps.source.getToken(audience);
    deps.registerSecret(token);
    const { payload } = decodeJwt(token, deps.source.origin, deps.source.malformedHint);
    lines.push(`Token from ${deps.source.origin} for audience ${shown(audience)}:`);
    lines.push(...claimLines(payload));
    const mismatches = claimProblems(payload, plan, audience, now());
    problems += mismatches.length;
    lines.push(
      mismatches.length === 0
        ? '  Expectations: all met (issuer, audience, subject, claims, times).'
        : '  Expectations NOT met:',
    );
    for (const e of mismatches) lines.push(`    - ${e.message}${e.hint ? ` Hint: ${e.hint}` : ''}`);
    const iss = typeof payload['iss'] === 'string' ? payload['iss'] : plan.issuer;
    const signature = await verifier.verify(token, plan.azureDevOps ? ADO_AUDIENCES : audience).then(
      () => `  Signature: verified with the published keys of ${iss}.`,
      (error: unknown) => (
        problems++,
        `  Signature: NOT verified: ${error instanceof Error ? error.message : String(error)}`
      ),
    );
    lines.push(plan.verifySignature ? signature : '  Signature: not checked (`verify-signature` is off).');
    const presented = {
      issuer: iss,
      subject: typeof payload['sub'] === 'string' ? payload['sub'] : '',
      audience: plan.azureDevOps && typeof payload['aud'] === 'string' ? payload['aud'] : audience,
      authorizedParty: typeof payload['azp'] === 'string' ? payload['azp'] : undefined,
    };
    lines.push('  Trust that would accept exactly this token:');
    for (const t of plan.targets.filter((x) => x.audience === audience)) {
      lines.push(`    ${t.definition.name}: ${t.definition.trustFor(t.settings, presented)}`);
      entries.push({ target: t, trusts: trustedTokens(plan, payload, audience) });
    }
  }
  const trust = emitTrust(entries, deps.trustOptions);
  lines.push('Trust as code (`oidc-exchange trust` prints the same; docs/trust.md):', '  Shell:');
  lines.push(
    ...trust.shell
      .trimEnd()
      .split('\n')
      .map((l) => `    ${l}`),
    '  Terraform:',
  );
  lines.push(
    ...trust.terraform
      .trimEnd()
      .split('\n')
      .map((l) => `    ${l}`),
  );
  return { lines, problems, trust };
}

function claimLines(payload: Record<string, unknown>): string[] {
  const names = [
    ...SHOWN_FIRST.filter((n) => n in payload),
    ...Object.keys(payload)
      .filter((n) => !SHOWN_FIRST.includes(n))
      .sort(),
  ];
  return names.map((name) => {
    const value = payload[name];
    const text =
      TIME_CLAIMS.has(name) && typeof value === 'number'
        ? new Date(value * 1000).toISOString()
        : typeof value === 'string'
          ? value
          : JSON.stringify(value);
    return `  ${name.padEnd(22)} ${text}`;
  });
}

function claimProblems(
  payload: Record<string, unknown>,
  plan: Plan,
  audience: string,
  now: Date,
): OidcExchangeError[] {
  try {
    checkClaims(payload, { ...planExpectations(plan), audience }, now);
    return [];
  } catch (error) {
    if (error instanceof OidcExchangeErrors) return [...error.errors];
    if (error instanceof OidcExchangeError) return [error];
    throw error;
  }
}
