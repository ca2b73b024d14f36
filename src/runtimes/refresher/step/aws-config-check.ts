import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OidcExchangeError } from '../../../core/errors.js';
import { neutralise } from '../../../core/neutralise.js';

/**
 * `aws-profile`: whether an AWS config file is provably one a step of oidc-exchange wrote, before a
 * later step copies its sections (whose `credential_process` runs as the runner's user in every
 * later `aws` call). Ours is `<runner temp>/oidc-exchange-<random>/aws.config`: a regular file, not a
 * link, with one link, in a folder that is not a link, both owned by the runner's user and closed
 * to everyone else (the folder is the step's private one, 0700; the file 0600), holding only
 * sections in the exact shape ../aws-config-file.ts writes, each naming its step's folder and that
 * folder's endpoint file. On Windows owners and modes are not what protects it (the folder's
 * access list is, set before first use: ../../shared/step-folder.ts), so only the rest is checked.
 */
export const CONFIG_NAME = 'aws.config';
export const ENDPOINT_NAME = 'aws-endpoint.json';
export const STEP_PREFIX = 'oidc-exchange-';
/** The job-wide file of earlier versions, beside the step folders: never read again. */
const OLD_JOB_FILE = 'oidc-exchange-aws.config';
export const MARK = '# oidc-exchange ';

export interface Section {
  /** The step folder's name: the step whose post step removes the section. */
  owner: string;
  profile: string;
  text: string;
}

export interface Ownership {
  platform: NodeJS.Platform;
  /** The runner's user (process.getuid()); undefined on Windows. */
  uid: number | undefined;
}

export const CURRENT: Ownership = { platform: process.platform, uid: process.getuid?.() };

/** Named like ours: a file a step of oidc-exchange would have written (checked before it is read). */
export function looksOurs(path: string): boolean {
  const name = basename(path);
  return name === OLD_JOB_FILE || (name === CONFIG_NAME && basename(dirname(path)).startsWith(STEP_PREFIX));
}

/**
 * The sections of a file that looks ours (looksOurs), or an error saying which check it failed.
 * The file is opened without following a link and checked through the open descriptor.
 */
export function readOurConfig(path: string, runnerTemp: string, who: Ownership = CURRENT): Section[] {
  const folder = dirname(resolve(path));
  if (basename(path) === OLD_JOB_FILE)
    throw refused(path, 'it is the job-wide file of an older version, which other local users could edit');
  if (dirname(folder) !== resolve(runnerTemp))
    throw refused(path, `its folder is not directly under the runner's temp folder (${runnerTemp})`);
  const folderStat = lstatSync(folder, { throwIfNoEntry: false });
  if (!folderStat) throw refused(path, 'its folder no longer exists');
  if (!folderStat.isDirectory()) throw refused(path, 'its folder is a link, not the step folder itself');
  privateTo(who, folderStat, path, 'its folder');
  // Also where O_NOFOLLOW does not exist (Windows): a link is refused before it is opened.
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) throw refused(path, 'it is a link');
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw refused(path, code === 'ELOOP' ? 'it is a link' : `it cannot be opened (${code})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refused(path, 'it is not a regular file');
    if (stat.nlink > 1) throw refused(path, 'it has other names (hard links)');
    privateTo(who, stat, path, 'it');
    const text = readFileSync(fd, 'utf8');
    return (
      parseSections(text, runnerTemp) ?? throwing(refused(path, 'it holds text oidc-exchange did not write'))
    );
  } finally {
    closeSync(fd);
  }
}

function privateTo(who: Ownership, stat: Stats, path: string, what: string): void {
  if (who.platform === 'win32' || who.uid === undefined) return;
  if (stat.uid !== who.uid) throw refused(path, `${what} belongs to another user (uid ${stat.uid})`);
  if ((stat.mode & 0o077) !== 0)
    throw refused(path, `${what} is open to other users (mode ${(stat.mode & 0o777).toString(8)})`);
}

/** A section exactly as aws-config-file.ts writes it; the last part of its command is its endpoint file. */
const SECTION =
  /^# oidc-exchange (oidc-exchange-[\w-]+)\n\[profile ([\w.-]+)\]\ncredential_process = ((?:"[^"\n]+" )+)"([^"\n]+)"\nregion = ([a-z0-9-]+)\n$/;

/** The sections of a file; undefined when any text is not a section of ours. */
export function parseSections(text: string, runnerTemp: string): Section[] | undefined {
  if (text === '') return [];
  const out: Section[] = [];
  for (const chunk of text.split(new RegExp(`^(?=${MARK})`, 'm'))) {
    const match = SECTION.exec(chunk);
    const [, owner = '', profile = '', , endpoint = ''] = match ?? [];
    if (!match || resolve(endpoint) !== join(resolve(runnerTemp), owner, ENDPOINT_NAME)) return undefined;
    out.push({ owner, profile, text: chunk });
  }
  return out;
}

function throwing(error: Error): never {
  throw error;
}

export function refused(path: string, why: string): OidcExchangeError {
  return new OidcExchangeError(
    'AWS_CONFIG_REFUSED',
    `Refused to keep the profiles of AWS_CONFIG_FILE ${neutralise(JSON.stringify(path))}: ${why}. Its profiles run commands as the runner's user, so only a file an earlier oidc-exchange step wrote is read.`,
    {
      hint: 'Unset AWS_CONFIG_FILE before this step, or remove the file; if no step of this job wrote it, another user of this machine may have: check who can write to the runner’s temp folder.',
    },
  );
}
