import { DATABRICKS_RESOURCE } from '../../clouds/entra/clouds.js';
import { createEntraTokenGetter } from '../../clouds/entra/token-getter.js';
import type { TargetContext } from '../../core/target.js';
import type { EntraMode } from './definition.js';

/**
 * Azure Databricks through Entra (docs/protocols.md §4.6): the workspace takes an Entra token for the
 * AzureDatabricks application as its bearer. With a workspace resource id, an Entra token for the
 * service-management resource goes along in the SP-management headers, so the first call adds a
 * service principal with Contributor on the workspace to it. Loaded only in this mode.
 */
export interface EntraMinted {
  token: string;
  expiresAt: Date;
  checkHeaders: Record<string, string>;
}

export async function mintViaEntra(entra: EntraMode, ctx: TargetContext): Promise<EntraMinted> {
  const getToken = createEntraTokenGetter(entra.app, ctx);
  const [databricks, management] = await Promise.all([
    getToken(`${DATABRICKS_RESOURCE}/.default`),
    // The resource id ends in a slash and keeps it: `https://management.core.windows.net//.default`, as az and the Databricks SDKs ask.
    entra.workspaceResourceId ? getToken(`${entra.cloud.serviceManagement}/.default`) : undefined,
  ]);
  const checkHeaders: Record<string, string> =
    management && entra.workspaceResourceId
      ? {
          'X-Databricks-Azure-SP-Management-Token': management.token,
          'X-Databricks-Azure-Workspace-Resource-Id': entra.workspaceResourceId,
        }
      : {};
  return { token: databricks.token, expiresAt: new Date(databricks.expiresOnTimestamp), checkHeaders };
}
