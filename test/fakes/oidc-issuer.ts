import { startServer } from './http-server.ts';
import type { Fault, FakeResponse, RecordedRequest } from './http-server.ts';
import { createSigningKey, generateRsaKeyPair, signJwt } from './signing-keys.ts';
import type { PublicJwk, RsaKeyPair, SigningKey } from './signing-keys.ts';

export interface FakeIssuer {
  /** `https://localhost:PORT` plus the optional path (GHES style), no trailing slash. */
  issuer: string;
  /** `${issuer}/.well-known/jwks`, as published in discovery. */
  jwksUri: string;
  /** kid of the key that sign() uses. */
  readonly activeKid: string;
  /** The JWKS as currently published. */
  jwks(): { keys: PublicJwk[] };
  sign(
    payload: Record<string, unknown>,
    opts?: { kid?: string; header?: Record<string, unknown> },
  ): Promise<string>;
  /** Signed by a key that is not published, with a kid that is not published either. */
  signWithForeignKey(payload: Record<string, unknown>): Promise<string>;
  /** Publishes a new active key; the old ones stay published unless dropOld. */
  rotateKeys(opts?: { dropOld?: boolean }): void;
  /** Shallow-merges into the discovery document (a value of undefined removes the field); undefined resets. */
  overrideDiscovery(patch: Record<string, unknown> | undefined): void;
  /** When on, the JWKS is only reachable through a 302 from the published jwks_uri. */
  redirectJwks(on: boolean): void;
  requests: RecordedRequest[];
  failNext: (fault: Fault, times?: number) => void;
  close: () => Promise<void>;
}

// claims_supported as captured from token.actions.githubusercontent.com (docs/protocols.md §1.3).
const claimsSupported = (
  'sub aud exp iat iss jti nbf ref sha repository repository_id repository_owner ' +
  'repository_owner_id enterprise enterprise_id run_id run_number run_attempt actor actor_id ' +
  'workflow workflow_ref workflow_sha head_ref base_ref event_name ref_type ref_protected ' +
  'environment environment_node_id job_workflow_ref job_workflow_sha repository_visibility ' +
  'runner_environment issuer_scope check_run_id'
).split(' ');

const json = (body: unknown): FakeResponse => ({ status: 200, body });

/**
 * A GitHub-like OIDC issuer (docs/protocols.md §1.3–1.4). It starts with two published keys, like the real
 * JWKS that holds several at once, one UUID-style kid and one hex thumbprint (the active one).
 */
export async function startOidcIssuer(opts: { path?: string } = {}): Promise<FakeIssuer> {
  const basePath = (opts.path ?? '').replace(/\/+$/, '');
  const [first, second] = await Promise.all([generateRsaKeyPair(), generateRsaKeyPair()]);
  const published: SigningKey[] = [createSigningKey('uuid', first), createSigningKey('thumbprint', second)];
  let active = published[1] as SigningKey;
  // Made in the background ahead of time so that the synchronous rotateKeys() is usually instant.
  let spare: RsaKeyPair | undefined;
  const refillSpare = () => void generateRsaKeyPair().then((pair) => (spare ??= pair));
  refillSpare();
  let foreign: SigningKey | undefined;
  let discoveryPatch: Record<string, unknown> | undefined;
  let jwksRedirected = false;

  const server = await startServer((req) => {
    if (req.method !== 'GET') return { status: 405, body: '' };
    switch (req.path) {
      case `${basePath}/.well-known/openid-configuration`:
        return json(discovery());
      case `${basePath}/.well-known/jwks`:
        if (!jwksRedirected) return json(jwks());
        return { status: 302, headers: { location: `${issuer}/.well-known/jwks-moved` } };
      case `${basePath}/.well-known/jwks-moved`:
        return json(jwks());
      default:
        return { status: 404, body: '' };
    }
  });
  const issuer = `${server.url}${basePath}`;
  const jwksUri = `${issuer}/.well-known/jwks`;

  function discovery(): Record<string, unknown> {
    const doc: Record<string, unknown> = {
      issuer,
      jwks_uri: jwksUri,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      claims_supported: claimsSupported,
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid'],
    };
    for (const [name, value] of Object.entries(discoveryPatch ?? {})) {
      if (value === undefined) delete doc[name];
      else doc[name] = value;
    }
    return doc;
  }

  function jwks(): { keys: PublicJwk[] } {
    return { keys: published.map((key) => key.jwk) };
  }

  return {
    issuer,
    jwksUri,
    get activeKid() {
      return active.kid;
    },
    jwks,
    sign(payload, signOpts = {}) {
      const key = signOpts.kid === undefined ? active : published.find((k) => k.kid === signOpts.kid);
      if (!key) return Promise.reject(new Error(`FakeIssuer.sign: kid ${signOpts.kid} is not published`));
      return Promise.resolve(signJwt(key, payload, signOpts.header));
    },
    async signWithForeignKey(payload) {
      foreign ??= createSigningKey('uuid', await generateRsaKeyPair());
      return signJwt(foreign, payload);
    },
    rotateKeys(rotateOpts = {}) {
      active = createSigningKey(published.length % 2 === 0 ? 'thumbprint' : 'uuid', spare);
      spare = undefined;
      refillSpare();
      if (rotateOpts.dropOld) published.length = 0;
      published.unshift(active);
    },
    overrideDiscovery(patch) {
      discoveryPatch = patch;
    },
    redirectJwks(on) {
      jwksRedirected = on;
    },
    requests: server.requests,
    failNext: server.failNext,
    close: server.close,
  };
}
