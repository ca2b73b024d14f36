import * as tl from 'azure-pipelines-task-lib/task.js';
import { OidcExchangeError } from '../../core/errors.js';
import { shown } from '../../core/input-parsers.js';
import { connectionAuthority } from './connection-authority.js';
import { CONNECTION_INPUT } from './connection-input.js';

/**
 * The Azure Resource Manager service connection named by the `azureSubscription` input, as the
 * agent hands it to a task (docs/protocols.md §6.6): the input's value is the endpoint's id (a GUID,
 * never its name), its scheme and auth parameters are ENDPOINT_AUTH_SCHEME_<id> /
 * ENDPOINT_AUTH_PARAMETER_<id>_<KEY>, its data ENDPOINT_DATA_<id>_<KEY>.
 */
export { CONNECTION_INPUT };

export interface ServiceConnection {
  id: string;
  servicePrincipalId: string;
  tenantId: string;
  subscriptionId: string | undefined;
  /** `AzureCloud`, `AzureUSGovernment`, `AzureChinaCloud`… */
  environment: string | undefined;
  /** Entra authority host of the connection's cloud, e.g. https://login.microsoftonline.com/. */
  authorityHost: string | undefined;
}

export function readServiceConnection(): ServiceConnection | undefined {
  const id = tl.getInput(CONNECTION_INPUT, false)?.trim();
  if (!id) return undefined;
  const scheme = tl.getEndpointAuthorizationScheme(id, true) ?? '';
  if (scheme.toLowerCase() !== 'workloadidentityfederation') {
    throw new OidcExchangeError(
      'INPUT_INVALID',
      `Input \`${CONNECTION_INPUT}\` must be a service connection using workload identity federation, but its scheme is ${shown(scheme || '(none)')}.`,
      {
        hint: 'A connection with a secret or certificate needs no token exchange; convert it to workload identity federation in Project settings → Service connections.',
      },
    );
  }
  const param = (key: string) => tl.getEndpointAuthorizationParameter(id, key, true)?.trim() ?? '';
  const data = (key: string) => tl.getEndpointDataParameter(id, key, true)?.trim() || undefined;
  const servicePrincipalId = param('serviceprincipalid');
  const tenantId = param('tenantid');
  if (!servicePrincipalId || !tenantId) {
    throw new OidcExchangeError(
      'INPUT_INVALID',
      `Input \`${CONNECTION_INPUT}\` names a connection without a ${servicePrincipalId ? 'tenant id' : 'service principal id'}.`,
      { hint: 'Check that the job can use the connection (Security → Pipeline permissions).' },
    );
  }
  const environment = data('environment');
  return {
    id,
    servicePrincipalId,
    tenantId,
    subscriptionId: data('subscriptionid'),
    environment,
    authorityHost: connectionAuthority(data('activeDirectoryAuthority'), environment),
  };
}
