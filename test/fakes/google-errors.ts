import type { FakeResponse } from './http-server.ts';

/**
 * Google's error bodies, as the real services word them. STS answers OAuth errors
 * (`{"error", "error_description"}`, HTTP 400); the IAM Credentials API and other Google APIs
 * answer `{"error": {"code", "message", "status", "details"}}`.
 */
export function oauthError(error: string, description: string, status = 400): FakeResponse {
  return { status, body: { error, error_description: description } };
}

export const sts = {
  badAudienceParameter: () =>
    oauthError(
      'invalid_request',
      'Invalid value for "audience". This value should be the full resource name of the Identity Provider. See https://cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token for the list of possible formats.',
    ),
  unknownProvider: () =>
    oauthError(
      'invalid_target',
      'The target service indicated by the "audience" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\'t exist.',
    ),
  badGrantType: () => oauthError('invalid_request', 'Invalid value for "grant_type".'),
  badSubjectTokenType: () => oauthError('invalid_request', 'Invalid value for "subject_token_type".'),
  missingScope: () => oauthError('invalid_request', 'Scope(s) must be provided.'),
  notAJwt: () => oauthError('invalid_grant', 'Unable to parse the ID Token.'),
  issuer: (got: string, want: string) =>
    oauthError('invalid_grant', `The issuer in ID Token ${got} does not match the expected ones: ${want}.`),
  signature: () => oauthError('invalid_grant', 'Invalid JWT signature.'),
  expired: (exp: number) =>
    oauthError('invalid_grant', `ID Token expired at ${new Date(exp * 1000).toISOString()}.`),
  audience: (got: string) =>
    oauthError('invalid_grant', `The audience in ID Token [${got}] does not match the expected audience.`),
  subjectTooLong: () =>
    oauthError(
      'invalid_request',
      'The size of mapped attribute google.subject exceeds the 127 bytes limit. Either modify your attribute mapping or the incoming assertion to produce a mapped attribute that is less than 127 bytes.',
    ),
  condition: () =>
    oauthError('unauthorized_client', 'The given credential is rejected by the attribute condition.'),
};

export function apiError(code: number, status: string, message: string, details?: unknown[]): FakeResponse {
  return { status: code, body: { error: { code, message, status, ...(details ? { details } : {}) } } };
}

export const iam = {
  unauthenticated: () =>
    apiError(
      401,
      'UNAUTHENTICATED',
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    ),
  permissionDenied: (permission: string) =>
    apiError(
      403,
      'PERMISSION_DENIED',
      `Permission '${permission}' denied on resource (or it may not exist).`,
      [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'IAM_PERMISSION_DENIED',
          domain: 'iam.googleapis.com',
          metadata: { permission },
        },
      ],
    ),
  invalidArgument: (message: string) => apiError(400, 'INVALID_ARGUMENT', message),
};
