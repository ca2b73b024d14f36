/**
 * Watches /proc, as any local user on a shared runner can, for the processes a step starts: every
 * process whose environment carries `marker` (the runner's RUNNER_TRACKING_ID or the agent's
 * VSTS_PROCESS_LOOKUP_ID, which the step passes on), except the step itself (a child of this test
 * process). Each distinct command line and environment seen is kept.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface SeenProcess {
  pid: number;
  cmdline: string;
  environ: string;
}

export function watchProcesses(marker: string, everyMs = 15): { stop(): SeenProcess[] } {
  const seen = new Map<string, SeenProcess>();
  const scan = () => {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
        if (!environ.split('\0').includes(marker)) continue;
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === process.pid) continue; // the step itself: the runner hands it its secrets
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        // Between fork and exec a child still shows its parent's command line and environment.
        if (forkOfParent(ppid, cmdline, environ)) continue;
        seen.set(`${entry}\n${cmdline}\n${environ}`, { pid: Number(entry), cmdline, environ });
      } catch {
        // gone meanwhile, or not ours
      }
    }
  };
  scan();
  const timer = setInterval(scan, everyMs);
  return {
    stop() {
      clearInterval(timer);
      scan();
      return [...seen.values()];
    },
  };
}

function forkOfParent(ppid: number, cmdline: string, environ: string): boolean {
  try {
    return (
      readFileSync(`/proc/${ppid}/cmdline`, 'utf8') === cmdline &&
      readFileSync(`/proc/${ppid}/environ`, 'utf8') === environ
    );
  } catch {
    return false;
  }
}
