// Preloaded (node --import) into every benchmarked process, the floor included: on exit, appends
// the process's peak resident memory (KiB) to BENCH_RSS_FILE. VmHWM from /proc, not getrusage's
// maxRSS: on Linux that survives exec and so reports the (larger) benchmark process that forked us.
import { appendFileSync, readFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (!file) return;
  let kib = process.resourceUsage().maxRSS;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) kib = Number(match[1]);
  } catch {
    // not Linux: getrusage's figure is what there is
  }
  appendFileSync(file, `${kib}\n`);
});
