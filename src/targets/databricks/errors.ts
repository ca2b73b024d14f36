import { OidcExchangeError } from '../../core/errors.js';
import type { HttpResponse } from '../../core/http.js';
import { parseRetryAfter, RetryAfter } from '../../core/retry.js';
import type { PresentedToken, TokenSupply } from '../../core/target.js';
import type { DatabricksSettings } from './definition.js';
import { shellQuote } from '../../core/shell-quote.js';

/**
 * A refused token exchange, in one line: what Databricks said, what was presented (issuer,
 * subject, and above all the audience that was sent, since docs and SDKs disagree on its default,
 * docs/protocols.md §4.3), and the federation policy that would accept exactly this token.
 */
export function exchangeRefused(
  res: HttpResponse,
  settings: DatabricksSettings,
  tokens: TokenSupply,
): OidcExchangeError {
  const transient = res.status >= 500 || res.status === 429;
  const detail = describeDatabricksError(res.body);
  const policy = settings.clientId
    ? `the service principal ${settings.clientId}'s federation policies`
    : 'the account-wide federation policies';
  const message =
    `Databricks refused the token exchange at ${settings.tokenEndpoint} (HTTP ${res.status}${detail ? `: ${detail}` : ''}), checked against ${policy}.` +
    ` Presented: issuer '${tokens.issuer}', subject '${tokens.subject}', audience '${tokens.audience}'.`;
  const error = new OidcExchangeError(
    transient ? 'DATABRICKS_EXCHANGE_FAILED' : 'DATABRICKS_TRUST_MISMATCH',
    message,
    {
      retryable: transient,
      hint: transient ? undefined : policyHint(settings, tokens),
    },
  );
  const retryAfter = parseRetryAfter(res.headers['retry-after']);
  return transient && retryAfter !== undefined ? new RetryAfter(error, retryAfter) : error;
}

/**
 * The federation policy that accepts exactly this token (docs/protocols.md §4.3), as a Databricks CLI
 * command that is safe to paste whatever the claims hold. The service principal's numeric id is
 * left to the shell variable SP_ID (a `<placeholder>` would be a redirection, and an apostrophe
 * in it would open a quote).
 */
export function federationPolicyCommand(settings: DatabricksSettings, presented: PresentedToken): string {
  const oidc = { issuer: presented.issuer, audiences: [presented.audience], subject: presented.subject };
  return settings.clientId
    ? `databricks account service-principal-federation-policy create "$SP_ID" --json ${shellQuote(JSON.stringify({ oidc_policy: oidc }))}`
    : `databricks account federation-policy create --json ${shellQuote(JSON.stringify({ oidc_policy: { ...oidc, subject: undefined, subject_claim: 'sub' } }))}`;
}

function policyHint(settings: DatabricksSettings, tokens: TokenSupply): string {
  const command = federationPolicyCommand(settings, tokens);
  return settings.clientId
    ? `A policy that accepts this token, with SP_ID set to the service principal's numeric id (not its application id): ${command}`
    : `An account-wide policy that accepts this token: ${command}`;
}

/** Databricks answers errors in two JSON shapes: OAuth's `{error, error_description}` and its API's `{error_code, message}`. */
export function describeDatabricksError(body: string): string {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const code = parsed['error'] ?? parsed['error_code'];
    const text = parsed['error_description'] ?? parsed['message'] ?? parsed['detail'];
    return [code, text].filter((v) => typeof v === 'string').join(': ');
  } catch {
    return body.slice(0, 200).replace(/\s+/g, ' ').trim();
  }
}
