/**
 * How a client that always talks to the public cloud (the Azure CLI; the step itself with no
 * `azure-authority-host`) reaches the fake: HTTPS_PROXY is a routing CONNECT proxy that sends
 * login.microsoftonline.com:443 to the fake Entra and management.azure.com:443 to a tiny fake ARM,
 * passes loopback through and refuses the rest; REQUESTS_CA_BUNDLE is the test CA for az's python.
 */
import { ids, type FakeCloud } from '../fakes/cloud.ts';
import { startArm } from '../fakes/arm.ts';
import { startConnectProxy, type RecordingProxy } from './connect-proxy.ts';
import type { FakeServer } from '../fakes/http-server.ts';

export interface AzRouting {
  proxy: RecordingProxy;
  arm: FakeServer;
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startAzRouting(
  cloud: FakeCloud,
  subscription = { subscriptionId: ids.subscriptionId, tenantId: ids.tenantId },
): Promise<AzRouting> {
  const arm = await startArm(subscription, (token) =>
    cloud.entra.issued.some((t) => t.accessToken === token),
  );
  const proxy = await startConnectProxy({
    'login.microsoftonline.com:443': Number(new URL(cloud.entra.authorityHost).port),
    'management.azure.com:443': arm.port,
  });
  return {
    proxy,
    arm,
    env: {
      HTTPS_PROXY: proxy.url,
      NO_PROXY: '',
      REQUESTS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'] ?? '',
    },
    close: async () => {
      await proxy.close();
      await arm.close();
    },
  };
}
