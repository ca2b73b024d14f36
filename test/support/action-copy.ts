/**
 * The runner runs an action from its own download of the action's repository (`_actions/owner/
 * repo/ref`): the files the repository commits, never this checkout's node_modules. The tests do
 * the same from a copy of action.yml, actions/ and dist/: a bundle that needs anything else fails.
 *
 * One copy per test run, made by test/global-setup.ts (OIDC_EXCHANGE_ACTION_COPY); a process
 * started outside vitest (the demo) makes its own and removes it when it exits.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './action-manifest.ts';

export const ACTION_COPY_VARIABLE = 'OIDC_EXCHANGE_ACTION_COPY';

/** What the action's repository holds that a runner needs: the manifests and the bundles. */
const ACTION_FILES = ['action.yml', 'actions', 'dist'];

export function copyAction(parent: string): string {
  const dir = join(mkdtempSync(join(parent, 'oidc-exchange-action-')), 'oidc-exchange');
  mkdirSync(dir);
  for (const file of ACTION_FILES) cpSync(join(repoRoot, file), join(dir, file), { recursive: true });
  return dir;
}

let own: string | undefined;

/** The root of the copy every step of this process runs from. */
export function actionRoot(): string {
  const shared = process.env[ACTION_COPY_VARIABLE];
  if (shared) return shared;
  if (!own) {
    const made = copyAction(tmpdir());
    own = made;
    process.once('exit', () => rmSync(join(made, '..'), { recursive: true, force: true }));
  }
  return own;
}

/** A private copy a test may change (e.g. delete a chunk), removed with the job it belongs to. */
export function privateActionCopy(parent: string): string {
  return copyAction(parent);
}
