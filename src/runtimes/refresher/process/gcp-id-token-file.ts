import type { GcpSettings } from '../../../targets/gcp/definition.js';
import { fileRenewMarginMs, type RefresherOrder } from '../protocol.js';
import { replaceSecretFile } from './atomic-file.js';
import type { Minter } from './mint.js';
import { renewing, type Renewing, type RenewingOptions } from './renewing.js';
import type { TargetRunner } from './target-run.js';

/**
 * Keeps GCP_ID_TOKEN_FILE fresh (`gcp-id-token-audience` with `refresh`): a new CI token, verified
 * by the minter, exchanged at Google STS and turned into a new Google ID token every tenth of the
 * ID token's life (an hour at Google), each written atomically over the last so a reader never
 * sees half a token. Like the federated token files (token-file.ts), a failure leaves the old
 * file, valid until its `exp`, and is retried with back-off (renewing.ts); a refusal never stops it.
 */
export const GCP_ID_TOKEN_LABEL = 'gcp id token file';

export function gcpIdTokenFile(
  file: NonNullable<RefresherOrder['gcpIdTokenFile']>,
  runner: TargetRunner,
  minter: Minter,
  options: Pick<RenewingOptions<string>, 'log' | 'refusalLimitMs' | 'onChange' | 'clock'>,
): Renewing<string> {
  const now = options.clock?.now ?? Date.now;
  const settings = runner.target.settings as GcpSettings;
  // The step has just written a fresh token: held as if it arrived now, its first renewal due
  // `firstRenewalMs` from now.
  const lifetimeMs = file.firstRenewalMs * 10;
  return renewing({
    ...options,
    name: GCP_ID_TOKEN_LABEL,
    initial: { value: '', expiresAt: now() + lifetimeMs, lifetimeMs },
    renewMarginMs: fileRenewMarginMs,
    renew: async () => {
      const arrived = now();
      // Loaded only when an ID token is asked for, like the target's exchange in the main step.
      const { mintIdToken } = await import('../../../targets/gcp/id-token.js');
      const idToken = await mintIdToken(settings, runner.context(minter.supply(runner.target.audience)));
      replaceSecretFile(file.path, idToken.token);
      const life = Math.max(0, idToken.exp - idToken.iat) * 1000;
      return { value: '', expiresAt: arrived + life, lifetimeMs: life };
    },
  });
}
