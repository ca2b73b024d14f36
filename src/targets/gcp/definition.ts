import type { OidcExchangeError } from '../../core/errors.js';
import {
  invalidInput,
  missingInput,
  parseHttpsUrl,
  parseInteger,
  splitList,
} from '../../core/input-parsers.js';
import { writtenByUser, type InputReader } from '../../core/inputs.js';
import type { TargetDefinition } from '../../core/target.js';
import { parseChainSettings, SERVICE_ACCOUNT, type ChainSettings } from './chain-inputs.js';
import { trustCommands } from './trust.js';

/**
 * Google Cloud workload identity federation (docs/gcp.md): the CI token is exchanged at Google STS
 * (RFC 8693) for a federated token, which either is the credential (direct resource access) or
 * impersonates a service account through the IAM Credentials API. The default audience is what
 * Google expects when the provider lists no allowed audiences, and what google-github-actions/auth
 * requests: `https://iam.googleapis.com/<provider resource name>`.
 */
export interface GcpSettings extends ChainSettings {
  /** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`. */
  provider: string;
  projectNumber: string;
  pool: string;
  serviceAccount: string | undefined;
  projectId: string | undefined;
  scopes: string[];
  lifetimeSeconds: number;
  stsEndpoint: string;
  iamCredentialsEndpoint: string;
}

const PROVIDER =
  /^projects\/(\d+)\/locations\/global\/workloadIdentityPools\/([a-z0-9-]{4,32})\/providers\/([a-z0-9-]{4,32})$/;
const PROJECT_ID = /^([a-z][a-z0-9.-]{0,61}[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const SCOPE_BASE = 'https://www.googleapis.com/auth/';
// A declared default (`gcp-scopes`, `gcp-token-lifetime-seconds`, `gcp-id-token-include-email`) asks for nothing: the runner passes it to every step.
const REQUESTING_INPUTS = [
  'gcp-workload-identity-provider',
  'gcp-service-account',
  'gcp-project-id',
  'gcp-scopes',
  'gcp-token-lifetime-seconds',
  'gcp-delegates',
  'gcp-id-token-audience',
  'gcp-id-token-include-email',
];

export const GOOGLE_IAM_HOST = 'iam.googleapis.com';

export const gcpTarget: TargetDefinition<GcpSettings> = {
  name: 'gcp',
  isRequested: (read) => REQUESTING_INPUTS.some((name) => writtenByUser(read, name)),
  parse(read, problems, audienceOverride) {
    const settings = parseGcpSettings(read, problems);
    return settings && { settings, audience: audienceOverride ?? defaultAudience(settings) };
  },
  load: () => import('./exchange.js'),
  trustFor: (settings, presented) => trustCommands(settings, presented).join(' && '),
};

export function defaultAudience(settings: Pick<GcpSettings, 'provider'>): string {
  return `https://${GOOGLE_IAM_HOST}/${settings.provider}`;
}

function parseGcpSettings(read: InputReader, problems: OidcExchangeError[]): GcpSettings | undefined {
  const before = problems.length;
  const providerRaw = read('gcp-workload-identity-provider').trim();
  const provider = PROVIDER.exec(providerRaw);
  if (!providerRaw) problems.push(missingInput('gcp-workload-identity-provider', 'for Google Cloud'));
  else if (!provider) {
    problems.push(
      invalidInput(
        'gcp-workload-identity-provider',
        'a provider resource name like projects/123456789012/locations/global/workloadIdentityPools/github/providers/my-repo',
        providerRaw,
        providerHint(providerRaw),
      ),
    );
  }

  const accountRaw = read('gcp-service-account').trim();
  if (accountRaw && !SERVICE_ACCOUNT.test(accountRaw)) {
    problems.push(
      invalidInput(
        'gcp-service-account',
        'a service account e-mail like deploy@my-project.iam.gserviceaccount.com',
        accountRaw,
      ),
    );
  }
  const projectRaw = read('gcp-project-id').trim();
  if (projectRaw && !PROJECT_ID.test(projectRaw)) {
    problems.push(invalidInput('gcp-project-id', 'a project id like my-project-123', projectRaw));
  }
  const chain = parseChainSettings(read, accountRaw, problems);
  const scopes = parseScopes(read('gcp-scopes'), problems);
  const lifetimeSeconds = parseInteger(
    'gcp-token-lifetime-seconds',
    read('gcp-token-lifetime-seconds'),
    { min: 60, max: 43200, fallback: 3600 },
    problems,
  );
  const sts = endpoint('gcp-sts-endpoint', read('gcp-sts-endpoint'), 'https://sts.googleapis.com', problems);
  const iam = endpoint(
    'gcp-iam-credentials-endpoint',
    read('gcp-iam-credentials-endpoint'),
    'https://iamcredentials.googleapis.com',
    problems,
  );

  if (problems.length > before || !provider) return undefined;
  return {
    provider: providerRaw,
    projectNumber: provider[1] ?? '',
    pool: provider[2] ?? '',
    serviceAccount: accountRaw || undefined,
    projectId: projectRaw || projectOf(accountRaw),
    scopes,
    lifetimeSeconds,
    stsEndpoint: sts,
    iamCredentialsEndpoint: iam,
    ...chain,
  };
}

/** The most common mistakes: the audience form pasted instead of the name, or the project id for its number. */
function providerHint(given: string): string | undefined {
  if (/^(https:)?\/\/iam\.googleapis\.com\//.test(given))
    return 'Give the resource name alone, without the `//iam.googleapis.com/` or `https://iam.googleapis.com/` prefix.';
  if (/^projects\/[^/]*[a-z][^/]*\//.test(given))
    return 'Providers are named by the project number, not the project id: `gcloud projects describe <id> --format="value(projectNumber)"`.';
  return 'It is shown by `gcloud iam workload-identity-pools providers describe <provider> --workload-identity-pool=<pool> --location=global --format="value(name)"`.';
}

function parseScopes(raw: string, problems: OidcExchangeError[]): string[] {
  const given = splitList(raw);
  const scopes = (given.length > 0 ? given : ['cloud-platform']).map((s) =>
    /^[a-z][a-z0-9._-]*$/i.test(s) ? `${SCOPE_BASE}${s}` : s,
  );
  for (const scope of scopes) {
    if (!/^https:\/\/[^\s]+$/.test(scope)) {
      problems.push(
        invalidInput(
          'gcp-scopes',
          'OAuth scopes like cloud-platform or https://www.googleapis.com/auth/…',
          scope,
        ),
      );
    }
  }
  return scopes;
}

function endpoint(name: string, raw: string, fallback: string, problems: OidcExchangeError[]): string {
  if (!raw.trim()) return fallback;
  return (parseHttpsUrl(name, raw, problems) ?? fallback).replace(/\/+$/, '');
}

/** `name@<project>.iam.gserviceaccount.com` → `<project>` (user-managed accounts only). */
function projectOf(serviceAccount: string): string | undefined {
  return /@([a-z][a-z0-9-]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(serviceAccount)?.[1];
}
