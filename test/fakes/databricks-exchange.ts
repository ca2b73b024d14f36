import type { Directory } from './databricks-directory.ts';
import { oauth } from './databricks-errors.ts';
import type { OAuthError } from './databricks-errors.ts';
import { matchFederation } from './databricks-federation.ts';
import { mintAccessToken } from './databricks-tokens.ts';
import type { IssuedDatabricksToken, MintSettings } from './databricks-tokens.ts';

export type ExchangeOutcome =
  | { ok: true; issued: IssuedDatabricksToken; body: Record<string, unknown> }
  | { ok: false; error: OAuthError; reason: string };

export type ExchangeSettings = Omit<MintSettings, 'scope' | 'clientId'> & { externalFetchTimeoutMs: number };

const tokenExchange = 'urn:ietf:params:oauth:grant-type:token-exchange';
const jwtType = 'urn:ietf:params:oauth:token-type:jwt';

/** RFC 8693 token exchange at a Databricks token endpoint (docs/protocols.md §4.2–4.4). */
export async function exchangeToken(
  form: Record<string, string>,
  dir: Directory,
  settings: ExchangeSettings,
): Promise<ExchangeOutcome> {
  const refuse = (error: OAuthError, reason = error.description): ExchangeOutcome => ({
    ok: false,
    error,
    reason,
  });
  const grantType = form['grant_type'];
  if (!grantType) return refuse(oauth.missingParameter('grant_type'));
  if (grantType !== tokenExchange) return refuse(oauth.unsupportedGrantType(grantType));
  const subjectToken = form['subject_token'];
  if (!subjectToken) return refuse(oauth.missingParameter('subject_token'));
  const tokenType = form['subject_token_type'];
  if (!tokenType) return refuse(oauth.missingParameter('subject_token_type'));
  if (tokenType !== jwtType) return refuse(oauth.invalidSubjectTokenType(tokenType));
  // The SDKs always send `all-apis` (§4.2); other scopes (`sql`, `clusters …`) are accepted as is.
  const scope = form['scope'] ?? 'all-apis';
  if (scope.trim() === '') return refuse(oauth.invalidScope(scope));
  // The SDKs send `client_id` in the body with an empty secret (§4.2): empty means absent.
  const clientId = form['client_id'] || undefined;

  const matched = await matchFederation(subjectToken, clientId, dir, settings);
  if (!matched.ok) return refuse(oauth.clientAuthFailed(), matched.reason);
  return { ok: true, ...mintAccessToken(matched.match, { ...settings, scope, clientId }) };
}
