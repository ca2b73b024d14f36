import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { RecordedRequest } from './http-server.ts';
import { sts } from './sts-errors.ts';
import type { StsError } from './sts-errors.ts';

/** What a signature is checked against: temporary credentials the fake issued. */
export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export type SigV4Result<C> = { ok: true; credentials: C } | { ok: false; error: StsError };

const algorithm = 'AWS4-HMAC-SHA256';
const maxSkewMs = 15 * 60 * 1000;

/**
 * Verifies an AWS Signature Version 4 `Authorization` header for service `sts` (any region, as a
 * regional endpoint would for its own): the key must be one the fake issued, the session token
 * must be its own, the credentials unexpired, the request time within 15 minutes, and the
 * signature must equal the one recomputed from the canonical request.
 */
export function verifySigV4<C extends SigningCredentials>(
  req: RecordedRequest,
  lookup: (accessKeyId: string) => C | undefined,
  now: Date = new Date(),
): SigV4Result<C> {
  const fail = (error: StsError): SigV4Result<C> => ({ ok: false, error });
  const header = req.headers['authorization'];
  if (header === undefined) return fail(sts.missingAuthentication());
  const auth = parseAuthorization(header);
  if (typeof auth === 'string') return fail(sts.incompleteSignature(auth));
  const [accessKeyId = '', scopeDate, region, service, terminator] = auth.credential.split('/');
  const amzDate = req.headers['x-amz-date'];
  if (amzDate === undefined) {
    return fail(
      sts.incompleteSignature(
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      ),
    );
  }

  const credentials = lookup(accessKeyId);
  if (!credentials || req.headers['x-amz-security-token'] !== credentials.sessionToken) {
    return fail(sts.invalidClientToken());
  }
  if (now.getTime() >= credentials.expiration.getTime()) return fail(sts.expiredCredentials());
  const signedAt = parseAmzDate(amzDate);
  if (signedAt === undefined) return fail(sts.signatureMismatch());
  if (now.getTime() - signedAt.getTime() > maxSkewMs) {
    return fail(
      sts.signatureExpired(
        `Signature expired: ${amzDate} is now earlier than ${amzFormat(now.getTime() - maxSkewMs)} (${amzFormat(now.getTime())} - 15 min.)`,
      ),
    );
  }
  if (signedAt.getTime() - now.getTime() > maxSkewMs) {
    return fail(
      sts.signatureExpired(
        `Signature not yet current: ${amzDate} is still later than ${amzFormat(now.getTime() + maxSkewMs)} (${amzFormat(now.getTime())} + 15 min.)`,
      ),
    );
  }
  if (scopeDate !== amzDate.slice(0, 8) || service !== 'sts' || terminator !== 'aws4_request' || !region) {
    return fail(sts.signatureMismatch());
  }

  const scope = `${scopeDate}/${region}/${service}/${terminator}`;
  const stringToSign = [algorithm, amzDate, scope, sha256(canonicalRequest(req, auth.signedHeaders))].join(
    '\n',
  );
  const expected = signingKey(credentials.secretAccessKey, scopeDate, region, service)
    .update(stringToSign)
    .digest();
  const given = Buffer.from(auth.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return fail(sts.signatureMismatch());
  return { ok: true, credentials };
}

/** `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`, or what is wrong with it. */
function parseAuthorization(
  header: string,
): { credential: string; signedHeaders: string[]; signature: string } | string {
  if (!header.startsWith(`${algorithm} `))
    return `Unsupported authorization type: ${header.split(' ')[0] ?? ''}`;
  const fields = new Map<string, string>();
  for (const part of header.slice(algorithm.length + 1).split(',')) {
    const [name, ...value] = part.trim().split('=');
    if (name) fields.set(name, value.join('='));
  }
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!credential || !signedHeaders || !signature) {
    return `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters. Authorization=${header}`;
  }
  return { credential, signedHeaders: signedHeaders.split(';'), signature };
}

function canonicalRequest(req: RecordedRequest, signedHeaders: string[]): string {
  const headers = signedHeaders.map(
    (name) => `${name}:${(req.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`,
  );
  return [
    req.method,
    req.path,
    canonicalQuery(req.query),
    headers.join(''),
    signedHeaders.join(';'),
    sha256(req.body),
  ].join('\n');
}

function canonicalQuery(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function signingKey(secret: string, date: string, region: string, service: string) {
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  return createHmac('sha256', key);
}

function sha256(data: string): string {
  return createHash('sha256').update(data).digest('hex');
}

function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
}

function amzFormat(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}
