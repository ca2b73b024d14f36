/**
 * The bypass list holds regular expressions matched against URLs. The common shapes (`host`,
 * `host\.example\.com`, `.*\.example\.com`, with optional anchors) become NO_PROXY entries
 * (`.example.com` matches its subdomains); anything more elaborate cannot be expressed and is left out.
 */
export function bypassHosts(patterns: readonly string[]): string[] {
  const hosts: string[] = [];
  for (const pattern of patterns) {
    const host = pattern
      .replace(/^\^/, '')
      .replace(/\$$/, '')
      .replace(/^(https?:\/\/)?\.\*(\\\.|\.)/, '.')
      .replace(/^https?:\/\//, '')
      .replace(/\\\./g, '.');
    if (/^\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(host)) hosts.push(host);
  }
  return hosts;
}
