import { asOidcExchangeError } from '../../../core/errors.js';
import { neutralise } from '../../../core/neutralise.js';
import type { GcpSettings } from '../../../targets/gcp/definition.js';
import { replaceSecretFile } from './atomic-file.js';
import type { Minter } from './mint.js';
import { fileRenewDelayMs, retryDelayMs } from '../protocol.js';
import type { TargetRunner } from './target-run.js';

/**
 * Keeps GCP_ID_TOKEN_FILE fresh (`gcp-id-token-audience` with `refresh`): a new CI token, verified
 * by the minter, exchanged at Google STS and turned into a new Google ID token every tenth of the
 * ID token's life (an hour at Google), each written atomically over the last so a reader never
 * sees half a token. A failure is logged and retried with back-off while the held token still
 * serves; the loop ends only when told to stop. Self-contained: the refresher calls it once.
 */
export interface GcpIdTokenRenewal {
  runner: TargetRunner;
  minter: Minter;
  path: string;
  firstRenewalMs: number;
  log: (line: string) => void;
  /** Waits `ms`, or less once the refresher stops. */
  pause: (ms: number) => Promise<void>;
  stopping: () => boolean;
}

export async function keepGcpIdTokenFresh(renewal: GcpIdTokenRenewal): Promise<void> {
  const { runner, minter, path, log, pause, stopping } = renewal;
  const settings = runner.target.settings as GcpSettings;
  // Loaded only when an ID token is asked for, like the target's exchange in the main step.
  const { mintIdToken } = await import('../../../targets/gcp/id-token.js');
  let renewals = 0;
  let retry: number | undefined;
  await pause(renewal.firstRenewalMs);
  while (!stopping()) {
    let delay: number;
    try {
      const idToken = await mintIdToken(settings, runner.context(minter.supply(runner.target.audience)));
      if (stopping()) break;
      if (!replaceSecretFile(path, idToken.token)) break; // the post step removed it
      renewals++;
      retry = undefined;
      delay = fileRenewDelayMs(idToken.iat, idToken.exp);
    } catch (thrown) {
      const error = asOidcExchangeError(thrown);
      retry = retryDelayMs(retry);
      delay = retry;
      log(
        `Google ID token not renewed, retrying in ${delay} ms [${error.code}]: ${neutralise(error.message)}`,
      );
    }
    await pause(delay);
  }
  log(`Google ID token file: ${renewals} renewal(s)`);
}
