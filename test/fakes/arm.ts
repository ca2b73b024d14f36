/**
 * A tiny Azure Resource Manager: the subscription list `az login` reads
 * (`GET /subscriptions?api-version=…` → `{"value":[{id, subscriptionId, tenantId, displayName, state}]}`),
 * answering only a bearer token Entra issued. Reached as management.azure.com through the routing proxy.
 */
import { startServer, type FakeServer } from './http-server.ts';

export function startArm(
  subscription: { subscriptionId: string; tenantId: string },
  isIssued: (token: string) => boolean,
): Promise<FakeServer> {
  return startServer((req) => {
    const token = (req.headers['authorization'] ?? '').replace(/^Bearer /, '');
    if (!isIssued(token))
      return Promise.resolve({ status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } });
    if (req.method === 'GET' && req.path === '/subscriptions') {
      return Promise.resolve({
        status: 200,
        body: {
          value: [
            {
              id: `/subscriptions/${subscription.subscriptionId}`,
              subscriptionId: subscription.subscriptionId,
              tenantId: subscription.tenantId,
              displayName: 'oidc-exchange test subscription',
              state: 'Enabled',
            },
          ],
        },
      });
    }
    return Promise.resolve({ status: 404, body: { error: { code: 'NotFound' } } });
  });
}
