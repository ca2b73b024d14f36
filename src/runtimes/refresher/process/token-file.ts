import { asOidcExchangeError } from '../../../core/errors.js';
import { neutralise } from '../../../core/neutralise.js';
import {
  cliLoginIntervalMs,
  fileRenewMarginMs,
  type RefresherOrder,
  type TargetStatus,
} from '../protocol.js';
import { replaceSecretFile } from './atomic-file.js';
import type { Minter, VerifiedToken } from './mint.js';
import { renewing, type Renewing, type RenewingOptions } from './renewing.js';

/**
 * A federated token file (Azure's, Google's) kept fresh: a new verified ID token every tenth of its
 * life (protocol.ts fileRenewDelayMs). A failed mint leaves the old file alone, valid until its
 * `exp`, and is retried with back-off; a refusal never stops the loop (renewing.ts with no refusal
 * limit). Lifetimes are counted from each token's arrival on this machine's clock, so a runner
 * clock that is off cannot make the loop spin.
 */
export function tokenFile(
  file: RefresherOrder['tokenFiles'][number],
  minter: Minter,
  options: Pick<RenewingOptions<string>, 'log' | 'refusalLimitMs' | 'onChange' | 'clock'> & {
    /** Told of each token written (the Azure CLI's re-login). */
    onMinted?: ((minted: VerifiedToken) => Promise<void>) | undefined;
  },
): Renewing<string> {
  const now = options.clock?.now ?? Date.now;
  // The step has just written a fresh token: held as if it arrived now, its life such that the
  // first renewal falls `firstRenewalMs` from now.
  const lifetimeMs = file.firstRenewalMs * 10;
  return renewing({
    ...options,
    name: file.label,
    initial: { value: '', expiresAt: now() + lifetimeMs, lifetimeMs },
    renewMarginMs: fileRenewMarginMs,
    renew: async () => {
      const arrived = now();
      const minted = await minter.mint(file.audience);
      replaceSecretFile(file.path, minted.token);
      await options.onMinted?.(minted);
      const life = Math.max(0, minted.exp - minted.iat) * 1000;
      return { value: '', expiresAt: arrived + life, lifetimeMs: life };
    },
  });
}

/**
 * Logs the Azure CLI in again every half token life (protocol.ts cliLoginIntervalMs) with a token
 * the file loop has just minted and verified. A failed login is logged once per change of state and
 * tried again with the next token; it never stops the file loop.
 */
export function cliLogin(
  relogin: (token: string) => Promise<unknown>,
  log: (line: string) => void,
  onChange: (status: TargetStatus) => void,
  now: () => number = Date.now,
): (minted: VerifiedToken) => Promise<void> {
  let lastLogin = now(); // the main step has just logged in
  const status: TargetStatus = { state: 'renewing', renewals: 0, failures: 0 };
  return async (minted) => {
    if (now() - lastLogin < cliLoginIntervalMs(minted.iat, minted.exp)) return;
    lastLogin = now();
    try {
      await relogin(minted.token);
      if (status.state === 'failing') log('azure cli: logged in again after failures');
      status.renewals++;
      status.state = 'renewing';
    } catch (thrown) {
      const error = asOidcExchangeError(thrown);
      const cause = neutralise(`[${error.code}] ${error.message}`);
      if (status.state !== 'failing')
        log(`azure cli: login not renewed, tried again with the next token: ${cause}`);
      status.failures++;
      status.state = 'failing';
      status.lastCause = cause;
      status.lastFailureAt = new Date(now()).toISOString();
    }
    onChange({ ...status });
  };
}
