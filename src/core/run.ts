import { asOidcExchangeError, OidcExchangeErrors, type OidcExchangeError } from './errors.js';
import { withClockHint } from './clock-hint.js';
import { collectExports } from './exports.js';
import type { HttpClient } from './http.js';
import type { Logger } from './log.js';
import type { Plan } from './plan.js';
import type { Export, Grant, TargetContext, TokenSupply } from './target.js';
import { createTokenSupplies, type TokenSource } from './token-supply.js';
import { planExpectations, planVerifier } from './plan-checks.js';
import { migrationWarningFor } from '../trust/ado-migration.js';

/**
 * source → verify → targets → exports, for a validated plan. Every token is checked (alg, claims,
 * signature) before a target receives it, so no cloud sees a token that fails; nothing is
 * returned for export unless every target succeeded.
 */
export interface RunDependencies {
  http: HttpClient;
  log: Logger;
  source: TokenSource;
  registerSecret: (value: string) => void;
  tempDir: string;
  childEnv: Record<string, string | undefined>;
  now?: () => Date;
}

export interface RunResult {
  exports: Export[];
  grants: Grant[];
  subject: string;
  issuer: string;
  expiresAt: Date;
}

export async function run(plan: Plan, deps: RunDependencies): Promise<RunResult> {
  try {
    return await exchangeAll(plan, deps);
  } catch (error) {
    throw withClockHint(asOidcExchangeError(error), deps.http.clockSkew(), plan.clockToleranceSeconds);
  }
}

async function exchangeAll(plan: Plan, deps: RunDependencies): Promise<RunResult> {
  const now = deps.now ?? (() => new Date());
  const verifier = planVerifier(plan, deps.http, now);
  const supplies = createTokenSupplies({
    source: deps.source,
    expectations: planExpectations(plan),
    verifier,
    registerSecret: deps.registerSecret,
    now,
  });

  // Target modules (and their SDKs) load while the first tokens are fetched.
  const modules = plan.targets.map((t) => t.definition.load());
  for (const m of modules) m.catch(() => undefined); // observed below, when the target runs
  const audiences = [...new Set(plan.targets.filter((t) => t.needsToken).map((t) => t.audience))];
  await Promise.all(audiences.map((a) => supplies.forAudience(a).current()));
  for (const audience of audiences) {
    const presented = supplies.forAudience(audience);
    deps.log.info(
      `OIDC token: sub '${presented.subject}', aud '${presented.audience}', iss '${presented.issuer}': claims match.`,
    );
  }
  const first = supplies.forAudience(audiences[0] ?? '');
  const migration = plan.azureDevOps && migrationWarningFor(plan.azureDevOps, first.issuer, first.subject);
  if (migration) deps.log.warning(migration);
  if (plan.verifySignature && audiences.length > 0)
    deps.log.info(`Token signature verified with the published keys of ${first.issuer}.`);
  if (plan.subjects.length === 0)
    deps.log.info("No `subject` given: the cloud's trust alone checks the subject.");
  if (!plan.verifySignature)
    deps.log.warning('`verify-signature` is off: the token signature was not checked locally.');

  const settled = await Promise.allSettled(
    plan.targets.map(async (target, i) => {
      const module = await modules[i];
      if (!module) throw new Error(`target ${target.definition.name} did not load`);
      const tokens = supplies.forAudience(target.audience);
      return module.exchange(target.settings, targetContext(plan, { ...deps, now }, tokens));
    }),
  );
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [asOidcExchangeError(s.reason)] : []));
  if (failures.length > 0)
    throw failures.length === 1 ? (failures[0] as OidcExchangeError) : new OidcExchangeErrors(failures);
  const grants = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));

  const extra: Export[] = [];
  for (const grant of grants) if (grant.finalize) extra.push(...(await grant.finalize()));
  const subject = first.subject;
  const expiresAt = new Date(Math.min(...grants.map((g) => g.expiresAt.getTime())));
  const exports = collectExports(grants, { subject, expiresAt }, extra);
  return { exports, grants, subject, issuer: first.issuer, expiresAt };
}

/** What a target runs with: the step's shared services, the plan's timeout, and one audience's tokens. */
export function targetContext(
  plan: Pick<Plan, 'timeoutMs'>,
  services: Pick<TargetContext, 'http' | 'log' | 'tempDir' | 'childEnv' | 'registerSecret' | 'now'>,
  tokens: TokenSupply,
): TargetContext {
  return {
    http: services.http,
    log: services.log,
    tokens,
    tempDir: services.tempDir,
    childEnv: services.childEnv,
    timeoutMs: plan.timeoutMs,
    registerSecret: services.registerSecret,
    now: services.now,
  };
}
