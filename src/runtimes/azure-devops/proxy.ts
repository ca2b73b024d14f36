import * as tl from 'azure-pipelines-task-lib/task.js';
import type { ProxyEnvironment } from '../../core/http.js';

/**
 * The agent's proxy (Agent.ProxyUrl with its credentials, and Agent.ProxyBypassList), for every
 * request of the step; without one, the process's own HTTPS_PROXY / NO_PROXY. Node's fetch and MSAL
 * ignore the agent's proxy unless told (ANCHORS-ADO.md §5.5 [P5]). The bypass list holds regular
 * expressions matched against whole URLs, as task-lib matches them.
 */
export function agentProxyEnvironment(
  env: NodeJS.ProcessEnv,
  registerSecret: (value: string) => void,
): ProxyEnvironment {
  const fromProcess = {
    HTTPS_PROXY: env['HTTPS_PROXY'] ?? env['https_proxy'],
    HTTP_PROXY: env['HTTP_PROXY'] ?? env['http_proxy'],
    NO_PROXY: env['NO_PROXY'] ?? env['no_proxy'],
  };
  const agent = tl.getHttpProxyConfiguration();
  if (!agent?.proxyFormattedUrl) return fromProcess;
  // The password is masked already (agent-secrets.ts); the URL that carries it is a value of its own.
  if (agent.proxyPassword) registerSecret(agent.proxyFormattedUrl);
  const bypass = (agent.proxyBypassHosts ?? []).flatMap((pattern) => {
    try {
      return [new RegExp(pattern, 'i')];
    } catch {
      return []; // the agent's own check would throw on it; here it simply bypasses nothing
    }
  });
  return {
    HTTPS_PROXY: agent.proxyFormattedUrl,
    HTTP_PROXY: agent.proxyFormattedUrl,
    NO_PROXY: fromProcess.NO_PROXY,
    bypass: (url) => bypass.some((re) => re.test(url.href)),
  };
}
