import { createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { OidcExchangeError } from './errors.js';
import type { HttpClient } from './http.js';
import { requestJson } from './http-json.js';
import { shown } from './input-parsers.js';

/**
 * One issuer's signing keys (docs/protocols.md §5): discovery at the pinned issuer, its `issuer` equal
 * to the pinned one, keys only from its `jwks_uri`, fetched with our own client (proxies,
 * timeouts, no redirects). The caching follows jose's createRemoteJWKSet (a key set is kept for
 * `maxAgeMs`, a failed fetch is never kept, and after one refetch for an unknown `kid` the next
 * waits `cooldownMs`), which is not used itself because its `new Headers()` loads undici (~27 ms measured).
 */
export type KeySet = ReturnType<typeof createLocalJWKSet>;

export interface IssuerKeysOptions {
  http: HttpClient;
  issuer: string;
  now: () => Date;
  /** At most one refetch for an unknown `kid` per this long (jose's cooldownDuration). */
  cooldownMs?: number | undefined;
  /** A key set older than this is fetched again before use (jose's cacheMaxAge). */
  maxAgeMs?: number | undefined;
}

export interface IssuerKeys {
  /** Starts fetching discovery and keys if none are held or on the way; never rejects. */
  prefetch(): void;
  /** The key set, fetched first when none is held or it is older than maxAgeMs. */
  current(): Promise<KeySet>;
  /** The key set fetched anew for an unknown `kid`, or undefined within the cooldown. */
  refetch(): Promise<KeySet | undefined>;
}

export const REFETCH_COOLDOWN_MS = 10_000;
export const KEYS_MAX_AGE_MS = 600_000;

export function createIssuerKeys(options: IssuerKeysOptions): IssuerKeys {
  const { http, issuer } = options;
  const cooldownMs = options.cooldownMs ?? REFETCH_COOLDOWN_MS;
  const maxAgeMs = options.maxAgeMs ?? KEYS_MAX_AGE_MS;
  const now = () => options.now().getTime();
  let jwksUri: string | undefined; // kept only once discovery succeeded
  let held: { keys: KeySet; fetchedAt: number } | undefined;
  let loading: Promise<KeySet> | undefined;
  let lastRefetch = Number.NEGATIVE_INFINITY;

  const load = (): Promise<KeySet> => {
    loading ??= (async () => {
      try {
        jwksUri ??= await discoverJwksUri(http, issuer);
        const keys = await fetchKeySet(http, jwksUri);
        held = { keys, fetchedAt: now() };
        return keys;
      } catch (error) {
        jwksUri = undefined; // a key set that cannot be fetched may have moved: discover again next time
        throw error;
      } finally {
        loading = undefined;
      }
    })();
    return loading;
  };

  return {
    prefetch() {
      if (!held && !loading) load().catch(() => undefined); // its error comes back from current()
    },
    current() {
      if (loading) return loading;
      if (held && now() - held.fetchedAt < maxAgeMs) return Promise.resolve(held.keys);
      return load();
    },
    async refetch() {
      if (loading) return loading; // a fetch under way is as fresh as a new one
      if (now() - lastRefetch < cooldownMs) return undefined;
      const keys = await load();
      lastRefetch = now(); // only a fetch that worked counts: after an outage the next try fetches
      return keys;
    },
  };
}

async function discoverJwksUri(http: HttpClient, issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const body = (await requestJson(http, {
    url,
    purpose: `the issuer's discovery document (${url})`,
  })) as Record<string, unknown>;
  if (body['issuer'] !== issuer) {
    throw new OidcExchangeError(
      'DISCOVERY_FAILED',
      `The discovery document at ${url} names issuer ${shown(String(body['issuer']))}, not ${shown(issuer)}.`,
      { hint: 'An issuer must publish its own exact name; check `issuer` (trailing slashes count).' },
    );
  }
  const jwks = body['jwks_uri'];
  if (typeof jwks !== 'string' || jwks === '') {
    throw new OidcExchangeError('DISCOVERY_FAILED', `The discovery document at ${url} has no \`jwks_uri\`.`);
  }
  return jwks;
}

async function fetchKeySet(http: HttpClient, uri: string): Promise<KeySet> {
  const body = await requestJson(http, {
    url: uri,
    purpose: `the issuer's key set (${uri})`,
    headers: { accept: 'application/json' },
  });
  const keySet = body as Partial<JSONWebKeySet>;
  if (!Array.isArray(keySet.keys)) {
    throw new OidcExchangeError('DISCOVERY_FAILED', `The issuer's key set at ${uri} has no \`keys\` array.`);
  }
  return createLocalJWKSet(keySet as JSONWebKeySet);
}
