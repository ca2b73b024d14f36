import { OidcExchangeError } from '../core/errors.js';
import { shown } from '../core/input-parsers.js';
import { decodeJwt } from '../core/jwt.js';
import { connectionHint } from './azure-devops-answer.js';

/**
 * Azure DevOps' silent fallback (docs/protocols.md §6.2, §6.5): asked for a service connection the
 * job may not use, or given the connection's name instead of its id, it does not fail; it issues
 * the pipeline token, subject `p://org/project/pipeline`. That token would then fail at Entra or
 * STS with a subject mismatch that points nowhere near the cause, so it is refused here.
 */
export function pipelineTokenInsteadOfConnection(
  token: string,
  serviceConnectionId: string,
  origin: string,
): OidcExchangeError | undefined {
  const sub = decodeJwt(token, origin).payload['sub'];
  if (typeof sub !== 'string' || !sub.startsWith('p://')) return undefined;
  return new OidcExchangeError(
    'TOKEN_REQUEST_FAILED',
    `Azure DevOps issued the pipeline's own token (subject ${shown(sub, 600)}) instead of one for service connection ` +
      `${serviceConnectionId}: the connection must be referenced by an input of this job, by its id, not its name.`,
    { hint: connectionHint(serviceConnectionId) },
  );
}
