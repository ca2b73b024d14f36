import {
  ADO_AUDIENCE,
  ADO_AUDIENCES,
  adoIssuers,
  entraIssuerOf,
  type AzureDevOpsExpectations,
} from './azure-devops-issuers.js';
import { OidcExchangeError, OidcExchangeErrors } from './errors.js';
import {
  invalidInput,
  missingInput,
  parseBoolean,
  parseHttpsUrl,
  parseInteger,
  parseUuid,
  splitLines,
} from './input-parsers.js';
import { DEFAULT_GITHUB_ISSUER, writtenByUser, type InputReader } from './inputs.js';
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
  needsToken: boolean;
}

export type TokenSourcePlan =
  | { kind: 'github' }
  | { kind: 'azure-managed-identity'; clientId: string | undefined; resourceId: string | undefined }
  /** The Azure DevOps job's token; for the service connection when one is given, else the pipeline's. */
  | { kind: 'azure-devops'; serviceConnectionId: string | undefined };

export interface Plan {
  source: TokenSourcePlan;
  /** The expected `iss`; with Azure DevOps the first of the accepted issuers (see `azureDevOps`). */
  issuer: string;
  /** Azure DevOps tokens: every accepted issuer (one per family unless `issuer` names one). */
  azureDevOps?: AzureDevOpsExpectations | undefined;
  subjects: Pattern[];
  claims: Array<{ name: string; pattern: Pattern }>;
  verifySignature: boolean;
  clockToleranceSeconds: number;
  /** Per request (each attempt), from `timeout-seconds`. */
  timeoutMs: number;
  /** Explain instead of exchanging (`dry-run`). */
  dryRun: boolean;
  /** Keep the credentials renewable for the whole job (`refresh`); the runtime decides how. */
  refresh: boolean;
  targets: PlannedTarget[];
}

/** RFC 7519 leeway: a minute is plenty against 5-minute tokens (docs/protocols.md §5.1, §5.4). */
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
  const issuerGiven = issuerRaw.trim() === '' ? undefined : parseHttpsUrl('issuer', issuerRaw, problems);
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
  let audienceOverride = audienceRaw === '' ? undefined : audienceRaw;

  const source = parseTokenSource(read, problems, run);
  let issuer = issuerGiven ?? DEFAULT_GITHUB_ISSUER;
  let azureDevOps: AzureDevOpsExpectations | undefined;
  if (source.kind === 'azure-devops') {
    azureDevOps = {
      issuers: adoIssuers(run.azureDevOps ?? {}, issuerGiven),
      serviceConnectionId: source.serviceConnectionId,
      entraIssuer: entraIssuerOf(run.azureDevOps ?? {}),
    };
    issuer = azureDevOps.issuers[0]?.issuer ?? '';
    if (issuerRaw.trim() === '' && azureDevOps.issuers.length === 0) {
      problems.push(
        missingInput(
          'issuer',
          'when the run names neither its collection (System.CollectionId) nor a service connection with a tenant',
        ),
      );
    }
    // Azure DevOps chooses the audience; a target's own default is not what its token will carry.
    if (audienceOverride !== undefined && !ADO_AUDIENCES.includes(audienceOverride)) {
      problems.push(
        invalidInput(
          'audience',
          `empty or \`${ADO_AUDIENCE}\` (Azure DevOps issues its tokens for that audience only)`,
          audienceRaw,
        ),
      );
    }
    audienceOverride = ADO_AUDIENCE;
  }
  // The action declares GitHub's issuer as the default, so every step has it; it is never a managed
  // identity's (Entra's), so with that source only an issuer the user wrote counts.
  if (source.kind === 'azure-managed-identity' && !writtenByUser(read, 'issuer')) {
    problems.push(
      missingInput(
        'issuer',
        'with `token-source: azure-managed-identity` (e.g. https://login.microsoftonline.com/<tenant>/v2.0)',
      ),
    );
  }
  const subjects = splitLines(read('subject')).map(compilePattern);
  const claims = parseClaimRules(read('claims'), problems);
  const verifySignature = parseBoolean('verify-signature', read('verify-signature'), true, problems);
  const dryRun = parseBoolean('dry-run', read('dry-run'), false, problems);
  const refresh = parseBoolean('refresh', read('refresh'), true, problems);
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
        hint: 'For Azure, set `azure-client-id` and `azure-tenant-id`; for AWS, `aws-role-arn` and `aws-region`; for Databricks, `databricks-host`; for Google Cloud, `gcp-workload-identity-provider`.',
      }),
    );
  }
  const targets: PlannedTarget[] = [];
  for (const definition of requested) {
    const parsed = definition.parse(read, problems, audienceOverride, run);
    if (parsed) {
      targets.push({
        definition,
        settings: parsed.settings,
        audience: parsed.audience,
        needsToken: parsed.needsToken ?? true,
      });
    }
  }

  // An unparsable `issuer` is among the problems (parseHttpsUrl reports it).
  if (problems.length > 0) throw new OidcExchangeErrors(problems);
  return {
    source,
    issuer,
    azureDevOps,
    subjects,
    claims,
    verifySignature,
    clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS,
    timeoutMs: timeoutSeconds * 1000,
    dryRun,
    refresh,
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

function parseTokenSource(read: InputReader, problems: OidcExchangeError[], run: RunInfo): TokenSourcePlan {
  const given = read('token-source').trim().toLowerCase();
  const kind = given === '' ? (run.ci === 'azure-devops' ? 'azure-devops' : 'github') : given;
  if (kind === 'github') return { kind: 'github' };
  if (kind === 'azure-devops') {
    return { kind: 'azure-devops', serviceConnectionId: run.azureDevOps?.serviceConnectionId || undefined };
  }
  if (kind !== 'azure-managed-identity') {
    problems.push(
      invalidInput(
        'token-source',
        '`github`, `azure-devops` or `azure-managed-identity`',
        read('token-source'),
      ),
    );
    return { kind: 'github' };
  }
  const clientRaw = read('azure-managed-identity-client-id');
  const resourceId = read('azure-managed-identity-resource-id').trim() || undefined;
  const clientId = clientRaw.trim()
    ? parseUuid('azure-managed-identity-client-id', clientRaw, problems)
    : undefined;
  if (
    resourceId &&
    !/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i.test(
      resourceId,
    )
  ) {
    problems.push(
      invalidInput('azure-managed-identity-resource-id', 'a user-assigned identity resource id', resourceId),
    );
  }
  return { kind: 'azure-managed-identity', clientId, resourceId };
}
