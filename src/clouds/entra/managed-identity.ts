import { OidcExchangeError } from '../../core/errors.js';
import { withTimeout } from '../../core/timeout.js';

/**
 * A token of the Azure VM's managed identity (docs/protocols.md §2.8) through @azure/identity's
 * ManagedIdentityCredential (IMDS; AZURE_POD_IDENTITY_AUTHORITY_HOST moves it, as in tests).
 * Loaded only when a managed identity is asked for.
 */
export interface ManagedIdentity {
  clientId: string | undefined;
  resourceId: string | undefined;
}

const ORIGIN = "the Azure VM's managed identity (IMDS)";

export async function managedIdentityToken(
  identity: ManagedIdentity,
  scope: string,
  timeoutMs: number,
): Promise<{ token: string; expiresOnTimestamp: number }> {
  const { ManagedIdentityCredential } = await import('@azure/identity');
  const which = identity.clientId
    ? { clientId: identity.clientId }
    : identity.resourceId
      ? { resourceId: identity.resourceId }
      : {};
  const credential = new ManagedIdentityCredential({ ...which, retryOptions: { maxRetries: 2 } });
  try {
    return await withTimeout(credential.getToken(scope), timeoutMs, () => new Error('timed out'));
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new OidcExchangeError('TOKEN_REQUEST_FAILED', `${ORIGIN} gave no token for ${scope}: ${message}`, {
      hint: 'This works only on Azure compute with a managed identity assigned (a user-assigned one named by `azure-managed-identity-client-id`).',
      retryable: /timed out|ECONNRESET|ETIMEDOUT/i.test(message),
    });
  }
}

export const MANAGED_IDENTITY_ORIGIN = ORIGIN;
