import { randomUUID } from 'node:crypto';
import type { FakeResponse } from './http-server.ts';

/** One Entra error: HTTP status, OAuth `error`, AADSTS number and message (without the AADSTS prefix). */
export interface AadError {
  status: number;
  error: string;
  code: number;
  message: string;
}

const ficDocs = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const ficHint = `Check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${ficDocs}`;
const invalidClient = (code: number, message: string): AadError => ({
  status: 401,
  error: 'invalid_client',
  code,
  message,
});

// Messages follow real responses quoted in public issues (see docs/protocols.md §2.6);
// the ones marked "unverified" are the documented meaning worded by hand.
export const aad = {
  tenantNotFound: (tenant: string, error = 'invalid_request'): AadError => ({
    status: 400,
    error,
    code: 90002,
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  }),
  postOnly: (method: string): AadError => ({
    status: 400,
    error: 'invalid_request',
    code: 900561,
    message: `The endpoint only accepts POST, OPTIONS requests. Received a ${method} request.`,
  }),
  missingParameter: (name: string): AadError => ({
    status: 400,
    error: 'invalid_request',
    code: 900144,
    message: `The request body must contain the following parameter: '${name}'.`,
  }),
  unsupportedGrantType: (grantType: string): AadError => ({
    status: 400,
    error: 'unsupported_grant_type',
    code: 70003,
    message: `The app requested an unsupported grant type '${grantType}'.`, // unverified wording
  }),
  appNotFound: (clientId: string, tenant: string): AadError => ({
    status: 400,
    error: 'unauthorized_client',
    code: 700016,
    message: `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  invalidSecret: (clientId: string): AadError =>
    invalidClient(
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
    ),
  missingCredential: (): AadError =>
    invalidClient(
      7000218,
      `The request body must contain the following parameter: 'client_assertion' or 'client_secret'.`,
    ),
  invalidScope: (scope: string): AadError => ({
    status: 400,
    error: 'invalid_scope',
    code: 70011,
    message: `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
  }),
  scopeNotDefault: (scope: string): AadError => ({
    status: 400,
    error: 'invalid_scope',
    code: 1002012,
    message: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
  }),
  malformedJwt: (): AadError => invalidClient(50027, 'JWT token is invalid or malformed.'),
  badSignature: (): AadError =>
    invalidClient(50027, 'Invalid JWT token. External ID token from issuer failed signature verification.'), // unverified wording
  issuerMismatch: (issuer: string): AadError =>
    invalidClient(
      700211,
      `No matching federated identity record found for presented assertion issuer '${issuer}'. ${ficHint}`,
    ),
  externalOidcFailed: (): AadError => ({
    status: 400,
    error: 'invalid_request',
    code: 50166,
    message: 'Request to External OIDC endpoint failed.',
  }),
  keyNotFound: (keyId: string, issuer: string): AadError =>
    invalidClient(
      7000272,
      `The certificate with identifier ${keyId} used to sign the federated credential could not be found in the metadata of identity provider ${issuer}. Please validate that your Identity Provider's metadata exposes the key used to sign the incoming token.`,
    ),
  timeRange: (nowMs: number, nbfSeconds: number, expSeconds: number): AadError =>
    invalidClient(
      700024,
      `Client assertion is not within its valid time range. Current time: ${dotnetTime(nowMs)}, assertion valid from ${dotnetTime(nbfSeconds * 1000)}, expiry time of assertion ${dotnetTime(expSeconds * 1000)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
    ),
  subjectMismatch: (subject: string): AadError =>
    invalidClient(
      700213,
      `No matching federated identity record found for presented assertion subject '${subject}'. ${ficHint}`,
    ),
  subjectCaseMismatch: (subject: string): AadError =>
    invalidClient(
      7002138,
      `No matching federated identity record found for presented assertion subject '${subject}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. See documentation at: ${ficDocs}. See breaking change notification and remediation at: https://learn.microsoft.com/en-us/entra/identity-platform/reference-breaking-changes#august-2024.`,
    ),
  audienceMismatch: (audience: string): AadError =>
    invalidClient(
      700212,
      `No matching federated identity record found for presented assertion audience '${audience}'. ${ficHint}`,
    ),
  temporarilyUnavailable: (): AadError => ({
    status: 503,
    error: 'temporarily_unavailable',
    code: 50033,
    message: 'A transient error has occurred. Please try again.', // unverified wording
  }),
};

/** The JSON error body Entra sends (docs/protocols.md §2.2), with fresh trace and correlation ids. */
export function aadErrorResponse(
  err: AadError,
  ctx: { authorityHost: string; correlationId?: string | undefined },
): FakeResponse {
  const traceId = randomUUID();
  const correlationId = ctx.correlationId ?? randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return {
    status: err.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-ms-request-id': traceId },
    body: {
      error: err.error,
      error_description: `AADSTS${err.code}: ${err.message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [err.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${ctx.authorityHost}/error?code=${err.code}`,
    },
  };
}

// .NET round-trip format as in real AADSTS700024 messages: 2024-10-02T22:05:03.6755165Z.
function dotnetTime(ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return String(ms / 1000);
  return date.toISOString().replace(/Z$/, '0000Z');
}
