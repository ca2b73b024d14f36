// Preloaded (node --import) into every benchmarked process, the floor included: on exit, appends
// the process's peak resident memory (KiB) to BENCH_RSS_FILE. Costs well under a millisecond.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
