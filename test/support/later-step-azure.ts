/**
 * A later workflow step using the exported variables the way an Azure SDK app does:
 * WorkloadIdentityCredential reads AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE and
 * AZURE_AUTHORITY_HOST. Prints the access token's claims (not the token).
 */
import { WorkloadIdentityCredential } from '@azure/identity';

// A private authority host (the fake) has no instance-discovery endpoint, as for Azure Stack.
const credential = new WorkloadIdentityCredential({ disableInstanceDiscovery: true });
const token = await credential.getToken('https://management.azure.com/.default');
process.stdout.write(Buffer.from(token.token.split('.')[1] ?? '', 'base64url').toString());
