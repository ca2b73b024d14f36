import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { neutralise } from '../../../core/neutralise.js';
import { LOG_FILE, STATUS_FILE, type RefresherStatus, type TargetStatus } from '../protocol.js';

/**
 * What the post step says about the refresher, the same on both runners: whether it lived until
 * the end (if not, when and why it stopped), then one line per target: renewals, failures and the
 * last cause, and whether renewal was given up. Read from its status file (process/status-file.ts);
 * every line neutralised, since causes carry upstream text. The raw log is for debugging only.
 */
export function refresherStory(dir: string | undefined, outcome: 'stopped' | 'not running'): string[] {
  const status = readStatus(dir);
  const lines = [
    `oidc-exchange: credential refresher ${outcome === 'stopped' ? 'stopped' : 'was no longer running'}.`,
  ];
  if (!status) return lines;
  const since = `started ${status.startedAt}`;
  if (status.stoppedByPostStep) lines.push(`  It lived until the post step stopped it (${since}).`);
  else if (status.stoppedAt)
    lines.push(
      `  It stopped early, at ${status.stoppedAt}: ${status.stopReason ?? 'no reason given'} (${since}).`,
    );
  else lines.push(`  It ended without saying why (${since}): the runner or the system ended it.`);
  for (const [name, target] of Object.entries(status.targets)) lines.push(`  ${name}: ${targetLine(target)}`);
  return lines.map(neutralise);
}

function targetLine(t: TargetStatus): string {
  const counts = `${t.renewals} renewal(s), ${t.failures} failure(s)`;
  const last = t.lastCause ? `; last failure at ${t.lastFailureAt ?? '?'}: ${t.lastCause}` : '';
  const state =
    t.state === 'given up'
      ? `; renewal given up at ${t.givenUpAt ?? '?'} after a refusal that persisted`
      : t.state === 'failing'
        ? '; still failing at the end'
        : '';
  return `${counts}${state}${last}`;
}

function readStatus(dir: string | undefined): RefresherStatus | undefined {
  const path = dir ? join(dir, STATUS_FILE) : undefined;
  if (!path || !existsSync(path)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as RefresherStatus;
    return typeof parsed.startedAt === 'string' && typeof parsed.targets === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The refresher's raw log (no secret in it), neutralised, for a debug run. */
export function refresherLog(dir: string | undefined): string[] {
  const path = dir ? join(dir, LOG_FILE) : undefined;
  if (!path || !existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => neutralise(line));
}
