import type { GcpSettings } from './definition.js';
import { GOOGLE_IAM_HOST } from './definition.js';

/**
 * The `external_account` credentials file for later steps (GOOGLE_APPLICATION_CREDENTIALS): the
 * Google SDKs and gcloud read the OIDC token from `tokenFile` and do the same STS exchange (and
 * impersonation) themselves whenever they need a token. They re-read the file each time, so the
 * refresher keeping it fresh keeps them working for the whole job. Nothing secret is in it.
 */
export function externalAccountFile(settings: GcpSettings, tokenFile: string): string {
  const impersonation = settings.serviceAccount
    ? {
        service_account_impersonation_url: generateAccessTokenUrl(settings),
        service_account_impersonation: { token_lifetime_seconds: settings.lifetimeSeconds },
      }
    : {};
  const file = {
    type: 'external_account',
    audience: `//${GOOGLE_IAM_HOST}/${settings.provider}`,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: stsTokenUrl(settings),
    credential_source: { file: tokenFile, format: { type: 'text' } },
    ...impersonation,
    universe_domain: 'googleapis.com',
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function stsTokenUrl(settings: GcpSettings): string {
  return `${settings.stsEndpoint}/v1/token`;
}

export function generateAccessTokenUrl(settings: GcpSettings): string {
  return `${settings.iamCredentialsEndpoint}/v1/projects/-/serviceAccounts/${settings.serviceAccount ?? ''}:generateAccessToken`;
}
