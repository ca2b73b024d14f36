import type { ProxyEnvironment } from '../../core/http.js';

/** The proxy a process's environment names, in either case, as curl and the cloud CLIs read it. */
export function proxyFromEnvironment(env: NodeJS.ProcessEnv): ProxyEnvironment {
  return {
    HTTPS_PROXY: env['HTTPS_PROXY'] ?? env['https_proxy'],
    HTTP_PROXY: env['HTTP_PROXY'] ?? env['http_proxy'],
    NO_PROXY: env['NO_PROXY'] ?? env['no_proxy'],
  };
}

/**
 * The Azure DevOps agent's proxy (its URL carries the credentials), for every request; NO_PROXY
 * still comes from the environment. Used by the task and by the refresher it starts.
 */
export function agentProxy(url: string, bypass: readonly string[], env: NodeJS.ProcessEnv): ProxyEnvironment {
  return {
    HTTPS_PROXY: url,
    HTTP_PROXY: url,
    NO_PROXY: proxyFromEnvironment(env).NO_PROXY,
    bypass: urlBypass(bypass),
  };
}

/**
 * The agent's proxy bypass list: regular expressions matched against whole URLs, as task-lib
 * matches them. One that does not compile bypasses nothing (the agent's own check would throw on it).
 */
function urlBypass(patterns: readonly string[]): (url: URL) => boolean {
  const compiled = patterns.flatMap((pattern) => {
    try {
      return [new RegExp(pattern, 'i')];
    } catch {
      return [];
    }
  });
  return (url) => compiled.some((re) => re.test(url.href));
}
