import { findCloud } from '../../clouds/entra/clouds.js';

/**
 * The connection's Entra authority: its `activeDirectoryAuthority` data, or, where the agent gives
 * none, the authority of its `environment` (AzureCloud when that is missing too). The plan needs it
 * to accept the Entra issuer family (`<authority>/<tenant>/v2.0`); an unknown environment (Azure
 * Stack) has no default, and then only the Azure DevOps issuer or an `issuer` input is accepted.
 */
export function connectionAuthority(
  activeDirectoryAuthority: string | undefined,
  environment: string | undefined,
): string | undefined {
  return activeDirectoryAuthority || findCloud(environment || 'AzureCloud')?.authorityHost;
}
