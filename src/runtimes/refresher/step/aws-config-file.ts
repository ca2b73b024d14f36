import { existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createPrivateFile, writePrivateFileAtomically } from '../../shared/secret-file.js';
import {
  CONFIG_NAME,
  CURRENT,
  looksOurs,
  MARK,
  readOurConfig,
  STEP_PREFIX,
  type Ownership,
  type Section,
} from './aws-config-check.js';

/**
 * `aws-profile`: each step writes its own AWS config file in its own private folder
 * (`<step folder>/aws.config`, 0600) and points AWS_CONFIG_FILE at it. So that `aws --profile prod`
 * and `aws --profile staging` both keep working after two such steps, a step copies the sections
 * of the AWS_CONFIG_FILE it finds, but only when that file is provably an earlier step's
 * (aws-config-check.ts); a file that looks ours and fails a check stops the step, and a user's
 * own file is not read: later steps get ours instead, and the log says so. A section is marked with
 * the folder of the step whose refresher it asks (`# oidc-exchange <folder>`), and a later step
 * that reuses a profile name takes it over.
 *
 * Nothing is shared between steps but what is copied, so there is no job-wide file and no lock to
 * plant: a file is written once by its step, and edited after that only by post steps, which
 * run one at a time, and always replaced whole (a new 0600 file renamed over it), so a client
 * never reads half a file.
 */
export interface ProfileConfigPlan {
  /** The step's own file. */
  path: string;
  /** Earlier steps' sections, kept. */
  carried: Section[];
  /** A user's own AWS_CONFIG_FILE that later steps no longer see (it is not read). */
  replaced: string | undefined;
}

/** Decides what the step's file will hold; throws (AWS_CONFIG_REFUSED) when `previous` looks ours but is not. */
export function planProfileConfig(
  stepDir: string,
  profile: string,
  previous: string | undefined,
  who: Ownership = CURRENT,
): ProfileConfigPlan {
  const path = join(stepDir, CONFIG_NAME);
  const given = previous?.trim() || undefined;
  if (!given) return { path, carried: [], replaced: undefined };
  if (!looksOurs(given)) return { path, carried: [], replaced: given };
  // An earlier step's folder is gone only if its step failed, and then it exported no file: nothing to keep.
  if (!existsSync(dirname(given)) && !isLink(dirname(given)))
    return { path, carried: [], replaced: undefined };
  const carried = readOurConfig(given, dirname(stepDir), who).filter((s) => s.profile !== profile);
  return { path, carried, replaced: undefined };
}

/** Writes the step's file: the kept sections, then the step's own. */
export function writeProfileConfig(
  plan: ProfileConfigPlan,
  stepDir: string,
  profile: string,
  body: string,
): string {
  const own = `${MARK}${basename(stepDir)}\n[profile ${profile}]\n${body}`;
  createPrivateFile(plan.path, [...plan.carried.map((s) => s.text), own].join(''));
  return plan.path;
}

/**
 * The post step: removes the step's file (its folder goes next) and the step's sections from every
 * later step's file, so that no section is left naming this step's folder once it is gone (another
 * user who could make a folder of that name in the runner's temp folder would otherwise choose
 * what the section's helper reads). Returns the step's profiles. Never throws: a post step must
 * not fail the job, and the runner empties its temp folder anyway.
 */
export function removeProfiles(stepDir: string, who: Ownership = CURRENT): string[] {
  const owner = basename(stepDir);
  const runnerTemp = dirname(stepDir);
  const own = join(stepDir, CONFIG_NAME);
  const profiles = attempt(() => readOurConfig(own, runnerTemp, who), []);
  attempt(() => rmSync(own, { force: true }), undefined);
  const siblings = attempt(() => readdirSync(runnerTemp), []);
  for (const name of siblings) {
    if (!name.startsWith(STEP_PREFIX) || name === owner) continue;
    const path = join(runnerTemp, name, CONFIG_NAME);
    attempt(() => {
      if (!existsSync(path)) return;
      const all = readOurConfig(path, runnerTemp, who);
      const kept = all.filter((s) => s.owner !== owner);
      if (kept.length < all.length) writePrivateFileAtomically(path, kept.map((s) => s.text).join(''));
    }, undefined);
  }
  return profiles.filter((s) => s.owner === owner).map((s) => s.profile);
}

function attempt<T>(action: () => T, otherwise: T): T {
  try {
    return action();
  } catch {
    return otherwise;
  }
}

function isLink(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
}
