/**
 * The holes another user of the same machine could use (issue #20, item 5), each tried as that
 * user would: thousands of idle connections to the refresher started by the step, a wrong Host
 * header, a slow header; an AWS config section planted where a step of oidc-exchange would look;
 * an `aws-role-chain` external id looked for in everything the step prints or leaves behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { newJob, runAction, type ActionRun, type RunnerJob } from '../support/run-action.ts';
import { roleArn, subject, trustEveryTarget } from '../support/trust.ts';
import { tokenRequestEnv } from '../support/target-inputs.ts';
import { until } from '../support/until.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

const awsInputs = (extra: Record<string, string> = {}) => ({
  issuer: cloud.issuer.issuer,
  subject,
  'aws-role-arn': roleArn,
  'aws-region': 'eu-west-1',
  'aws-sts-endpoint': cloud.sts.endpoint,
  ...extra,
});

function main(job: RunnerJob, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({ job, inputs, env: { ...tokenRequestEnv(cloud), ...env } });
}

function post(job: RunnerJob, run: ActionRun) {
  return runAction({
    job,
    entry: 'post',
    env: Object.fromEntries([...run.state].map(([name, value]) => [`STATE_${name}`, value])),
  });
}

interface Answer {
  status: number;
  body: string;
  ms: number;
}

function get(url: URL, headers: Record<string, string>, method = 'GET'): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - started }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The test process's own descriptor limit (as its children inherit it): the flood stays well below. */
function descriptorLimit(): number {
  const text = spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout.trim();
  return text === 'unlimited' ? 1 << 20 : Number(text) || 1024;
}

/**
 * Another local user: a process of its own that opens `count` connections to the port, sends
 * nothing, and opens a new one whenever the server drops one (at most `count` more), until stopped.
 * It prints `open` once its first connections are made (or dropped), and `dropped N` as the server drops them.
 */
const FLOOD = `
import { connect } from 'node:net';
const [port, count] = process.argv.slice(1).map(Number);
let settled = 0, dropped = 0, spare = count;
function open(first) {
  const socket = connect({ host: '127.0.0.1', port });
  let done = false;
  const settle = () => {
    if (done) return;
    done = true;
    if (first && ++settled === count) process.stdout.write('open\\n');
  };
  socket.on('connect', settle);
  socket.on('error', settle);
  socket.on('close', () => {
    settle();
    process.stdout.write('dropped ' + ++dropped + '\\n');
    if (spare-- > 0) open(false);
  });
}
for (let i = 0; i < count; i++) open(true);
process.stdin.on('end', () => process.exit(0)).resume();
`;

function startFlood(port: number, count: number) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', FLOOD, String(port), String(count)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const seen = { open: false, dropped: 0 };
  let rest = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'open') seen.open = true;
      else seen.dropped = Number(line.replace('dropped ', ''));
    }
  });
  return {
    seen,
    stop: () => {
      child.stdin.end();
      child.kill();
    },
  };
}

