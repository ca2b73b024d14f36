import { OidcExchangeError, OidcExchangeErrors } from './errors.js';
import { invalidInput, parseBoolean, parseHttpsUrl, parseInteger, splitLines } from './input-parsers.js';
import { DEFAULT_GITHUB_ISSUER, type InputReader } from './inputs.js';
import { compilePattern, type Pattern } from './pattern.js';
import type { RunInfo, TargetDefinition } from './target.js';

/**
 * Raw inputs (strings, as every runtime delivers them) → one typed, validated Plan. Every input
 * problem is found here, all at once, before any network call.
 */
export interface PlannedTarget {
  definition: TargetDefinition<unknown>;
  settings: unknown;
  audience: string;
}

export interface Plan {
  issuer: string;
  subjects: Pattern[];
  claims: Array<{ name: string; pattern: Pattern }>;
  verifySignature: boolean;
  clockToleranceSeconds: number;
  /** Per request (each attempt), from `timeout-seconds`. */
  timeoutMs: number;
  /** Explain instead of exchanging (`dry-run`). */
  dryRun: boolean;
  targets: PlannedTarget[];
}

/** RFC 7519 leeway: a minute is plenty against 5-minute tokens (PROTOCOLS.md §5.1, §5.4). */
export const CLOCK_TOLERANCE_SECONDS = 60;

/** Claims with their own input, or checked by the signature verification, are not `claims` rules. */
const RESERVED_CLAIMS: Record<string, string> = {
  iss: 'use `issuer`',
  aud: 'use `audience`',
  sub: 'use `subject`',
  exp: 'token times are always checked',
  nbf: 'token times are always checked',
  iat: 'token times are always checked',
};

export function parsePlan(
  read: InputReader,
  definitions: ReadonlyArray<TargetDefinition<unknown>>,
  run: RunInfo = {},
): Plan {
  const problems: OidcExchangeError[] = [];

  const issuerRaw = read('issuer');
  const issuer =
    issuerRaw.trim() === '' ? DEFAULT_GITHUB_ISSUER : parseHttpsUrl('issuer', issuerRaw, problems);
  if (issuerRaw !== issuerRaw.trim() && issuerRaw.trim() !== '') {
    problems.push(
      invalidInput(
        'issuer',
        'an issuer without surrounding spaces (it is compared byte for byte)',
        issuerRaw,
      ),
    );
  }

  const audienceRaw = read('audience').trim();
  if (/\s/.test(audienceRaw))
    problems.push(invalidInput('audience', 'one audience with no spaces', audienceRaw));
  const audienceOverride = audienceRaw === '' ? undefined : audienceRaw;

  const subjects = splitLines(read('subject')).map(compilePattern);
  const claims = parseClaimRules(read('claims'), problems);
  const verifySignature = parseBoolean('verify-signature', read('verify-signature'), true, problems);
  const dryRun = parseBoolean('dry-run', read('dry-run'), false, problems);
  const timeoutSeconds = parseInteger(
    'timeout-seconds',
    read('timeout-seconds'),
    { min: 1, max: 300, fallback: 15 },
    problems,
  );

  const requested = definitions.filter((d) => d.isRequested(read));
  if (requested.length === 0) {
    problems.push(
      new OidcExchangeError('INPUT_INVALID', 'No target was given: nothing to exchange the OIDC token for.', {
        hint: 'For Azure, set `azure-client-id` and `azure-tenant-id`; for AWS, `aws-role-arn` and `aws-region`; for Databricks, `databricks-host`.',
      }),
    );
  }
  const targets: PlannedTarget[] = [];
  for (const definition of requested) {
    const parsed = definition.parse(read, problems, audienceOverride, run);
    if (parsed) targets.push({ definition, settings: parsed.settings, audience: parsed.audience });
  }

  if (problems.length > 0 || issuer === undefined) throw new OidcExchangeErrors(problems);
  return {
    issuer,
    subjects,
    claims,
    verifySignature,
    clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS,
    timeoutMs: timeoutSeconds * 1000,
    dryRun,
    targets,
  };
}

function parseClaimRules(raw: string, problems: OidcExchangeError[]): Plan['claims'] {
  const rules: Plan['claims'] = [];
  for (const line of splitLines(raw)) {
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    const value = eq > 0 ? line.slice(eq + 1).trim() : '';
    if (!/^[A-Za-z0-9_.:/-]+$/.test(name) || value === '') {
      problems.push(
        invalidInput('claims', 'lines of the form `name=pattern`, like `environment=production`', line),
      );
      continue;
    }
    const reserved = RESERVED_CLAIMS[name];
    if (reserved) {
      problems.push(invalidInput('claims', `a claim other than \`${name}\` (${reserved})`, line));
      continue;
    }
    rules.push({ name, pattern: compilePattern(value) });
  }
  return rules;
}
