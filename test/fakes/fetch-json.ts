import { readFileSync } from 'node:fs';
import { get, type RequestOptions } from 'node:https';
import { createSecureContext, rootCertificates, type ConnectionOptions, type SecureContext } from 'node:tls';
import { ensureTestCa } from './tls.ts';

// Built once: parsing the public roots takes ~7 ms, which per fetch made the fake cloud the
// benchmark's bottleneck when three services check tokens in one step.
let trusted: SecureContext | undefined;

/**
 * GET an https URL and parse its JSON body, the way the fake Entra fetches an issuer's discovery
 * document and JWKS. Trusts the public roots plus the test CA explicitly, so it works even in a
 * process started without NODE_EXTRA_CA_CERTS. Follows up to 3 redirects; anything but a final
 * 200 with JSON rejects.
 */
export async function getJson(url: string, opts: { timeoutMs: number }, redirects = 3): Promise<unknown> {
  trusted ??= createSecureContext({
    ca: [...rootCertificates, readFileSync(ensureTestCa().caCertFile, 'utf8')],
  });
  // tls.connect takes a ready context; https.get passes it through, though its type omits it.
  const options: RequestOptions & Pick<ConnectionOptions, 'secureContext'> = {
    secureContext: trusted,
    agent: false,
    headers: { accept: 'application/json' },
  };
  const target = new URL(url);
  if (target.protocol !== 'https:') throw new Error(`not an https URL: ${url}`);
  const { status, location, body } = await new Promise<{ status: number; location?: string; body: string }>(
    (resolve, reject) => {
      const req = get(target, options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const body = Buffer.concat(chunks).toString('utf8');
          resolve(res.headers.location ? { status, location: res.headers.location, body } : { status, body });
        });
      });
      req.on('error', reject);
      req.setTimeout(opts.timeoutMs, () =>
        req.destroy(new Error(`timeout after ${opts.timeoutMs} ms: ${url}`)),
      );
    },
  );
  if (status >= 300 && status < 400 && location !== undefined && redirects > 0) {
    return getJson(new URL(location, target).href, opts, redirects - 1);
  }
  if (status !== 200) throw new Error(`HTTP ${status} from ${url}`);
  return JSON.parse(body);
}

/**
 * What Entra, STS and Databricks each do with a token's issuer: read its discovery document, then
 * the keys at its `jwks_uri`. Undefined when either cannot be had (each service words that its own way).
 */
export async function fetchIssuerKeys(
  issuer: string,
  timeoutMs: number,
): Promise<Array<Record<string, unknown>> | undefined> {
  try {
    const discovery = await getJson(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
      timeoutMs,
    });
    const jwksUri = (discovery as { jwks_uri?: unknown }).jwks_uri;
    if (typeof jwksUri !== 'string') return undefined;
    const keys = ((await getJson(jwksUri, { timeoutMs })) as { keys?: unknown }).keys;
    if (!Array.isArray(keys)) return undefined;
    return keys.filter((key): key is Record<string, unknown> => typeof key === 'object' && key !== null);
  } catch {
    return undefined;
  }
}
