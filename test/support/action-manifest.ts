/**
 * Reads an action.yml the way the GitHub runner loads it (actions/runner,
 * src/Runner.Worker/ActionManifestManager.cs and ActionRunner.cs): every declared input gets a
 * value, its `default:` or, with none, the empty string; `runs.post-if` defaults to `always()`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface ActionManifest {
  /** The action's folder relative to the repository: '' for the main action, 'actions/aws'… */
  path: string;
  /** Every declared input, by its name as written in action.yml, with its raw default. */
  inputs: Map<string, string | undefined>;
  /** runs.using: `node24`… */
  using: string;
  main: string;
  post: string | undefined;
  postIf: string;
}

/**
 * The action folder a workflow's `uses:` names: `owner/oidc-exchange@v1` → '', `owner/oidc-exchange/actions/aws@v1` →
 * 'actions/aws'; a bare '' / 'actions/aws' is taken as it is.
 */
export function actionPathOf(uses: string): string {
  const withoutRef = uses.replace(/@[^@/]*$/, '');
  const match = /^[^/]+\/oidc-exchange(?:\/(.*))?$/.exec(withoutRef);
  const path = (match ? (match[1] ?? '') : withoutRef).replace(/^\.\/?|\/$/g, '');
  if (path !== '' && !/^actions\/[a-z0-9-]+$/.test(path))
    throw new Error(`not an action of this repository: ${uses}`);
  return path;
}

export function loadAction(uses = '', root = repoRoot): ActionManifest {
  const path = actionPathOf(uses);
  const file = join(root, path, 'action.yml');
  if (!existsSync(file)) throw new Error(`no action.yml at ${path || '.'} (uses: ${uses})`);
  const doc = parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { default?: unknown } | null>;
    runs: { using: string; main: string; post?: string; 'post-if'?: string };
  };
  const inputs = new Map<string, string | undefined>();
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    const value = spec?.default;
    inputs.set(name, typeof value === 'string' ? value : value == null ? undefined : JSON.stringify(value));
  }
  if (!/^node\d+$/.test(doc.runs.using))
    throw new Error(`${file}: runs.using ${doc.runs.using} is not a node runtime`);
  return {
    path,
    inputs,
    using: doc.runs.using,
    main: doc.runs.main,
    post: doc.runs.post,
    postIf: doc.runs['post-if'] ?? 'always()',
  };
}

/** Every action.yml of the repository: the main one and each actions/<x>/action.yml, present and future. */
export function allActionPaths(root = repoRoot): string[] {
  const dir = join(root, 'actions');
  const subs = existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .filter((name) => existsSync(join(dir, name, 'action.yml')))
    : [];
  return ['', ...subs.map((name) => `actions/${name}`)];
}
