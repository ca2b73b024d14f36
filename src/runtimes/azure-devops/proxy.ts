import * as tl from 'azure-pipelines-task-lib/task.js';
import type { ProxyEnvironment } from '../../core/http.js';
import { agentProxy, proxyFromEnvironment } from '../shared/proxy-environment.js';
import type { RefresherProxy } from '../refresher/protocol.js';

/**
 * The agent's proxy (Agent.ProxyUrl with its credentials, and Agent.ProxyBypassList), for every
 * request of the step; without one, the process's own HTTPS_PROXY / NO_PROXY. Node's fetch and MSAL
 * ignore the agent's proxy unless told (docs/protocols.md §6.9). The bypass list holds regular
 * expressions matched against whole URLs, as task-lib matches them.
 */
export function agentProxyEnvironment(
  env: NodeJS.ProcessEnv,
  registerSecret: (value: string) => void,
): ProxyEnvironment {
  const agent = tl.getHttpProxyConfiguration();
  if (!agent?.proxyFormattedUrl) return proxyFromEnvironment(env);
  // The password is masked already (agent-secrets.ts); the URL that carries it is a value of its own.
  if (agent.proxyPassword) registerSecret(agent.proxyFormattedUrl);
  return agentProxy(agent.proxyFormattedUrl, agent.proxyBypassHosts ?? [], env);
}

/**
 * The agent's proxy for the refresher, which cannot read it itself (task-lib is the task's only):
 * handed over in its order, on stdin, since the URL carries the proxy's credentials.
 */
export function agentProxyForRefresher(): RefresherProxy | undefined {
  const agent = tl.getHttpProxyConfiguration();
  if (!agent?.proxyFormattedUrl) return undefined;
  return { url: agent.proxyFormattedUrl, bypass: agent.proxyBypassHosts ?? [] };
}
