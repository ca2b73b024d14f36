import { OidcExchangeError, OidcExchangeErrors } from './errors.js';

/**
 * When a token is refused for its times and a server's Date header shows the runner's clock is
 * off by more than the tolerance, the error says so, with the measured difference: the cause
 * users otherwise hunt for (google-github-actions/auth's troubleshooting, docs/protocols.md §5.1).
 */
const TIME_CODES = new Set(['TOKEN_TIME', 'AZURE_ASSERTION_TIME', 'AWS_TOKEN_EXPIRED']);

export function withClockHint(
  error: OidcExchangeError,
  skew: { host: string; seconds: number } | undefined,
  toleranceSeconds: number,
): OidcExchangeError {
  if (!skew || Math.abs(skew.seconds) <= toleranceSeconds) return error;
  const hint =
    `The runner's clock is ${Math.abs(skew.seconds)} s ${skew.seconds > 0 ? 'behind' : 'ahead of'} ${skew.host}` +
    " (its Date header): sync the runner's clock with NTP.";
  const mend = (e: OidcExchangeError) =>
    TIME_CODES.has(e.code)
      ? new OidcExchangeError(e.code, e.message, { hint, retryable: e.retryable, cause: e.cause })
      : e;
  return error instanceof OidcExchangeErrors ? new OidcExchangeErrors(error.errors.map(mend)) : mend(error);
}
