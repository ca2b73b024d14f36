/**
 * `npm run bench`: start-up plus exchange time of the bundled action, as a runner starts it,
 * against the loopback fake cloud (in a process of its own), for each target alone and all three
 * in one step, with `node -e 0` as the floor, interleaved in the same run. A benchmark, not a
 * test: nothing gates on it. Writes docs/bench.svg.
 *
 * BENCH_RUNS: runs per scenario (default 20). BENCH_ENTRY: the main entry to measure (default
 * dist/main/index.js). BENCH_BASELINE: another build's main entry, measured in the same
 * interleaved run and labelled "baseline", e.g. an older commit's dist:
 * `git archive <commit> dist | tar -x -C /tmp/base` then BENCH_BASELINE=/tmp/base/dist/main/index.js.
 * BENCH_ONLY: a regular expression of the scenarios to run (the floor always runs), e.g.
 * `BENCH_ONLY='^(AWS|Azure)|configure'` for the rows of `refresh` on beside off and the AWS anchor.
 *
 * Rows without "refresh on" run with `refresh: false` (the exchange alone). "refresh on" rows are
 * the same steps with `refresh` on, its default: the refresher they leave running is stopped after
 * each run, outside the timing, as the post step would. "configure-aws-credentials" is the AWS
 * anchor's OIDC path, modelled by anchor-aws.mjs.
 */
import { spawn } from 'node:child_process';
import { once as onceEvent } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureTestCa } from '../fakes/tls.ts';
import { chartSvg } from './chart.ts';
import { stopRefresher } from '../../src/runtimes/refresher/step/stop.ts';
import { parseFileCommands } from '../support/runner-files.ts';
import { anchorAwsBundle } from './anchor-build.ts';
import { anchorScenario, floor, scenarios, type CloudAddresses, type Scenario } from './scenarios.ts';
import { quantile, summarise } from './stats.ts';

