import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OidcExchangeError } from '../../../core/errors.js';
import { createPrivateFile } from '../../shared/secret-file.js';

/**
 * `aws-profile`: the one AWS config file of the job (beside the steps' private folders, in the
 * runner's temp folder), to which every step that names a profile adds its own section, so that
 * `aws --profile prod` and `aws --profile staging` each reach their own step's refresher. A
 * section belongs to the step whose folder name marks it (`# oidc-exchange <folder>`): the post
 * step removes exactly its own sections, and a later step that reuses a name takes it over.
 *
 * Edits hold a lock (an exclusive directory) and replace the file atomically (a 0600 file created
 * exclusively, never through a link, renamed over it), so a client never reads half a file.
 */
export const JOB_CONFIG_NAME = 'oidc-exchange-aws.config';
const MARK = '# oidc-exchange ';

export function jobConfigPath(stepDir: string): string {
  return join(dirname(stepDir), JOB_CONFIG_NAME);
}

/** Adds (or takes over) the profile's section for the step whose folder is `stepDir`. */
export function addProfile(stepDir: string, profile: string, body: string): string {
  const path = jobConfigPath(stepDir);
  withLock(path, () => {
    const kept = sections(read(path)).filter((s) => s.profile !== profile);
    write(path, [...kept.map((s) => s.text), `${MARK}${basename(stepDir)}\n[profile ${profile}]\n${body}`]);
  });
  return path;
}

/**
 * Removes every section the step added; the file goes once no section is left. Returns their
 * names. Never throws: a post step must not fail the job, and the runner empties its temp folder.
 */
export function removeProfiles(stepDir: string): string[] {
  try {
    return removeOwnSections(stepDir);
  } catch {
    return [];
  }
}

function removeOwnSections(stepDir: string): string[] {
  const path = jobConfigPath(stepDir);
  if (!existsSync(path)) return [];
  const owner = basename(stepDir);
  let removed: string[] = [];
  withLock(path, () => {
    const all = sections(read(path));
    removed = all.filter((s) => s.owner === owner).map((s) => s.profile);
    const kept = all.filter((s) => s.owner !== owner);
    if (kept.length === 0) rmSync(path, { force: true });
    else if (removed.length > 0)
      write(
        path,
        kept.map((s) => s.text),
      );
  });
  return removed;
}

interface Section {
  owner: string;
  profile: string;
  text: string;
}

function sections(text: string): Section[] {
  const out: Section[] = [];
  for (const chunk of text.split(new RegExp(`^(?=${MARK})`, 'm'))) {
    const match = /^# oidc-exchange (\S+)\n\[profile ([^\]\n]+)\]\n/.exec(chunk);
    if (match)
      out.push({ owner: match[1] ?? '', profile: match[2] ?? '', text: chunk.replace(/\n*$/, '\n') });
  }
  return out;
}

function read(path: string): string {
  if (!existsSync(path)) return '';
  if (!lstatSync(path).isFile()) throw refused(path, 'it is not a regular file');
  return readFileSync(path, 'utf8');
}

function write(path: string, parts: string[]): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  createPrivateFile(temp, parts.join('\n'));
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

const LOCK_WAIT_MS = 10_000;
const LOCK_STALE_MS = 30_000;

function withLock(path: string, edit: () => void): void {
  const lock = `${path}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock, { mode: 0o700 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A step that died holding it must not block the job: an old lock is taken over.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > LOCK_WAIT_MS) throw refused(path, 'another step holds its lock');
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  try {
    edit();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function refused(path: string, why: string): OidcExchangeError {
  return new OidcExchangeError('REFRESH_FAILED', `Cannot edit the job's AWS config file ${path}: ${why}.`, {
    hint: 'Remove it, or set `aws-profile` only on steps of this job.',
  });
}
