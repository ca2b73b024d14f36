/**
 * The environment of every process a test starts: what the test gives it, plus the run's private
 * temp folder (test/global-setup.ts sets it as the workers' TMPDIR). A child started with an
 * environment that lacks TMPDIR puts its temp folders in the system's (/tmp): the command line's
 * `oidc-exchange-*` folder holds a token file, and there the run's leftover check would not see it.
 *
 * test/unit/child-env.test.ts checks that every process a test starts with an `env:` of its own
 * gets it from here.
 */
import { tmpdir } from 'node:os';
import { isAbsolute, relative } from 'node:path';

/** POSIX programs read TMPDIR (Python also TEMP and TMP); Windows' os.tmpdir() reads TEMP and TMP. */
const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

/** The run's private temp folder: the worker's TMPDIR (the system's only outside vitest). */
export function runTemp(): string {
  return tmpdir();
}

export function childEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) out[name] = value;
  const temp = runTemp();
  for (const name of TEMP_VARIABLES) {
    const given = out[name];
    // A test may give a child a folder of its own, as long as the run's leftover check covers it.
    if (given !== undefined && !isWithin(given, temp))
      throw new Error(`${name}=${given} is outside the run's temp folder ${temp}`);
    out[name] = given ?? temp;
  }
  return out;
}

function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
