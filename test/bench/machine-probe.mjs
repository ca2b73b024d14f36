// Run by run.ts in a process of its own (`node machine-probe.mjs`): what memory management costs
// on this machine, which sets how much a short-lived process pays for its start, its fork and its
// exit. Prints one JSON line: the cost of a page's first touch, of the first write to a page after
// a fork (copy-on-write; the child has exec'd, so the page is only made writable again), and of
// Node's spawn of a no-op while this process holds PROBE_MB of touched memory (the fork copies the
// page tables). Benchmark ratios measured on machines where these differ are not comparable.
import { spawn } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const PROBE_MB = 48;
const PAGE = 4096;
const size = PROBE_MB << 20;
const pages = size / PAGE;
// Not zero-filled by Node: a fresh mapping, so the first pass is where each page is faulted in.
const memory = Buffer.allocUnsafeSlow(size);

function writeEveryPage(value) {
  const start = performance.now();
  for (let offset = 0; offset < size; offset += PAGE) memory[offset] = value;
  return performance.now() - start;
}

const firstTouchMs = writeEveryPage(1);
const plainWriteMs = writeEveryPage(2);
const spawnStart = performance.now();
const child = spawn('/bin/sh', ['-c', ':'], { stdio: 'ignore' });
const spawnMs = performance.now() - spawnStart;
const afterForkMs = writeEveryPage(3);
child.on('close', () => {
  const perPageUs = (ms) => ((ms - plainWriteMs) * 1000) / pages;
  process.stdout.write(
    `${JSON.stringify({
      faultUs: perPageUs(firstTouchMs),
      copyOnWriteUs: perPageUs(afterForkMs),
      spawnMs,
      residentMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    })}\n`,
  );
});