const root = join(import.meta.dirname, '..', '..');
const runs = Number(process.env['BENCH_RUNS'] ?? 20);
const entry = resolve(process.env['BENCH_ENTRY'] ?? join(root, 'dist', 'main', 'index.js'));
const baseline = process.env['BENCH_BASELINE'];
const ca = ensureTestCa();
const anchor = anchorAwsBundle(root);
const cloudProcess = spawn(process.execPath, [join(import.meta.dirname, 'cloud-process.ts')], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const [firstLine] = (await onceEvent(createInterface({ input: cloudProcess.stdout }), 'line')) as [string];
const cloud = JSON.parse(firstLine) as CloudAddresses;
const only = new RegExp(process.env['BENCH_ONLY'] ?? '');
const all = [
  floor,
  ...scenarios(cloud, entry),
  anchorScenario(cloud, anchor),
  ...(baseline ? scenarios(cloud, resolve(baseline), 'baseline') : []),
].filter((s) => s === floor || only.test(s.name));
const wall = new Map<string, number[]>(all.map((s) => [s.name, []]));
const rss = new Map<string, number[]>(all.map((s) => [s.name, []]));
const stepCpu = new Map<string, number[]>(all.map((s) => [s.name, []]));
const cloudCpu = new Map<string, number[]>(all.map((s) => [s.name, []]));
const faults = new Map<string, number[]>(all.map((s) => [s.name, []]));

/** machine-probe.mjs's figures, in a process of its own before the runs (Linux and macOS). */
async function memoryCosts(): Promise<string> {
  const probe = spawn(process.execPath, [join(import.meta.dirname, 'machine-probe.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Its output once it has ended: a probe that fails leaves a note, not a benchmark waiting for ever.
  let output = '';
  probe.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await onceEvent(probe, 'close')) as [number | null];
  if (code !== 0)
    return `Memory on this machine: not measured (machine-probe.mjs exited with ${String(code)})`;
  const m = JSON.parse(output) as {
    faultUs: number;
    copyOnWriteUs: number;
    spawnMs: number;
    residentMb: number;
  };
  return (
    `Memory on this machine: a page's first touch ${m.faultUs.toFixed(1)} µs, the first write to a page after a fork ` +
    `${m.copyOnWriteUs.toFixed(1)} µs, a spawn with ${m.residentMb} MB resident ${m.spawnMs.toFixed(1)} ms ` +
    `(what a process pays to start, fork and exit: ratios from machines where these differ do not compare)`
  );
}

/** CPU time (ms, all threads) the fake cloud's process has used so far; Linux only, 10 ms steps. */
function cloudCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/${cloudProcess.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 1/100 s (USER_HZ)
  } catch {
    return NaN;
  }
}
const work = mkdtempSync(join(tmpdir(), 'oidc-exchange-bench-'));

async function once(scenario: Scenario, n: number): Promise<void> {
  const files = Object.fromEntries(
    ['ENV', 'OUTPUT', 'STATE', 'STEP_SUMMARY'].map((f) => [`GITHUB_${f}`, join(work, `${n}-${f}`)]),
  );
  for (const file of Object.values(files)) writeFileSync(file, '');
  const rssFile = join(work, `${n}-rss`);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    NODE_EXTRA_CA_CERTS: ca.caCertFile,
    RUNNER_TEMP: work,
    ACTIONS_ID_TOKEN_REQUEST_URL: cloud.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.requestToken,
    BENCH_RSS_FILE: rssFile,
    ...files,
    ...Object.fromEntries(Object.entries(scenario.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const cloudBefore = cloudCpuMs();
  const started = process.hrtime.bigint();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', join(import.meta.dirname, 'report-rss.mjs'), ...scenario.args],
      {
        env,
        stdio: 'ignore',
      },
    );
    child.on('close', (c) => resolve(c ?? -1));
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  cloudCpu.get(scenario.name)?.push(cloudCpuMs() - cloudBefore);
  if (code !== 0) throw new Error(`${scenario.name} failed (exit ${code})`);
  // What the post step does, untimed, so that no refresher's start-up falls on the next run.
  const refresher = parseFileCommands(readFileSync(files['GITHUB_STATE'] ?? '', 'utf8')).get(
    'OIDC_EXCHANGE_REFRESHER',
  );
  if (scenario.refresher && !refresher) throw new Error(`${scenario.name} started no refresher`);
  if (refresher && (await stopRefresher(refresher)) !== 'stopped')
    throw new Error(`${scenario.name}: its refresher did not answer the stop`);
  wall.get(scenario.name)?.push(ms);
  const [kib, cpuMs, pageFaults] = readFileSync(rssFile, 'utf8').trim().split(' ').map(Number);
  rss.get(scenario.name)?.push(kib ?? NaN);
  stepCpu.get(scenario.name)?.push(cpuMs ?? NaN);
  faults.get(scenario.name)?.push(pageFaults ?? NaN);
}

/**
 * The same comparison round by round: each round ran both scenarios within a second of each
 * other, so the median of the per-round ratios (and differences) is steadier than the ratio of the
 * two medians when the machine's speed drifts during the run.
 */
function paired(on: string, off: string): string {
  const a = wall.get(on) ?? [];
  const b = wall.get(off) ?? [];
  const rounds = a.map((ms, i) => [ms, b[i] ?? NaN] as const).filter(([x, y]) => x > 0 && y > 0);
  if (rounds.length === 0) return 'per round: none';
  const ratio = quantile(
    rounds.map(([x, y]) => x / y),
    0.5,
  );
  const extra = quantile(
    rounds.map(([x, y]) => x - y),
    0.5,
  );
  return `per round: ${ratio.toFixed(2)}, ${extra >= 0 ? '+' : ''}${extra.toFixed(0)} ms`;
}

try {
  const memory = process.platform === 'win32' ? '' : await memoryCosts();
  let n = 0;
  for (const s of all) await once(s, n++); // warm the file cache and the fake cloud; not counted
  for (const list of [wall, rss, stepCpu, cloudCpu, faults].flatMap((m) => [...m.values()])) list.length = 0;
  for (let round = 0; round < runs; round++) {
    // Interleaved, rotating the order each round, so drift affects every scenario alike.
    const order = all.map((_, i) => all[(i + round) % all.length] as Scenario);
    for (const s of order) await once(s, n++);
  }
  const floorMs = summarise('floor', wall.get(floor.name) ?? [], [], 0).medianMs;
  const rows = all.map((s) => summarise(s.name, wall.get(s.name) ?? [], rss.get(s.name) ?? [], floorMs));
  const median = (name: string) => rows.find((r) => r.name === name)?.medianMs ?? NaN;
  console.log(
    `Node ${process.version}, ${runs} runs per scenario, ${availableParallelism()} cores, loopback fake cloud (https)`,
  );
  if (memory) console.log(memory);
  console.log();
  console.log(
    '| scenario | median | p10–p90 | × floor | peak RSS | page faults | CPU: step | CPU: fake cloud |\n|---|---|---|---|---|---|---|---|',
  );
  for (const r of rows) {
    const cpu = (m: Map<string, number[]>) => `${quantile(m.get(r.name) ?? [], 0.5).toFixed(0)} ms`;
    console.log(
      `| ${r.name} | ${r.medianMs.toFixed(0)} ms | ${r.p10Ms.toFixed(0)}–${r.p90Ms.toFixed(0)} ms | ${r.ratio.toFixed(2)} | ${r.peakRssMb.toFixed(0)} MB | ${quantile(faults.get(r.name) ?? [], 0.5).toFixed(0)} | ${cpu(stepCpu)} | ${cpu(cloudCpu)} |`,
    );
  }
  for (const suffix of baseline ? ['', ' (baseline)'] : ['']) {
    const slowest = Math.max(...['Azure', 'AWS', 'Databricks'].map((t) => median(t + suffix)));
    const ratio = median(`all three${suffix}`) / slowest;
    if (!Number.isNaN(ratio))
      console.log(`all three${suffix} / slowest single target: ${ratio.toFixed(2)} (aim ≤ 1.25)`);
  }
  for (const suffix of baseline ? ['', ' (baseline)'] : ['']) {
    for (const target of ['AWS', 'Azure']) {
      const ratio = median(`${target}, refresh on${suffix}`) / median(target + suffix);
      if (!Number.isNaN(ratio))
        console.log(
          `${target}${suffix}, refresh on / off: ${ratio.toFixed(2)} (aim ≤ 1.10); ${paired(`${target}, refresh on${suffix}`, target + suffix)}`,
        );
    }
    const anchorRatio = median(`AWS, refresh on${suffix}`) / median('configure-aws-credentials');
    if (!Number.isNaN(anchorRatio))
      console.log(
        `AWS${suffix} with defaults (refresh on) / configure-aws-credentials: ${anchorRatio.toFixed(2)} (aim ≤ 0.50)`,
      );
  }
  if (process.env['BENCH_ONLY'] === undefined) {
    writeFileSync(
      join(root, 'docs', 'bench.svg'),
      chartSvg(rows, `oidc-exchange start-up + exchange, Node ${process.version}`),
    );
    console.log('wrote docs/bench.svg');
  }
} finally {
  cloudProcess.stdin.end();
  // Its runner files and step folders: nothing of a run is left in the system temp folder.
  rmSync(work, { recursive: true, force: true });
}
