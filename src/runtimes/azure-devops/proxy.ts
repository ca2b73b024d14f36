import * as tl from 'azure-pipelines-task-lib/task.js';
import type { ProxyEnvironment } from '../../core/http.js';
import { bypassHosts } from './proxy-bypass.js';

/**
 * The agent's proxy (Agent.ProxyUrl, with its credentials, and Agent.ProxyBypassList), as the
 * HTTPS_PROXY / NO_PROXY the HTTP client understands; without one, the process's own variables.
 * Node's fetch and MSAL ignore the agent's proxy unless told (ANCHORS-ADO.md §5.5 [P5]).
 */
export function agentProxyEnvironment(env: NodeJS.ProcessEnv): ProxyEnvironment {
  const agent = tl.getHttpProxyConfiguration();
  if (agent?.proxyFormattedUrl) {
    const bypass = bypassHosts(agent.proxyBypassHosts ?? []);
    return {
      HTTPS_PROXY: agent.proxyFormattedUrl,
      HTTP_PROXY: agent.proxyFormattedUrl,
      NO_PROXY: [env['NO_PROXY'] ?? env['no_proxy'], ...bypass].filter(Boolean).join(',') || undefined,
    };
  }
  return {
    HTTPS_PROXY: env['HTTPS_PROXY'] ?? env['https_proxy'],
    HTTP_PROXY: env['HTTP_PROXY'] ?? env['http_proxy'],
    NO_PROXY: env['NO_PROXY'] ?? env['no_proxy'],
  };
}
