import { OidcExchangeError } from '../../../core/errors.js';
import { accessTokenMarginMs } from '../protocol.js';
import { renewing, type Renewing, type RenewingOptions } from './renewing.js';
import type { TargetRunner } from './target-run.js';

/**
 * Databricks tokens on demand for the Databricks CLI and SDKs' `metadata-service` auth type: they
 * GET a loopback URL with `X-Databricks-Metadata-Version: 1` and `X-Databricks-Host`, and expect
 * `{access_token, token_type, expires_on}` (epoch seconds); a host other than the token's must get
 * a 4xx. The token held is served for as long as it is valid; the refresher exchanges a new one
 * with a fresh, verified ID token once little of it is left, in the background, and a failed
 * exchange never takes the valid one away (renewing.ts).
 */
export interface DatabricksToken {
  access_token: string;
  token_type: 'Bearer';
  expires_on: number;
}

export interface DatabricksTokens extends Renewing<DatabricksToken> {
  host: string;
}

export function databricksTokens(
  runner: TargetRunner,
  options: Omit<RenewingOptions<DatabricksToken>, 'name' | 'renew' | 'renewMarginMs' | 'initial'>,
): DatabricksTokens {
  const host = (runner.target.settings as { host: string }).host;
  const now = options.clock?.now ?? Date.now;
  // The step's own token is not handed over (DATABRICKS_TOKEN stays for scripts): the first client
  // is served by the first exchange, started by its request; renewals follow on their own.
  const tokens = renewing<DatabricksToken>({
    ...options,
    name: 'databricks',
    renewMarginMs: accessTokenMarginMs,
    renew: async () => {
      const issuedAt = now();
      const grant = await runner.run();
      const token = grant.exports.find((e) => e.name === 'databricks-token')?.value;
      if (!token) throw new OidcExchangeError('INTERNAL', 'The Databricks exchange returned no token.');
      const expiresAt = grant.expiresAt.getTime();
      return {
        value: { access_token: token, token_type: 'Bearer', expires_on: Math.floor(expiresAt / 1000) },
        expiresAt,
        lifetimeMs: expiresAt - issuedAt,
      };
    },
  });
  return { ...tokens, host };
}
