import { randomUUID } from 'node:crypto';
import type { FakeEntra } from './entra.ts';
import { startServer } from './http-server.ts';
import type { Fault, FakeResponse, RecordedRequest } from './http-server.ts';

/**
 * Azure's Instance Metadata Service token endpoint (docs/protocols.md §2.8), plain http like the real one
 * at 169.254.169.254, reached by @azure/identity through AZURE_POD_IDENTITY_AUTHORITY_HOST. The
 * VM's identities are assigned by tests; tokens are minted by the fake Entra.
 */
export interface FakeManagedIdentity {
  clientId: string;
  objectId: string;
  resourceId: string;
  tenantId: string;
  systemAssigned: boolean;
}

export interface FakeImds {
  /** For AZURE_POD_IDENTITY_AUTHORITY_HOST: `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  assign(
    identity: Omit<FakeManagedIdentity, 'objectId' | 'resourceId'> & { resourceId?: string },
  ): FakeManagedIdentity;
  requests: RecordedRequest[];
  failNext: (fault: Fault, times?: number) => void;
  close: () => Promise<void>;
}

export async function startImds(entra: FakeEntra): Promise<FakeImds> {
  const identities: FakeManagedIdentity[] = [];
  const error = (status: number, code: string, description: string): FakeResponse => ({
    status,
    body: { error: code, error_description: description },
  });

  const handle = (req: RecordedRequest): FakeResponse => {
    if (!req.path.startsWith('/metadata/identity/oauth2/token')) return { status: 404, body: 'Not Found' };
    // The SSRF guard: without this header IMDS refuses (§2.8).
    if (req.headers['metadata'] !== 'true')
      return error(400, 'invalid_request', 'Required metadata header not specified');
    const resource = req.query['resource'];
    if (!resource) return error(400, 'invalid_request', 'Required query variable resource is missing');
    const {
      client_id: clientId,
      msi_res_id: resourceId,
      mi_res_id: miResId,
      object_id: objectId,
    } = req.query;
    const identity = identities.find((i) =>
      clientId
        ? i.clientId === clientId
        : resourceId || miResId
          ? i.resourceId.toLowerCase() === (resourceId ?? miResId ?? '').toLowerCase()
          : objectId
            ? i.objectId === objectId
            : i.systemAssigned,
    );
    if (!identity) return error(400, 'invalid_request', 'Identity not found');
    const minted = entra.mintManagedIdentityToken({ ...identity, resource });
    const now = Math.floor(Date.now() / 1000);
    // IMDS sends the numbers as strings.
    return {
      status: 200,
      body: {
        access_token: minted.accessToken,
        client_id: identity.clientId,
        expires_in: String(minted.expiresOn - now),
        expires_on: String(minted.expiresOn),
        ext_expires_in: String(minted.expiresOn - now),
        not_before: String(now - 300),
        resource,
        token_type: 'Bearer',
      },
    };
  };

  const server = await startServer(handle, { tls: false });
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    assign(input) {
      const identity: FakeManagedIdentity = {
        ...input,
        objectId: randomUUID(),
        resourceId:
          input.resourceId ??
          `/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/runners/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${input.clientId.slice(0, 8)}`,
      };
      identities.push(identity);
      return identity;
    },
    requests: server.requests,
    failNext: server.failNext,
    close: server.close,
  };
}
