import type { Export } from '../../core/target.js';
import type { ServiceConnection } from './connection.js';

/**
 * With Azure credentials from a service connection, also what tools that mint their own Azure
 * DevOps tokens for the whole job look for (none of it secret): Terraform's azurerm/azuread/azapi
 * (`ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID`, alias `ARM_OIDC_AZURE_SERVICE_CONNECTION_ID`; with
 * `ARM_USE_OIDC` they call SYSTEM_OIDCREQUESTURI with SYSTEM_ACCESSTOKEN, docs/protocols.md §2.7,
 * docs/protocols.md §2.7) and the `AZURESUBSCRIPTION_*` trio AzureCLI@2 exports (§6.6).
 */
export function connectionVariables(connection: ServiceConnection): Export[] {
  const env = (name: string, value: string): Export => ({ name, value, secret: false, kind: 'env' });
  return [
    env('ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID', connection.id),
    env('ARM_OIDC_AZURE_SERVICE_CONNECTION_ID', connection.id),
    env('AZURESUBSCRIPTION_SERVICE_CONNECTION_ID', connection.id),
    env('AZURESUBSCRIPTION_CLIENT_ID', connection.servicePrincipalId),
    env('AZURESUBSCRIPTION_TENANT_ID', connection.tenantId),
  ];
}
