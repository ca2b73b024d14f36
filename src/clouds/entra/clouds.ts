/**
 * The Azure clouds (docs/protocols.md §2.3–2.4): authority host, the federated-credential audience
 * Entra expects from that cloud (cross-cloud audiences fail), Terraform's ARM_ENVIRONMENT, and the
 * resource URLs behind each scope alias. A resource this table does not know for a cloud is given
 * as a full scope instead.
 */
export type AzureCloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';

export interface AzureCloud {
  name: AzureCloudName;
  authorityHost: string;
  audience: string;
  /** ARM_ENVIRONMENT for Terraform; undefined for the public cloud (its default). */
  armEnvironment: string | undefined;
  /** The classic service-management resource Azure Databricks wants for adding an SP (docs/protocols.md §4.6). */
  serviceManagement: string;
  resources: Partial<Record<ScopeAlias, string>>;
}

export type ScopeAlias = 'arm' | 'keyvault' | 'storage' | 'graph' | 'ml' | 'databricks';

/** The AzureDatabricks first-party application, the same in every cloud (docs/protocols.md §2.3, §4.6). */
export const DATABRICKS_RESOURCE = '2ff814a6-3304-4ab8-85cb-cd0e6f879c1d';

export const AZURE_CLOUDS: Record<AzureCloudName, AzureCloud> = {
  AzureCloud: {
    name: 'AzureCloud',
    authorityHost: 'https://login.microsoftonline.com',
    audience: 'api://AzureADTokenExchange',
    armEnvironment: undefined,
    serviceManagement: 'https://management.core.windows.net/',
    resources: {
      arm: 'https://management.azure.com',
      keyvault: 'https://vault.azure.net',
      storage: 'https://storage.azure.com',
      graph: 'https://graph.microsoft.com',
      ml: 'https://ml.azure.com',
      databricks: DATABRICKS_RESOURCE,
    },
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    authorityHost: 'https://login.microsoftonline.us',
    audience: 'api://AzureADTokenExchangeUSGov',
    armEnvironment: 'usgovernment',
    serviceManagement: 'https://management.core.usgovcloudapi.net/',
    resources: {
      arm: 'https://management.usgovcloudapi.net',
      keyvault: 'https://vault.usgovcloudapi.net',
      storage: 'https://storage.azure.com',
      graph: 'https://graph.microsoft.us',
      databricks: DATABRICKS_RESOURCE,
    },
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    authorityHost: 'https://login.chinacloudapi.cn',
    audience: 'api://AzureADTokenExchangeChina',
    armEnvironment: 'china',
    serviceManagement: 'https://management.core.chinacloudapi.cn/',
    resources: {
      arm: 'https://management.chinacloudapi.cn',
      keyvault: 'https://vault.azure.cn',
      storage: 'https://storage.azure.com',
      graph: 'https://microsoftgraph.chinacloudapi.cn',
      databricks: DATABRICKS_RESOURCE,
    },
  },
};

/** Accepts the names az CLI and Azure/login use, in any case. */
export function findCloud(raw: string): AzureCloud | undefined {
  const key = raw.trim().toLowerCase();
  return Object.values(AZURE_CLOUDS).find((c) => c.name.toLowerCase() === key);
}
