/**
 * How to build the same token source again in another process (the background refresher, a
 * later step's credential helper): a kind and its non-secret settings, which may travel in a
 * file or on a command line, plus at most one secret (the CI's request token), which travels only
 * through a pipe or the environment the CI itself provides, never a file or a command line.
 *
 * A runtime that brings a new source (Azure DevOps' oidctoken endpoint) adds its kind here and
 * one case where sources are rebuilt (src/runtimes/shared/rebuild-source.ts); the refresh
 * mechanism itself knows nothing of any kind.
 */
export interface SourceRecipe {
  kind: string;
  settings: Record<string, string>;
}

export interface PortableSource {
  recipe: SourceRecipe;
  /** The source's one secret, if it has one (GitHub: the request token). */
  secret: string | undefined;
}
