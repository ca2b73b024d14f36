import { credentialFilePath } from '../../core/credential-file-path.js';
import { OidcExchangeError } from '../../core/errors.js';
import { parseJsonBody } from '../../core/http.js';
import { withRetries } from '../../core/retry.js';
import type { Export, Grant, TargetContext } from '../../core/target.js';
import { externalAccountFile, generateAccessTokenUrl, stsTokenUrl } from './credentials-file.js';
import { GOOGLE_IAM_HOST, type GcpSettings } from './definition.js';
import { impersonationRefused, stsRefused } from './google-errors.js';
import { GCP_TOKEN_FILE } from './token-file.js';

const CREDENTIALS = 'GOOGLE_APPLICATION_CREDENTIALS';
const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const PROJECT_VARIABLES = [
  'GOOGLE_CLOUD_PROJECT',
  'CLOUDSDK_CORE_PROJECT',
  'CLOUDSDK_PROJECT',
  'GCLOUD_PROJECT',
  'GCP_PROJECT',
];

interface AccessToken {
  token: string;
  expiresAt: Date;
}

/**
 * Google Cloud: Google STS's token exchange (RFC 8693) for a federated token and, with a service
 * account, the IAM Credentials API's generateAccessToken; two plain requests over our own client,
 * no SDK. Doing them here, not only in a later step, proves the trust in this step and gives
 * `gcp-access-token`; later steps get the credentials file that repeats them on demand.
 */
export async function exchange(settings: GcpSettings, ctx: TargetContext): Promise<Grant> {
  const federated = await federate(settings, ctx);
  const access = settings.serviceAccount ? await impersonate(settings, ctx, federated.token) : federated;
  const credentialsPath = credentialFilePath(ctx.tempDir, CREDENTIALS);
  const env = (name: string, value: string): Export => ({ name, value, secret: false, kind: 'env' });
  const output = (name: string, value: string, secret = false): Export => ({
    name,
    value,
    secret,
    kind: 'output',
  });
  return {
    target: 'gcp',
    expiresAt: access.expiresAt,
    exports: [
      { name: GCP_TOKEN_FILE, value: await ctx.tokens.current(), secret: true, kind: 'file' },
      {
        name: CREDENTIALS,
        value: externalAccountFile(settings, credentialFilePath(ctx.tempDir, GCP_TOKEN_FILE)),
        secret: false,
        kind: 'file',
      },
      // gcloud reads its own variable; other google-github-actions read GOOGLE_GHA_CREDS_PATH.
      env('CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', credentialsPath),
      env('GOOGLE_GHA_CREDS_PATH', credentialsPath),
      ...(settings.projectId ? PROJECT_VARIABLES.map((name) => env(name, settings.projectId ?? '')) : []),
      output('gcp-access-token', access.token, true),
      output('gcp-expiration', access.expiresAt.toISOString()),
      output('gcp-credentials-file', credentialsPath),
    ],
    summary: [
      ['Google provider', settings.provider],
      ['Service account', settings.serviceAccount ?? '(none: the federated identity itself)'],
      ['Project', settings.projectId ?? '(not set)'],
      ['Scopes', settings.scopes.join(', ')],
    ],
  };
}

async function federate(settings: GcpSettings, ctx: TargetContext): Promise<AccessToken> {
  const url = stsTokenUrl(settings);
  const purpose = `Google STS (${url})`;
  return withRetries(async (attempt) => {
    const subjectToken = attempt === 1 ? await ctx.tokens.current() : await ctx.tokens.fresh();
    const form = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: `//${GOOGLE_IAM_HOST}/${settings.provider}`,
      // Impersonation needs cloud-platform on the federated token; the account's token gets the scopes.
      scope: settings.serviceAccount ? CLOUD_PLATFORM : settings.scopes.join(' '),
      requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      subject_token: subjectToken,
    });
    const res = await ctx.http.request({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      purpose,
      timeoutMs: ctx.timeoutMs,
    });
    if (res.status !== 200) throw stsRefused(res, settings, ctx.tokens);
    const body = parseJsonBody(res, purpose) as { access_token?: unknown; expires_in?: unknown };
    const token = received(body.access_token, purpose, 'access_token', ctx);
    const lifetime = Number(body.expires_in);
    return { token, expiresAt: new Date(ctx.now().getTime() + (lifetime > 0 ? lifetime : 3600) * 1000) };
  });
}

async function impersonate(
  settings: GcpSettings,
  ctx: TargetContext,
  federated: string,
): Promise<AccessToken> {
  const url = generateAccessTokenUrl(settings);
  const purpose = `the IAM Credentials API (${settings.iamCredentialsEndpoint})`;
  return withRetries(async () => {
    const res = await ctx.http.request({
      url,
      method: 'POST',
      headers: {
        authorization: `Bearer ${federated}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ scope: settings.scopes, lifetime: `${settings.lifetimeSeconds}s` }),
      purpose,
      timeoutMs: ctx.timeoutMs,
    });
    if (res.status !== 200) throw impersonationRefused(res, settings, ctx.tokens);
    const body = parseJsonBody(res, purpose) as { accessToken?: unknown; expireTime?: unknown };
    const token = received(body.accessToken, purpose, 'accessToken', ctx);
    const expiresAt = new Date(typeof body.expireTime === 'string' ? body.expireTime : NaN);
    if (Number.isNaN(expiresAt.getTime())) {
      throw new OidcExchangeError('GCP_EXCHANGE_FAILED', `${purpose} answered without a valid expireTime.`);
    }
    return { token, expiresAt };
  });
}

/** A token is masked the moment it arrives, before anything else can print it. */
function received(value: unknown, purpose: string, field: string, ctx: TargetContext): string {
  if (typeof value !== 'string' || value === '') {
    throw new OidcExchangeError('GCP_EXCHANGE_FAILED', `${purpose} answered without ${field}.`);
  }
  ctx.registerSecret(value);
  return value;
}
