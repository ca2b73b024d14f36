import { userNameOf } from './databricks-directory.ts';
import type { Principal } from './databricks-directory.ts';

/**
 * The OAuth authorization-server metadata of a workspace (`prefix` = `${host}/oidc`) or of the
 * account (`${host}/oidc/accounts/<id>`), shaped like Databricks' (docs/protocols.md §4.1). The SDKs
 * read only `token_endpoint` and `authorization_endpoint`.
 */
export function authorizationServer(prefix: string): Record<string, unknown> {
  return {
    authorization_endpoint: `${prefix}/v1/authorize`,
    token_endpoint: `${prefix}/v1/token`,
    issuer: prefix,
    jwks_uri: `${prefix}/jwks.json`,
    scopes_supported: ['all-apis', 'email', 'offline_access', 'openid', 'profile', 'sql'],
    response_types_supported: ['code', 'id_token'],
    response_modes_supported: ['query', 'fragment', 'form_post'],
    grant_types_supported: [
      'client_credentials',
      'authorization_code',
      'refresh_token',
      'urn:ietf:params:oauth:grant-type:token-exchange',
    ],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    claims_supported: [
      'iss',
      'sub',
      'aud',
      'iat',
      'exp',
      'jti',
      'name',
      'family_name',
      'given_name',
      'preferred_username',
    ],
    request_uri_parameter_supported: false,
  };
}

/**
 * `GET /api/2.0/preview/scim/v2/Me`. The answer does not say whether the caller is a user or an
 * SP: an SP's `userName` is its application id (terraform-provider-databricks#2555, where the
 * provider tells them apart by the `@` in `userName`).
 */
export function scimMe(principal: Principal): Record<string, unknown> {
  const userName = userNameOf(principal);
  return {
    emails: principal.kind === 'user' ? [{ type: 'work', value: userName, primary: true }] : [],
    displayName: principal.displayName,
    schemas: [
      'urn:ietf:params:scim:schemas:core:2.0:User',
      'urn:ietf:params:scim:schemas:extension:workspace:2.0:User',
    ],
    name: { givenName: principal.displayName },
    active: true,
    groups: [{ display: 'users', type: 'direct', value: '100000000000001', $ref: 'Groups/100000000000001' }],
    id: principal.id,
    userName,
  };
}
