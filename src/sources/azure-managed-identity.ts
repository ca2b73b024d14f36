import {
  MANAGED_IDENTITY_ORIGIN,
  managedIdentityToken,
  type ManagedIdentity,
} from '../clouds/entra/managed-identity.js';
import type { TokenSource } from '../core/token-supply.js';

/**
 * The Azure VM's managed identity as the OIDC token source: for the audience
 * `api://AzureADTokenExchange` IMDS hands out an Entra-issued JWT (issuer
 * `https://login.microsoftonline.com/<tenant>/v2.0`) that AWS, Databricks or an app in another tenant
 * can trust as a federated assertion (docs/protocols.md §2.8, §2.2 "MI-as-FIC").
 */
export function managedIdentitySource(identity: ManagedIdentity, timeoutMs: number): TokenSource {
  return {
    origin: MANAGED_IDENTITY_ORIGIN,
    getToken: async (audience) =>
      (await managedIdentityToken(identity, `${audience.replace(/\/+$/, '')}/.default`, timeoutMs)).token,
  };
}
