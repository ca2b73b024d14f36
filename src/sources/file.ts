import { readFile } from 'node:fs/promises';
import { OidcExchangeError } from '../core/errors.js';
import type { TokenSource } from '../core/token-supply.js';

/**
 * A token another system put in a file: GitLab `id_tokens` written out, a Kubernetes projected
 * service-account token, Jenkins or Buildkite credentials. Read afresh on every call, since such
 * files are rotated in place. Its audience was chosen by whoever minted it.
 */
export function fileSource(path: string): TokenSource {
  const origin = `the token file ${path}`;
  return {
    origin,
    malformedHint: `The file must hold the OIDC token (a JWT: three base64url parts joined by dots) and nothing else; check what writes ${path}.`,
    async getToken() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'an error';
        throw new OidcExchangeError('TOKEN_REQUEST_FAILED', `Could not read ${origin}: ${code}.`);
      }
      const token = text.trim();
      if (token === '') throw new OidcExchangeError('TOKEN_REQUEST_FAILED', `${origin} is empty.`);
      return token;
    },
  };
}

/** A token handed over in an environment variable (GitLab `id_tokens`, CircleCI's CIRCLE_OIDC_TOKEN_V2). */
export function valueSource(name: string, value: string | undefined): TokenSource {
  const origin = `the environment variable ${name}`;
  return {
    origin,
    malformedHint: `${name} must hold the OIDC token itself (a JWT: three base64url parts joined by dots), e.g. the variable GitLab's \`id_tokens:\` declares; check that it names the token, not a file or another secret.`,
    getToken() {
      const token = value?.trim() ?? '';
      if (token === '')
        return Promise.reject(
          new OidcExchangeError('TOKEN_REQUEST_FAILED', `${origin} is not set or empty.`),
        );
      return Promise.resolve(token);
    },
  };
}
