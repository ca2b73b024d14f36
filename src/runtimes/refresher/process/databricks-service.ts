import { OidcExchangeError } from '../../../core/errors.js';
import { accessTokenMarginMs } from '../protocol.js';
import type { TargetRunner } from './target-run.js';

/**
 * Databricks tokens on demand for the Databricks CLI and SDKs' `metadata-service` auth type: they
 * GET a loopback URL with `X-Databricks-Metadata-Version: 1` and `X-Databricks-Host`, and expect
 * `{access_token, token_type, expires_on}` (epoch seconds); a host other than the token's must get
 * a 4xx. A token is reused until little of its life is left, then exchanged anew with a fresh,
 * verified ID token; concurrent callers share one exchange.
 */
export interface DatabricksToken {
  access_token: string;
  token_type: 'Bearer';
  expires_on: number;
}

export interface DatabricksTokens {
  host: string;
  get(): Promise<DatabricksToken>;
}

export function databricksTokens(runner: TargetRunner): DatabricksTokens {
  const host = (runner.target.settings as { host: string }).host;
  let cached: { token: string; expiresAt: number; lifetimeMs: number } | undefined;
  let inFlight: Promise<void> | undefined;

  const renew = async () => {
    const issuedAt = Date.now();
    const grant = await runner.run();
    const token = grant.exports.find((e) => e.name === 'databricks-token')?.value;
    if (!token) throw new OidcExchangeError('INTERNAL', 'The Databricks exchange returned no token.');
    const expiresAt = grant.expiresAt.getTime();
    cached = { token, expiresAt, lifetimeMs: expiresAt - issuedAt };
  };

  return {
    host,
    async get() {
      const fresh = () => cached && cached.expiresAt - Date.now() > accessTokenMarginMs(cached.lifetimeMs);
      if (!fresh()) {
        inFlight ??= renew().finally(() => (inFlight = undefined));
        await inFlight;
      }
      if (!cached) throw new OidcExchangeError('INTERNAL', 'No Databricks token.');
      return {
        access_token: cached.token,
        token_type: 'Bearer',
        expires_on: Math.floor(cached.expiresAt / 1000),
      };
    },
  };
}
