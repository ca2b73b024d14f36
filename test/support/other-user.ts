/**
 * Running the command line as another user (`nobody`), wherever the repository is cloned. A clone
 * in a 0700 folder (`mktemp -d`, /root) is out of that user's reach, and so are this checkout's
 * Node (node_modules/node/bin/node) and bundles: spawning them as `nobody` fails with EACCES. So
 * the Node that runs the tests (hard-linked where it can be) and the command line's bundle are
 * put, world-readable, into a folder of the run's temp folder, which test/global-setup.ts makes
 * 1777 like /tmp. (The Node binary needs only system libraries: libc, libstdc++.)
 */
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { repoRoot } from './action-manifest.ts';
import { tempFolder } from './temp-folders.ts';

/** `nobody` on Debian and most Linux systems. */
export const OTHER_USER = { uid: 65534, gid: 65534 } as const;

export interface ReachableCli {
  /** The Node that runs the tests, linked or copied. */
  node: string;
  /** A copy of dist/cli/index.js, its chunks and the package.json that makes it a module. */
  cli: string;
}

let copy: ReachableCli | undefined;

/** The command line and a Node to run it, where any user can read and run them (one copy per test file). */
export function cliForOtherUser(): ReachableCli {
  if (copy && existsSync(copy.node)) return copy;
  const dir = tempFolder('other-user-');
  const node = join(dir, 'node');
  linkOrCopyNode(node);
  const cli = join(dir, 'cli', 'index.js');
  cpSync(join(repoRoot, 'dist', 'cli'), dirname(cli), { recursive: true });
  // Whatever the clone's umask made of the originals: readable by all.
  chmodSync(dir, 0o755);
  chmodSync(dirname(cli), 0o755);
  for (const file of readdirSync(dirname(cli))) chmodSync(join(dirname(cli), file), 0o644);
  assertReachable(dir);
  copy = { node, cli };
  return copy;
}

/**
 * A hard link costs nothing, and a path through the run's temp folder reaches the same file; where
 * the binary itself is not readable and runnable by all (a clone made under umask 077) or lives on
 * another file system, a copy (~120 MB) made so.
 */
function linkOrCopyNode(node: string): void {
  if ((statSync(process.execPath).mode & 0o005) === 0o005) {
    try {
      linkSync(process.execPath, node);
      return;
    } catch {
      // another file system (EXDEV), or links not allowed: copy below
    }
  }
  copyFileSync(process.execPath, node, constants.COPYFILE_FICLONE);
  chmodSync(node, 0o755);
}

/** Every folder above `dir` must let others through, or the copy is no better than the clone. */
function assertReachable(dir: string): void {
  const { root } = parse(dir);
  for (let folder = dirname(dir); ; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0)
      throw new Error(
        `${folder} is not searchable by other users, so no copy under it is either: run the tests with TMPDIR naming a folder every user can reach (such as /tmp)`,
      );
    if (folder === root) break;
  }
  accessSync(dir, constants.R_OK | constants.X_OK);
}
