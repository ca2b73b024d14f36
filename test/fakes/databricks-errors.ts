import type { FakeResponse } from './http-server.ts';

/** A refusal of the OAuth token endpoint: RFC 6749 §5.2 body `{error, error_description}`. */
export interface OAuthError {
  status: number;
  error: string;
  description: string;
}

/** A refusal of a REST API (`/api/…`): Databricks' `{error_code, message}` body. */
export interface ApiError {
  status: number;
  /** A number for authentication failures (401/403), a string code elsewhere, as Databricks sends them. */
  errorCode: number | string;
  message: string;
}

// The token endpoint's refusal of a credential. Confirmed wording for client authentication on
// /oidc/v1/token (databricks/databricks-sql-nodejs#279: "invalid_client (Client authentication
// failed)"). Which refusal Databricks gives for each federation mismatch (issuer, audience,
// subject, signature, expiry) is not public; like Entra's opaque variants it does not say which
// check failed, so the fake answers all of them with this one and records the reason aside.
const clientAuthFailed: OAuthError = {
  status: 401,
  error: 'invalid_client',
  description: 'Client authentication failed',
};

export const oauth = {
  clientAuthFailed: (): OAuthError => clientAuthFailed,
  // The request-shape refusals below follow RFC 6749/8693 codes; their wording is unverified.
  unsupportedGrantType: (grantType: string): OAuthError => ({
    status: 400,
    error: 'unsupported_grant_type',
    description: `Unsupported grant type: ${grantType}`,
  }),
  missingParameter: (name: string): OAuthError => ({
    status: 400,
    error: 'invalid_request',
    description: `Missing required parameter: ${name}`,
  }),
  invalidSubjectTokenType: (type: string): OAuthError => ({
    status: 400,
    error: 'invalid_request',
    description: `Unsupported subject_token_type: ${type}`,
  }),
  invalidScope: (scope: string): OAuthError => ({
    status: 400,
    error: 'invalid_scope',
    description: `Invalid scope: ${scope}`,
  }),
};

export const api = {
  // databricks/databricks-sdk-go#873 and #1046 (full response captured, with the reason header).
  invalidAccessToken: (): ApiError => ({ status: 403, errorCode: 403, message: 'Invalid access token.' }),
  // Without any bearer (many public reports, e.g. dbt and UC Iceberg troubleshooting notes).
  credentialNotSent: (): ApiError => ({
    status: 401,
    errorCode: 401,
    message: 'Credential was not sent or was of an unsupported type for this API.',
  }),
  // An Entra principal the workspace does not know (terraform-provider-databricks#959,
  // gbrueckl/Databricks.API.PowerShell#20: "Error 403 User not authorized.").
  userNotAuthorized: (): ApiError => ({ status: 403, errorCode: 403, message: 'User not authorized.' }),
  // Entra tokens: expired ones get 401 "Token is expired" (databrickslabs/splunk-integration#55,
  // 2025); ones about to expire are refused 30 s early (databricks/databricks-vscode#583, docs/protocols.md §4.4).
  tokenExpired: (): ApiError => ({ status: 401, errorCode: 401, message: 'Token is expired' }),
  tokenExpiringSoon: (): ApiError => ({
    status: 403,
    errorCode: 403,
    message: 'Token is expiring within 30 seconds. (token expired)',
  }),
  endpointNotFound: (method: string, path: string): ApiError => ({
    status: 404,
    errorCode: 'ENDPOINT_NOT_FOUND',
    message: `No API found for '${method} ${path}'`,
  }),
};

export function oauthErrorResponse(err: OAuthError): FakeResponse {
  return { status: err.status, body: { error_description: err.description, error: err.error } };
}

/** Databricks also puts the message in `X-Databricks-Reason-Phrase` (databricks-sdk-go#873). */
export function apiErrorResponse(err: ApiError): FakeResponse {
  return {
    status: err.status,
    body: { error_code: err.errorCode, message: err.message },
    headers: { 'x-databricks-reason-phrase': err.message },
  };
}