describe("the refresher's loopback server, against another local user", () => {
  it('thousands of idle connections: an authorised request still answers within a second; a wrong Host and a slow header are refused', async () => {
    const job = newJob();
    const run = await main(job, awsInputs());
    expect(run.exitCode).toBe(0);
    const url = new URL(run.env.get('AWS_CONTAINER_CREDENTIALS_FULL_URI') ?? '');
    const authorization = run.env.get('AWS_CONTAINER_AUTHORIZATION_TOKEN') ?? '';
    const port = Number(url.port);

    const flood = Math.min(4000, descriptorLimit() - 500);
    expect(flood).toBeGreaterThan(2000);
    const attacker = startFlood(port, flood);
    try {
      await until(() => attacker.seen.open, 30_000);
      const answer = await get(url, { authorization });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toHaveProperty('AccessKeyId');
      expect(answer.ms).toBeLessThan(1_000);
      // The server kept at most its cap: it dropped the rest of the idle connections.
      await until(() => attacker.seen.dropped >= flood - 1024, 30_000);
    } finally {
      attacker.stop();
    }
    try {
      // Host must be the loopback address and the port served: a rebinding page's name is refused.
      const wrongHosts = [`evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1'];
      for (const host of wrongHosts) {
        const refused = await get(url, { authorization, host });
        expect([refused.status, refused.body]).toEqual([421, '']);
      }
      expect((await get(url, { authorization, host: `localhost:${port}` })).status).toBe(200);
      // No body is expected: one announced is refused.
      expect((await get(url, { authorization, 'content-length': '5' }, 'POST')).status).toBe(413);

      // A header sent slowly is cut off.
      const slow = connect({ host: '127.0.0.1', port });
      let slowClosed = false;
      slow.on('close', () => (slowClosed = true));
      slow.on('error', () => {});
      slow.write(`GET ${url.pathname} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
      const started = Date.now();
      await until(() => slowClosed, 15_000);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await post(job, run);
    }
  }, 60_000);
});

describe('aws-profile: an AWS config file another user planted', () => {
  const planted =
    '# oidc-exchange oidc-exchange-planted\n[profile default]\ncredential_process = "/bin/sh" "-c" "touch pwned"\nregion = eu-west-1\n';

  function refusedWith(run: ActionRun, why: string) {
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('[AWS_CONFIG_REFUSED]');
    expect(run.stdout).toContain(why);
    expect([...run.env.keys()]).toEqual([]);
  }

  it('in a folder open to other users: refused, and the step says why', async () => {
    const job = newJob();
    const folder = join(job.runnerTemp, 'oidc-exchange-planted');
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    writeFileSync(join(folder, 'aws.config'), planted, { mode: 0o600 });
    const run = await main(job, awsInputs({ 'aws-profile': 'prod' }), {
      AWS_CONFIG_FILE: join(folder, 'aws.config'),
    });
    refusedWith(run, 'its folder is open to other users (mode 777)');
  });

  it("appended to an earlier step's own file: refused, as text oidc-exchange did not write", async () => {
    const job = newJob();
    const first = await main(job, awsInputs({ 'aws-profile': 'prod' }));
    const config = first.env.get('AWS_CONFIG_FILE') ?? '';
    writeFileSync(config, readFileSync(config, 'utf8') + planted);
    const second = await main(job, awsInputs({ 'aws-profile': 'staging' }), Object.fromEntries(first.env));
    refusedWith(second, 'it holds text oidc-exchange did not write');
    await post(job, first);
  });

  it('a link, or the job-wide file of older versions: refused', async () => {
    const job = newJob();
    const old = join(job.runnerTemp, 'oidc-exchange-aws.config');
    writeFileSync(old, planted, { mode: 0o600 });
    refusedWith(
      await main(job, awsInputs({ 'aws-profile': 'prod' }), { AWS_CONFIG_FILE: old }),
      'it is the job-wide file of an older version',
    );
    const folder = join(job.runnerTemp, 'oidc-exchange-linked');
    mkdirSync(folder, { mode: 0o700 });
    symlinkSync(old, join(folder, 'aws.config'));
    refusedWith(
      await main(job, awsInputs({ 'aws-profile': 'prod' }), { AWS_CONFIG_FILE: join(folder, 'aws.config') }),
      'it is a link',
    );
  });

  it("a user's own AWS_CONFIG_FILE is not read: the step says later steps get its file instead", async () => {
    const job = newJob();
    const own = join(job.workspace, 'aws-config');
    writeFileSync(own, '[profile mine]\nregion = eu-west-1\n');
    const run = await main(job, awsInputs({ 'aws-profile': 'prod' }), { AWS_CONFIG_FILE: own });
    expect(run.exitCode).toBe(0);
    const config = run.env.get('AWS_CONFIG_FILE') ?? '';
    expect(config).not.toBe(own);
    expect(readFileSync(config, 'utf8')).not.toContain('mine');
    expect(run.stdout).toContain(`the AWS_CONFIG_FILE set before ("${own}") is not read`);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    await post(job, run);
    expect(readdirSync(job.runnerTemp)).toEqual([]);
  });
});

describe('aws-role-chain: an external id is never printed', () => {
  const externalId = 'xid-5f1c0e9a-never-shown';
  const target = 'arn:aws:iam::210987654321:role/chained-target';

  /** Every file of the job but the steps' private folders (which are gone after the step anyway). */
  function jobFiles(dir: string): string[] {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !/[/\\]oidc-exchange-[^/\\]+$/.test(e.parentPath))
      .map((e) => join(e.parentPath, e.name));
  }

  it('not in errors, hints, the summary, the dry run or any file of the job', async () => {
    cloud.sts.addRole({
      arn: target,
      trustPolicy: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: roleArn },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': 'another-id' } },
          },
        ],
      },
    });
    const job = newJob();
    const chain = `${target} external-id=${externalId}`;
    const refused = await main(job, awsInputs({ 'aws-role-chain': chain }));
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('[AWS_ACCESS_DENIED] STS refused AssumeRole for hop 1');
    expect(refused.stdout).toContain('"sts:ExternalId":"<the external-id of hop 1>"');
    const malformed = await main(
      job,
      awsInputs({ 'aws-role-chain': `not-an-arn external-id=${externalId}` }),
    );
    expect(malformed.stdout).toContain('external-id=…');
    const dryRun = await main(job, awsInputs({ 'aws-role-chain': chain, 'dry-run': 'true' }));
    expect(dryRun.exitCode).toBe(0);
    for (const run of [refused, malformed, dryRun]) {
      for (const text of [run.stdout, run.stderr, run.summary, run.envFile, run.outputFile])
        expect(text).not.toContain(externalId);
    }
    for (const file of jobFiles(job.dir)) expect(readFileSync(file, 'utf8')).not.toContain(externalId);
    // It did reach STS, where it belongs.
    expect(cloud.sts.requests.some((r) => r.form?.['ExternalId'] === externalId)).toBe(true);
  });
});
