import { OidcExchangeError, type ErrorCode } from '../../core/errors.js';
import type { HttpResponse } from '../../core/http.js';
import { parseRetryAfter, RetryAfter } from '../../core/retry.js';
import type { PresentedToken } from '../../core/target.js';
import type { GcpSettings } from './definition.js';
import { chainBindingCommands, providerCommand } from './trust.js';

/**
 * Google's refusals → one error each, with the fix (docs/gcp.md, troubleshooting). STS answers
 * OAuth's `{"error", "error_description"}`; the IAM Credentials API answers
 * `{"error": {"code", "message", "status"}}`. Neither says more than the description, so every
 * message names what was presented, and the hints print the trust that accepts exactly this token.
 * Only 5xx and 429 are retried, never a refusal.
 */
export function stsRefused(
  res: HttpResponse,
  settings: GcpSettings,
  presented: PresentedToken,
): OidcExchangeError {
  const { code, text } = readOAuthError(res.body);
  const what =
    `Google STS refused the token exchange for ${settings.provider} (HTTP ${res.status}${code ? `: ${code}` : ''}${text ? `: ${text}` : ''}).` +
    ` Presented: issuer '${presented.issuer}', subject '${presented.subject}', audience '${presented.audience}'.`;
  if (res.status >= 500 || res.status === 429) return transient('GCP_EXCHANGE_FAILED', what, res);
  const provider = `A provider that accepts exactly this token: ${providerCommand(settings, presented)}`;
  if (code === 'invalid_target') {
    return new OidcExchangeError('GCP_PROVIDER_NOT_FOUND', what, {
      hint: `Check \`gcp-workload-identity-provider\` (the project number, pool and provider, and that neither is disabled or deleted). ${provider}`,
    });
  }
  if (code === 'unauthorized_client' && /attribute condition/i.test(text)) {
    return new OidcExchangeError('GCP_CONDITION_REFUSED', what, {
      hint: `The provider's attribute condition does not accept these claims; compare it with the token's claims (\`dry-run: true\` prints them). ${provider}`,
    });
  }
  if (/127 bytes/.test(text)) {
    // Entra-issued Azure DevOps subjects (`/eid1/c/pub/t/…/sc/<org id>/<connection id>`) are longer.
    return new OidcExchangeError('GCP_TRUST_MISMATCH', what, {
      hint: "Google limits google.subject to 127 bytes: map it from a shorter claim, or a part of `sub`, in the provider's --attribute-mapping, and bind IAM to that value.",
    });
  }
  if (code === 'invalid_grant' || code === 'unauthorized_client') {
    return new OidcExchangeError('GCP_TRUST_MISMATCH', what, { hint: provider });
  }
  return new OidcExchangeError('GCP_EXCHANGE_FAILED', what);
}

export function impersonationRefused(
  res: HttpResponse,
  settings: GcpSettings,
  presented: PresentedToken,
  method: 'generateAccessToken' | 'generateIdToken',
): OidcExchangeError {
  const { code, text } = readApiError(res.body);
  const chain = settings.delegates.length > 0 ? ` through ${settings.delegates.join(' → ')}` : '';
  const what =
    `The IAM Credentials API refused ${method} for ${settings.serviceAccount ?? ''}${chain} (HTTP ${res.status}${code ? `: ${code}` : ''}${text ? `: ${text}` : ''}).` +
    ` Federated subject: '${presented.subject}'.`;
  if (res.status >= 500 || res.status === 429) return transient('GCP_EXCHANGE_FAILED', what, res);
  if (res.status === 403 || code === 'PERMISSION_DENIED') {
    // Google does not say which link of a chain is missing: every binding the chain needs is printed.
    const bindings = chainBindingCommands(settings, presented.subject).join(' && ');
    return new OidcExchangeError('GCP_PERMISSION_DENIED', what, {
      hint:
        settings.delegates.length > 0
          ? `Each link of the chain needs its binding (and every account must exist): the federated principal roles/iam.serviceAccountTokenCreator on the first delegate, each delegate on the next, the last on the service account: ${bindings}`
          : `The federated principal needs roles/iam.workloadIdentityUser on the service account (and the account must exist): ${bindings}`,
    });
  }
  const lifetime = res.status === 400 && /lifetime/i.test(text);
  const audience = res.status === 400 && method === 'generateIdToken' && /audience/i.test(text);
  return new OidcExchangeError('GCP_EXCHANGE_FAILED', what, {
    hint: lifetime
      ? 'Lower `gcp-token-lifetime-seconds` to 3600, or allow longer lifetimes with the organisation policy constraints/iam.allowServiceAccountCredentialLifetimeExtension.'
      : audience
        ? '`gcp-id-token-audience` must name the receiver: a Cloud Run or Cloud Functions service by its URL (https://…run.app), IAP by its OAuth client id.'
        : undefined,
  });
}

function transient(code: ErrorCode, message: string, res: HttpResponse): OidcExchangeError {
  const error = new OidcExchangeError(code, message, { retryable: true });
  const retryAfter = parseRetryAfter(res.headers['retry-after']);
  return retryAfter === undefined ? error : new RetryAfter(error, retryAfter);
}

function readOAuthError(body: string): { code: string; text: string } {
  const parsed = parse(body);
  return {
    code: typeof parsed['error'] === 'string' ? parsed['error'] : '',
    text: typeof parsed['error_description'] === 'string' ? bounded(parsed['error_description']) : '',
  };
}

function readApiError(body: string): { code: string; text: string } {
  const error = parse(body)['error'];
  const fields = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  return {
    code: typeof fields['status'] === 'string' ? fields['status'] : '',
    text: typeof fields['message'] === 'string' ? bounded(fields['message']) : '',
  };
}

function parse(body: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Google's descriptions are the service's own words; a bounded single line is enough. */
function bounded(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
