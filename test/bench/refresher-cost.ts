/**
 * `npm run bench` (third part), or alone: `node test/bench/refresher-cost.ts`. What the refresher
 * costs while a job runs, for a step with Azure (token file, no CLI) and AWS: it runs against the
 * fake cloud with every lifetime cut to LIFETIME seconds for WINDOW seconds, counts the requests
 * that reach each fake service and reads the refresher's CPU time from /proc; the table scales
 * each count per renewal to an hour at the real lifetimes (GitHub ID tokens 300 s, token file
 * rewritten every tenth of that; an STS session of 3600 s renewed with 20 minutes left, and only
 * when a client asks: none here, as no client asks).
 */
import { readFileSync } from 'node:fs';
import { ensureTestCa } from '../fakes/tls.ts';
import { startFakeCloud } from '../fakes/cloud.ts';
import { shortLifetimes } from '../fakes/lifetimes.ts';
import { newJob, runAction } from '../support/run-action.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { subject, trustEveryTarget } from '../support/trust.ts';

const LIFETIME = 2;
const WINDOW = Number(process.env['BENCH_REFRESHER_SECONDS'] ?? 20);
process.env['NODE_EXTRA_CA_CERTS'] = ensureTestCa().caCertFile;
const cloud = await startFakeCloud();
trustEveryTarget(cloud);
const restore = shortLifetimes(cloud, LIFETIME);

const job = newJob();
const run = await runAction({
  job,
  inputs: {
    issuer: cloud.issuer.issuer,
    subject,
    ...inputsFor(cloud, 'azure', 'aws'),
  },
  env: tokenRequestEnv(cloud),
});
if (run.exitCode !== 0) throw new Error(`the step failed: ${run.stdout}`);
const pid = Number((run.state.get('OIDC_EXCHANGE_REFRESHER') ?? '').split(':')[2]);
const cpuMs = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const counts = () => ({
  token: cloud.github.requests.length,
  entra: cloud.entra.requests.length,
  sts: cloud.sts.requests.length,
  issuer: cloud.issuer.requests.length,
});
const [before, cpuBefore] = [counts(), cpuMs()];
await new Promise((resolve) => setTimeout(resolve, WINDOW * 1000));
const [after, cpuAfter] = [counts(), cpuMs()];
await runAction({
  job,
  entry: 'post',
  env: Object.fromEntries([...run.state].map(([name, value]) => [`STATE_${name}`, value])),
});
restore();
await cloud.close();

// Renewals in the window: one token request each. Per hour at real lifetimes: 3600 / 30 s.
const renewals = Math.max(1, after.token - before.token);
const perHour = 3600 / 30;
const per = (n: number) => ((n / renewals) * perHour).toFixed(0);
process.stdout.write(
  `\nRefresher for Azure (token file) + AWS, ${WINDOW} s at ${LIFETIME}-s lifetimes: ${renewals} renewals, scaled to an hour at GitHub's 300-s tokens (${perHour} renewals)\n\n` +
    '| per hour | token endpoint | issuer (discovery, keys) | Entra | STS | az logins | refresher CPU |\n|---|---|---|---|---|---|---|\n' +
    `| measured, scaled | ${per(after.token - before.token)} | ${per(after.issuer - before.issuer)} | ${per(after.entra - before.entra)} | ${after.sts - before.sts} (no client asked) | 0 (no \`azure-cli-login\`) | ${((((cpuAfter - cpuBefore) / renewals) * perHour) / 1000).toFixed(1)} s |\n`,
);
process.exit(0);
