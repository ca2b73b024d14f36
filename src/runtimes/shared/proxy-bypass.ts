/**
 * The Azure DevOps agent's proxy bypass list: regular expressions matched against whole URLs, as
 * task-lib matches them. One that does not compile bypasses nothing (the agent's own check would
 * throw on it). Shared by the task and the refresher it starts.
 */
export function urlBypass(patterns: readonly string[]): (url: URL) => boolean {
  const compiled = patterns.flatMap((pattern) => {
    try {
      return [new RegExp(pattern, 'i')];
    } catch {
      return [];
    }
  });
  return (url) => compiled.some((re) => re.test(url.href));
}
