import { delegateResource } from './chain-inputs.js';
import type { GcpSettings } from './definition.js';
import { GOOGLE_IAM_HOST } from './definition.js';

const DEFAULT_IAM_CREDENTIALS = 'https://iamcredentials.googleapis.com';

/**
 * The credentials file for later steps (GOOGLE_APPLICATION_CREDENTIALS): the Google SDKs and
 * gcloud read the OIDC token from `tokenFile` and do the same STS exchange (and impersonation)
 * themselves whenever they need a token. They re-read the file each time, so the refresher keeping
 * it fresh keeps them working for the whole job. Nothing secret is in it.
 *
 * An `external_account` file has no field for a delegation chain (its impersonation request sends
 * only scope and lifetime: docs/protocols.md §7.5). With `gcp-delegates` the file is therefore an
 * `impersonated_service_account` whose `source_credentials` is that same `external_account`
 * without impersonation: the federated identity itself calls generateAccessToken with `delegates`,
 * exactly as this step does (google-auth-library reads it; docs/gcp.md says which tools do not).
 */
export function externalAccountFile(settings: GcpSettings, tokenFile: string): string {
  const file =
    settings.delegates.length > 0 ? delegatedFile(settings, tokenFile) : federated(settings, tokenFile, true);
  return `${JSON.stringify(file, null, 2)}\n`;
}

function federated(settings: GcpSettings, tokenFile: string, impersonate: boolean): Record<string, unknown> {
  const impersonation =
    impersonate && settings.serviceAccount
      ? {
          service_account_impersonation_url: generateAccessTokenUrl(settings),
          service_account_impersonation: { token_lifetime_seconds: settings.lifetimeSeconds },
        }
      : {};
  return {
    type: 'external_account',
    audience: `//${GOOGLE_IAM_HOST}/${settings.provider}`,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: stsTokenUrl(settings),
    credential_source: { file: tokenFile, format: { type: 'text' } },
    ...impersonation,
    universe_domain: 'googleapis.com',
  };
}

function delegatedFile(settings: GcpSettings, tokenFile: string): Record<string, unknown> {
  return {
    type: 'impersonated_service_account',
    service_account_impersonation_url: generateAccessTokenUrl(settings),
    delegates: settings.delegates.map(delegateResource),
    scopes: settings.scopes,
    lifetime: settings.lifetimeSeconds,
    // google-auth-library calls the IAM Credentials API at `endpoint` (default: Google's), not at
    // the URL above, which only names the account: a Private Service Connect endpoint goes here too.
    ...(settings.iamCredentialsEndpoint === DEFAULT_IAM_CREDENTIALS
      ? {}
      : { endpoint: settings.iamCredentialsEndpoint }),
    source_credentials: federated(settings, tokenFile, false),
  };
}

export function stsTokenUrl(settings: GcpSettings): string {
  return `${settings.stsEndpoint}/v1/token`;
}

export function generateAccessTokenUrl(settings: GcpSettings): string {
  return serviceAccountUrl(settings, 'generateAccessToken');
}

export function generateIdTokenUrl(settings: GcpSettings): string {
  return serviceAccountUrl(settings, 'generateIdToken');
}

function serviceAccountUrl(settings: GcpSettings, method: string): string {
  return `${settings.iamCredentialsEndpoint}/v1/projects/-/serviceAccounts/${settings.serviceAccount ?? ''}:${method}`;
}
