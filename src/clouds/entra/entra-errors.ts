import {
  ADO_AUDIENCE,
  describeFamily,
  familyOfToken,
  TOKEN_EXCHANGE_APP_ID,
} from '../../core/azure-devops-issuers.js';
import { OidcExchangeError, type ErrorCode } from '../../core/errors.js';
import { shellQuote } from '../../core/shell-quote.js';

/**
 * Turns an Entra failure into one line with a fix (docs/protocols.md §2.6). Branch on the AADSTS
 * code, never on the description text, which Microsoft may change; the description is only
 * quoted. Trust errors are never retried; "try again" codes and an unreachable issuer are.
 */
export interface Presented {
  issuer: string;
  subject: string;
  audience: string;
  clientId: string;
  tenantId: string;
  scope: string;
}

interface Mapping {
  code: ErrorCode;
  retryable: boolean;
  hint: (p: Presented) => string;
}

/**
 * The federated credential that accepts exactly this token (docs/protocols.md §2.5), as an az command.
 * An Entra-issued Azure DevOps token carries the token exchange app's GUID as `aud`, but its
 * credential must say `api://AzureADTokenExchange`: Entra maps one to the other (docs/protocols.md §6.5).
 */
export function federatedCredentialCommand(
  clientId: string,
  p: { issuer: string; subject: string; audience: string },
): string {
  const audience = p.audience === TOKEN_EXCHANGE_APP_ID ? ADO_AUDIENCE : p.audience;
  const credential = { name: 'oidc-exchange', issuer: p.issuer, subject: p.subject, audiences: [audience] };
  return `az ad app federated-credential create --id ${shellQuote(clientId)} --parameters ${shellQuote(JSON.stringify(credential))}`;
}

const trust: Mapping = {
  code: 'AZURE_TRUST_MISMATCH',
  retryable: false,
  hint: (p) =>
    'Add a federated credential that matches exactly (case-sensitive, one audience): ' +
    federatedCredentialCommand(p.clientId, p) +
    ' (a credential created in the last few minutes may still be propagating).' +
    azureDevOpsNote(p),
};

/**
 * Azure DevOps tokens: which issuer family this one came from, since a connection converted to
 * (or created with) the other family is the usual cause of AADSTS700211/700213 (docs/protocols.md §6.12).
 */
function azureDevOpsNote(p: Presented): string {
  if (!/^(sc|p):\/\/|^\/eid1\//.test(p.subject)) return '';
  const family = familyOfToken({ iss: p.issuer, sub: p.subject });
  return (
    ` The token comes from Azure DevOps, ${describeFamily(family)}; the service connection shows the issuer and` +
    ' subject its federated credential must contain (they change when a connection is converted to the other family).'
  );
}

const MAPPINGS: Record<number, Mapping> = {
  70021: trust,
  700211: trust,
  700212: trust,
  700213: trust,
  7002138: trust,
  7002131: trust,
  700024: {
    code: 'AZURE_ASSERTION_TIME',
    retryable: true,
    hint: () => 'The OIDC token had expired or was not yet valid for Entra: check the runner clock (NTP).',
  },
  700016: {
    code: 'AZURE_APP_NOT_FOUND',
    retryable: false,
    hint: (p) =>
      `No application ${p.clientId} in tenant ${p.tenantId}: check \`azure-client-id\`, \`azure-tenant-id\` and \`azure-cloud\`.`,
  },
  90002: {
    code: 'AZURE_TENANT_NOT_FOUND',
    retryable: false,
    hint: (p) =>
      `Tenant ${p.tenantId} does not exist in this cloud: check \`azure-tenant-id\` and \`azure-cloud\`.`,
  },
  50166: {
    code: 'AZURE_ISSUER_UNREACHABLE',
    retryable: true,
    hint: (p) =>
      `Entra could not fetch ${p.issuer}/.well-known/openid-configuration or its keys; the issuer must be reachable from the internet.`,
  },
  // Entra-issued Azure DevOps tokens are refused for multi-tenant apps (docs/protocols.md §6.12).
  70052: {
    code: 'AZURE_TRUST_MISMATCH',
    retryable: false,
    hint: (p) =>
      `App ${p.clientId} must be a single-tenant app or a managed identity to trust this issuer: set its sign-in audience to ` +
      'this organisation only (AzureADMyOrg), use a managed identity, or keep the service connection on the Azure DevOps issuer.',
  },
  70011: {
    code: 'AZURE_SCOPE_INVALID',
    retryable: false,
    hint: () => 'Each entry of `azure-scopes` must be one resource, e.g. https://vault.azure.net/.default.',
  },
  700022: {
    code: 'AZURE_SCOPE_INVALID',
    retryable: false,
    hint: () => 'Each entry of `azure-scopes` must be one resource, e.g. https://vault.azure.net/.default.',
  },
};
MAPPINGS[90061] = MAPPINGS[50166] as Mapping;
MAPPINGS[501661] = MAPPINGS[50166] as Mapping;

const TRANSIENT_CODES = new Set([90006, 50033, 50001, 90033]);

export function entraError(message: string, presented: Presented, statusCode?: number): OidcExchangeError {
  const codes = [...message.matchAll(/AADSTS(\d+)/g)].map((m) => Number(m[1]));
  const mapped = codes.map((c) => MAPPINGS[c]).find((m) => m !== undefined);
  const description =
    /AADSTS\d+:[\s\S]*?(?=\s+Trace ID:|\s+-\s+Correlation ID:|$)/.exec(message)?.[0] ?? firstLine(message);
  const what =
    `Entra ID refused the token exchange for app ${presented.clientId} in tenant ${presented.tenantId}` +
    ` (scope ${presented.scope}): ${description}. Presented: issuer '${presented.issuer}',` +
    ` subject '${presented.subject}', audience '${presented.audience}'.`;
  if (mapped)
    return new OidcExchangeError(mapped.code, what, {
      hint: mapped.hint(presented),
      retryable: mapped.retryable,
    });
  const transient =
    codes.some((c) => TRANSIENT_CODES.has(c)) ||
    /temporarily_unavailable|ECONNRESET|socket hang up|ETIMEDOUT/i.test(message) ||
    (statusCode !== undefined && (statusCode >= 500 || statusCode === 429));
  return new OidcExchangeError('AZURE_EXCHANGE_FAILED', what, { retryable: transient });
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 300);
}
