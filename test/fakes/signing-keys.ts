import {
  createHash,
  createHmac,
  createPublicKey,
  generateKeyPair,
  generateKeyPairSync,
  randomUUID,
  sign,
  verify,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

/** A public RSA signing key as published in a JWKS (docs/protocols.md §1.4: alg RS256, use sig). */
export interface PublicJwk {
  kty: 'RSA';
  n: string;
  e: string;
  kid: string;
  alg: 'RS256';
  use: 'sig';
  x5t: string;
}

export interface SigningKey {
  kid: string;
  x5t: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  jwk: PublicJwk;
}

export interface RsaKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const generateAsync = promisify(generateKeyPair);

/** RSA-2048 generation takes ~100 ms of CPU; off the main thread, several run in parallel. */
export function generateRsaKeyPair(): Promise<RsaKeyPair> {
  return generateAsync('rsa', { modulusLength: 2048 });
}

/**
 * An RSA-2048 signing key (generated synchronously unless `pair` is given). GitHub publishes both
 * UUID-style and upper-case hex thumbprint kids (docs/protocols.md §1.4), so both styles are available.
 * x5t is the SHA-1 of the SPKI, base64url: the same shape as a certificate thumbprint.
 */
export function createSigningKey(
  kidStyle: 'thumbprint' | 'uuid' = 'thumbprint',
  pair: RsaKeyPair = generateKeyPairSync('rsa', { modulusLength: 2048 }),
): SigningKey {
  const { privateKey, publicKey } = pair;
  const thumbprint = createHash('sha1')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest();
  const x5t = thumbprint.toString('base64url');
  const kid = kidStyle === 'uuid' ? randomUUID() : thumbprint.toString('hex').toUpperCase();
  const { n, e } = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { kid, x5t, privateKey, publicKey, jwk: { kty: 'RSA', n, e, kid, alg: 'RS256', use: 'sig', x5t } };
}

/**
 * Signs a compact JWT with header `{typ, alg: RS256, kid, x5t}` merged with `header` (a value of
 * `undefined` removes that field). For negative tests, `alg: 'none'` gives an empty signature and
 * `alg: 'HS256'` the key-confusion attack (HMAC keyed with the public key PEM).
 */
export function signJwt(key: SigningKey, payload: object, header: Record<string, unknown> = {}): string {
  const fullHeader: Record<string, unknown> = {
    typ: 'JWT',
    alg: 'RS256',
    kid: key.kid,
    x5t: key.x5t,
    ...header,
  };
  const input = `${encodeSegment(fullHeader)}.${encodeSegment(payload)}`;
  const alg = fullHeader['alg'];
  let signature: Buffer;
  if (alg === 'RS256') signature = sign('sha256', Buffer.from(input), key.privateKey);
  else if (alg === 'none') signature = Buffer.alloc(0);
  else if (alg === 'HS256') {
    const secret = key.publicKey.export({ type: 'spki', format: 'pem' });
    signature = createHmac('sha256', secret).update(input).digest();
  } else throw new Error(`signJwt: unsupported alg ${String(alg)}`);
  return `${input}.${signature.toString('base64url')}`;
}

/** Verifies an RS256 compact JWS against a JWK; false for any other alg or a bad signature. */
export function verifyRs256(token: string, jwk: object): boolean {
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined) return false;
  try {
    const key = createPublicKey({ key: jwk as { kty: string }, format: 'jwk' });
    return verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/** Splits a compact JWT into its decoded header and payload, or undefined when malformed. */
export function decodeJwt(
  token: string,
): { header: Record<string, unknown>; payload: Record<string, unknown> } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0] ?? '', 'base64url').toString('utf8'));
    const payload: unknown = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
    if (!isObject(header) || !isObject(payload)) return undefined;
    return { header, payload };
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function encodeSegment(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
