// Preloaded (node --import) into every benchmarked process, the floor included: on exit, appends
// "<peak resident memory in KiB> <CPU time in ms> <page faults>" to BENCH_RSS_FILE. VmHWM from /proc, not
// getrusage's maxRSS: on Linux that survives exec and so reports the (larger) benchmark process
// that forked us. The CPU time (user + system, every thread) says whether a run waited or worked;
// the page faults (minor ones, until this point of the exit) how much memory it set up, which
// costs more on some machines than on others (machine-probe.mjs).
import { appendFileSync, readFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  let kib = usage.maxRSS;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) kib = Number(match[1]);
  } catch {
    // not Linux: getrusage's figure is what there is
  }
  appendFileSync(
    file,
    `${kib} ${((usage.userCPUTime + usage.systemCPUTime) / 1000).toFixed(1)} ${usage.minorPageFault}\n`,
  );
});
