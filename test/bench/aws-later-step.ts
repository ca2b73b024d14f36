/**
 * `npm run bench` (second part), or alone: `node test/bench/aws-later-step.ts`. The cost of a
 * later step's `aws sts get-caller-identity` (Debian's AWS CLI v2) with the credentials `refresh`
 * hands over (the refresher's container-credentials endpoint) against the same call with static
 * keys in the environment, interleaved call by call so drift affects both alike; then parallel
 * calls. The fake STS's request log counts the AssumeRoleWithWebIdentity calls the later step
 * caused: the aim is none within one session lifetime (issue #15).
 *
 * BENCH_AWS_CALLS: sequential calls per variant (default 200). BENCH_AWS_PARALLEL: parallel calls
 * (default 16).
 */
import { execFile } from 'node:child_process';
import { ensureTestCa } from '../fakes/tls.ts';
import { startFakeCloud } from '../fakes/cloud.ts';
import { ensureAwsCli } from '../support/aws-cli.ts';
import { newJob, runAction } from '../support/run-action.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { subject, trustEveryTarget } from '../support/trust.ts';
import { quantile } from './stats.ts';

const calls = Number(process.env['BENCH_AWS_CALLS'] ?? 200);
const parallel = Number(process.env['BENCH_AWS_PARALLEL'] ?? 16);
process.env['NODE_EXTRA_CA_CERTS'] = ensureTestCa().caCertFile;
const cloud = await startFakeCloud();
trustEveryTarget(cloud);
const aws = ensureAwsCli();

const step = (refresh: string) =>
  runAction({
    job: newJob(),
    inputs: {
      issuer: cloud.issuer.issuer,
      subject,
      refresh,
      ...inputsFor(cloud, 'aws'),
    },
    env: tokenRequestEnv(cloud),
  });
const [renewing, staticKeys] = [await step('true'), await step('false')];
const base = {
  PATH: process.env['PATH'],
  HOME: process.env['HOME'],
  AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'],
};
const envs = {
  static: { ...base, ...Object.fromEntries(staticKeys.env) },
  refresh: { ...base, ...Object.fromEntries(renewing.env) },
};

function call(env: Record<string, string | undefined>): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    execFile(aws, ['sts', 'get-caller-identity', '--endpoint-url', cloud.sts.endpoint], { env }, (error) =>
      error
        ? reject(new Error(`aws failed: ${error.message}`))
        : resolve(Number(process.hrtime.bigint() - started) / 1e6),
    );
  });
}

const assumed = () =>
  cloud.sts.requests.filter((r) => r.form?.['Action'] === 'AssumeRoleWithWebIdentity').length;
const before = assumed();
const times = { static: [] as number[], refresh: [] as number[] };
for (let i = 0; i < calls; i++) {
  const order = i % 2 === 0 ? (['static', 'refresh'] as const) : (['refresh', 'static'] as const);
  for (const variant of order) times[variant].push(await call(envs[variant]));
}
const parallelStarted = Date.now();
await Promise.all(Array.from({ length: parallel }, () => call(envs.refresh)));
const parallelMs = Date.now() - parallelStarted;
const exchanges = assumed() - before;

const median = (xs: number[]) => quantile(xs, 0.5);
const ratio = median(times.refresh) / median(times.static);
process.stdout.write(
  `\n${calls} sequential calls per variant (interleaved), then ${parallel} parallel, AWS CLI ${aws}\n\n` +
    '| later step | median per call | p10–p90 | vs static keys | AssumeRoleWithWebIdentity |\n|---|---|---|---|---|\n' +
    `| static keys in the environment | ${median(times.static).toFixed(0)} ms | ${quantile(times.static, 0.1).toFixed(0)}–${quantile(times.static, 0.9).toFixed(0)} ms | 1.00 | – |\n` +
    `| refresh (container endpoint) | ${median(times.refresh).toFixed(0)} ms | ${quantile(times.refresh, 0.1).toFixed(0)}–${quantile(times.refresh, 0.9).toFixed(0)} ms | ${ratio.toFixed(2)} | ${exchanges} for ${calls + parallel} calls (${parallel} parallel in ${parallelMs} ms) |\n`,
);
await runAction({
  job: newJob(),
  entry: 'post',
  env: Object.fromEntries([...renewing.state].map(([name, value]) => [`STATE_${name}`, value])),
});
await cloud.close();
process.exit(0);
