import { randomBytes } from 'node:crypto';
import { evaluateCondition, evaluateMapping } from './google-condition.ts';
import { sts } from './google-errors.ts';
import type { FakeResponse } from './http-server.ts';
import { fetchIssuerKeys } from './fetch-json.ts';
import { decodeJwt, verifyRs256 } from './signing-keys.ts';

/** A workload identity pool provider (OIDC) as `gcloud … providers create-oidc` makes it. */
export interface GoogleProvider {
  projectNumber: string;
  pool: string;
  provider: string;
  issuer: string;
  /** Empty: only `https://iam.googleapis.com/<provider resource name>` is accepted. */
  allowedAudiences?: string[];
  /** `google.subject`, `attribute.<name>` → a CEL expression such as `assertion.sub` (default: google.subject=assertion.sub). */
  attributeMapping?: Record<string, string>;
  /** CEL (the subset in google-condition.ts). */
  attributeCondition?: string;
  disabled?: boolean;
}

export interface FederatedToken {
  token: string;
  /** `principal://iam.googleapis.com/projects/N/locations/global/workloadIdentityPools/P/subject/S`. */
  principal: string;
  pool: string;
  projectNumber: string;
  attributes: Record<string, string>;
  scopes: string[];
  expiresAt: number;
  /** The subject token's `iat`, to tell a refresher's token from the step's. */
  subjectTokenIssuedAt: number;
}

export const resourceName = (p: Pick<GoogleProvider, 'projectNumber' | 'pool' | 'provider'>) =>
  `projects/${p.projectNumber}/locations/global/workloadIdentityPools/${p.pool}/providers/${p.provider}`;

const AUDIENCE_PARAM =
  /^\/\/iam\.googleapis\.com\/(projects\/\d+\/locations\/global\/workloadIdentityPools\/[^/]+\/providers\/[^/]+)$/;
const JWT_TYPES = new Set([
  'urn:ietf:params:oauth:token-type:jwt',
  'urn:ietf:params:oauth:token-type:id_token',
]);

export type StsOutcome =
  { ok: true; issued: FederatedToken } | { ok: false; response: FakeResponse; reason: string };

/**
 * Google STS `POST /v1/token` for an OIDC provider, in the order the real service checks: the
 * request's shape, the provider named by `audience`, then the token (issuer, signature with keys
 * it fetches itself, expiry, audience), the attribute mapping (google.subject ≤ 127 bytes) and the
 * attribute condition.
 */
export async function stsExchange(
  params: Record<string, string>,
  providers: GoogleProvider[],
  options: { lifetimeSeconds: number; fetchTimeoutMs: number },
): Promise<StsOutcome> {
  const fail = (response: FakeResponse, reason: string): StsOutcome => ({ ok: false, response, reason });
  if (params['grant_type'] !== 'urn:ietf:params:oauth:grant-type:token-exchange')
    return fail(sts.badGrantType(), 'grant_type');
  const name = AUDIENCE_PARAM.exec(params['audience'] ?? '')?.[1];
  if (!name) return fail(sts.badAudienceParameter(), `audience parameter ${params['audience']}`);
  if (!JWT_TYPES.has(params['subject_token_type'] ?? ''))
    return fail(sts.badSubjectTokenType(), 'subject_token_type');
  const scopes = (params['scope'] ?? '').split(' ').filter(Boolean);
  if (scopes.length === 0) return fail(sts.missingScope(), 'no scope');
  const provider = providers.find((p) => resourceName(p) === name && !p.disabled);
  if (!provider) return fail(sts.unknownProvider(), `no provider ${name}`);

  const token = params['subject_token'] ?? '';
  const decoded = decodeJwt(token);
  if (!decoded) return fail(sts.notAJwt(), 'not a JWT');
  const { header, payload } = decoded;
  const iss = String(payload['iss']);
  if (iss !== provider.issuer) return fail(sts.issuer(iss, provider.issuer), 'issuer');
  const keys = await fetchIssuerKeys(iss, options.fetchTimeoutMs);
  const kid = header['kid'];
  const candidates = (keys ?? []).filter((k) => kid === undefined || k['kid'] === kid);
  if (header['alg'] !== 'RS256' || !candidates.some((k) => verifyRs256(token, k)))
    return fail(sts.signature(), 'signature');
  const exp = Number(payload['exp']);
  const now = Date.now() / 1000;
  if (!(exp > now)) return fail(sts.expired(exp), 'expired');

  const aud = payload['aud'];
  const audiences = (Array.isArray(aud) ? aud : [aud]).filter((a): a is string => typeof a === 'string');
  const allowed = provider.allowedAudiences?.length
    ? provider.allowedAudiences
    : [`https://iam.googleapis.com/${name}`];
  if (!audiences.some((a) => allowed.includes(a))) return fail(sts.audience(audiences.join(',')), 'audience');

  const mapping = provider.attributeMapping ?? { 'google.subject': 'assertion.sub' };
  const scope = { assertion: payload };
  const attributes: Record<string, string> = {};
  for (const [target, source] of Object.entries(mapping)) {
    const value = evaluateMapping(source, scope);
    if (value !== undefined) attributes[target] = value;
  }
  const subject = attributes['google.subject'] ?? '';
  if (Buffer.byteLength(subject) > 127) return fail(sts.subjectTooLong(), 'google.subject too long');
  const condition = provider.attributeCondition;
  const attributeScope = Object.fromEntries(
    Object.entries(attributes)
      .filter(([k]) => k.startsWith('attribute.'))
      .map(([k, v]) => [k.slice('attribute.'.length), v]),
  );
  if (
    condition &&
    !evaluateCondition(condition, { ...scope, google: { subject }, attribute: attributeScope })
  )
    return fail(sts.condition(), 'attribute condition');

  return {
    ok: true,
    issued: {
      token: `ya29.d.fake-federated-${randomBytes(24).toString('base64url')}`,
      principal: `principal://iam.googleapis.com/projects/${provider.projectNumber}/locations/global/workloadIdentityPools/${provider.pool}/subject/${subject}`,
      pool: provider.pool,
      projectNumber: provider.projectNumber,
      attributes,
      scopes,
      expiresAt: Date.now() + options.lifetimeSeconds * 1000,
      subjectTokenIssuedAt: Number(payload['iat']),
    },
  };
}
