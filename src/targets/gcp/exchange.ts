import { credentialFilePath } from '../../core/credential-file-path.js';
import { OidcExchangeError } from '../../core/errors.js';
import { shown } from '../../core/input-parsers.js';
import { neutralise } from '../../core/neutralise.js';
import type { Export, Grant, TargetContext } from '../../core/target.js';
import { unusualAudience } from './chain-inputs.js';
import { externalAccountFile, generateAccessTokenUrl } from './credentials-file.js';
import type { GcpSettings } from './definition.js';
import { federate, received, type AccessToken } from './federate.js';
import { callIamCredentials } from './iam-credentials.js';
import { generateIdToken } from './id-token.js';
import { GCP_ID_TOKEN_FILE, GCP_TOKEN_FILE } from './token-file.js';

export { mintIdToken } from './id-token.js';

const CREDENTIALS = 'GOOGLE_APPLICATION_CREDENTIALS';
const PROJECT_VARIABLES = [
  'GOOGLE_CLOUD_PROJECT',
  'CLOUDSDK_CORE_PROJECT',
  'CLOUDSDK_PROJECT',
  'GCLOUD_PROJECT',
  'GCP_PROJECT',
];

/**
 * Google Cloud: Google STS's token exchange (RFC 8693) for a federated token and, with a service
 * account, the IAM Credentials API's generateAccessToken (through `gcp-delegates` when given) and,
 * with `gcp-id-token-audience`, generateIdToken; plain requests over our own client, no SDK.
 * Doing them here, not only in a later step, proves the trust in this step and gives
 * `gcp-access-token`; later steps get the credentials file that repeats them on demand.
 */
export async function exchange(settings: GcpSettings, ctx: TargetContext): Promise<Grant> {
  const federated = await federate(settings, ctx);
  if (settings.idTokenAudience && unusualAudience(settings.idTokenAudience)) {
    ctx.log.warning(
      `gcp-id-token-audience ${shown(neutralise(settings.idTokenAudience))} is neither a URL nor an OAuth client id: Cloud Run and Cloud Functions accept only the service's URL (https://…run.app) unless a custom audience is set on the service, and IAP its OAuth client id (….apps.googleusercontent.com). Google signs any audience; the receiver refuses the token with 401.`,
    );
  }
  const [access, idToken] = await Promise.all([
    settings.serviceAccount ? impersonate(settings, ctx, federated.token) : federated,
    settings.idTokenAudience ? generateIdToken(settings, ctx, federated.token) : undefined,
  ]);
  const credentialsPath = credentialFilePath(ctx.tempDir, CREDENTIALS);
  const env = (name: string, value: string): Export => ({ name, value, secret: false, kind: 'env' });
  const output = (name: string, value: string, secret = false): Export => ({
    name,
    value,
    secret,
    kind: 'output',
  });
  const idTokenExports: Export[] = idToken
    ? [
        output('gcp-id-token', idToken.token, true),
        { name: GCP_ID_TOKEN_FILE, value: idToken.token, secret: true, kind: 'file' },
      ]
    : [];
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
      ...idTokenExports,
    ],
    summary: [
      ['Google provider', settings.provider],
      ['Service account', settings.serviceAccount ?? '(none: the federated identity itself)'],
      ...(settings.delegates.length > 0
        ? [
            ['Delegation chain', [...settings.delegates, settings.serviceAccount].join(' → ')] as [
              string,
              string,
            ],
          ]
        : []),
      ['Project', settings.projectId ?? '(not set)'],
      ['Scopes', settings.scopes.join(', ')],
      ...(settings.idTokenAudience
        ? [['ID token audience', settings.idTokenAudience] as [string, string]]
        : []),
    ],
  };
}

async function impersonate(
  settings: GcpSettings,
  ctx: TargetContext,
  federated: string,
): Promise<AccessToken> {
  const { body, purpose } = await callIamCredentials(settings, ctx, federated, {
    method: 'generateAccessToken',
    url: generateAccessTokenUrl(settings),
    body: { scope: settings.scopes, lifetime: `${settings.lifetimeSeconds}s` },
  });
  const token = received(body['accessToken'], purpose, 'accessToken', ctx);
  const expireTime = body['expireTime'];
  const expiresAt = new Date(typeof expireTime === 'string' ? expireTime : NaN);
  if (Number.isNaN(expiresAt.getTime())) {
    throw new OidcExchangeError('GCP_EXCHANGE_FAILED', `${purpose} answered without a valid expireTime.`);
  }
  return { token, expiresAt };
}
