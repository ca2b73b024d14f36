/**
 * Upstream text that carries runner commands (STS's `<Message>`, Entra's `error_description`, a
 * claim, what a loopback endpoint answers) reaches every sink that prints it as ONE line that no
 * runner acts on: the action's log lines and annotations, the task's log lines, warnings and
 * result, the command line's stdout and stderr, the credential-process's and the aws-profile
 * helper's stderr. Each test drives the text through a real bundle; the harnesses (run-action.ts,
 * run-task.ts) already fail on any command or marker line the runner would read, and each test
 * also checks the text stayed on one line. The sink each test covers is named in its title.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCloud } from '../fakes/cloud.ts';
import { aadErrorResponse } from '../fakes/entra-errors.ts';
import { stsErrorResponse } from '../fakes/sts.ts';
import { newJob, repoRoot, runAction, spawnNode } from '../support/run-action.ts';
import { runTask } from '../support/run-task.ts';
import { awsInputs, endpointFor, startTaskCloud } from '../support/task-expectations.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { tempFolder } from '../support/temp-folders.ts';
import { roleArn, subject, trustEveryTarget } from '../support/trust.ts';
import { trustAzureDevOps } from '../support/trust-azure-devops.ts';
import { agentLines, markedMessageLines, parseVsoCommands, strayVsoLines } from '../support/vso-commands.ts';
import { annotationLines, workflowCommands } from '../support/workflow-commands.ts';

/** Every form either runner acts on, split by each kind of line break, from BEGIN to END. */
const HOSTILE =
  'BEGIN ::warning::w ##vso[task.setvariable variable=EVIL]1 ##[group]g\r\n' +
  '##vso[task.setvariable variable=EVIL2]2\r::error::e\n##[section]s\u2028::notice::n\u0085' +
  '##vso[task.complete result=Succeeded]c\u2029  ::add-mask::m END';
/** The same without C0 controls, which no CI provider puts in a subject (the claim check refuses them). */
const HOSTILE_CLAIM =
  'BEGIN ::warning::w ##vso[task.setvariable variable=EVIL]1 ##[group]g\u2028::error::e\u0085' +
  '##[section]s\u2029  ::add-mask::m END';

let cloud: FakeCloud;
beforeAll(async () => {
  ({ cloud } = await startTaskCloud());
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

/** The hostile text is in one of `lines`, whole: nothing of it began a line of its own. */
function expectOneLine(lines: readonly string[]) {
  const holding = lines.filter((l) => l.includes('BEGIN') || l.includes('END'));
  expect(holding.length, `no line holds the text:\n${lines.join('\n').slice(0, 3000)}`).toBeGreaterThan(0);
  for (const line of holding) {
    expect(line).toContain('BEGIN');
    expect(line).toContain('END');
    expect(line).not.toMatch(/[\u0085\u2028\u2029]/); // readers that split there would split it
  }
}

/** A program that writes no command of its own: nothing in its output is one, or a marker. */
function expectInert(stdout: string, stderr: string) {
  expect(workflowCommands(stdout, stderr)).toEqual([]);
  expect(strayVsoLines(stdout, stderr)).toEqual([]);
  expect(parseVsoCommands(stdout, stderr)).toEqual([]);
  expect(agentLines(`${stdout}\n${stderr}`).filter((l) => l.includes('##['))).toEqual([]);
}

const stsRefusal = () =>
  cloud.sts.failNext({
    ...stsErrorResponse({ status: 403, code: 'AccessDenied', message: HOSTILE }),
    path: '/',
  });

describe('the action (GitHub runner)', () => {
  it('STS refusing with commands in its message: one annotation line (annotate)', async () => {
    stsRefusal();
    const run = await runAction({
      inputs: { issuer: cloud.issuer.issuer, ...inputsFor(cloud, 'aws'), refresh: 'false' },
      env: tokenRequestEnv(cloud),
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.filter((c) => c.name === 'error')).toHaveLength(1);
    expectOneLine(annotationLines(run.commands));
    expect(run.env.size).toBe(0);
  });

  it('a claim with commands in it: one log line each (logLine)', async () => {
    cloud.github.job.subject = `${subject}/${HOSTILE_CLAIM}`;
    try {
      const run = await runAction({
        inputs: { issuer: cloud.issuer.issuer, ...inputsFor(cloud, 'aws'), refresh: 'false' },
        env: tokenRequestEnv(cloud),
        job: newJob(),
      });
      expect(run.exitCode).toBe(1); // the role trusts another subject
      expectOneLine(agentLines(run.stdout).filter((l) => !l.startsWith('::')));
      expectOneLine(annotationLines(run.commands));
    } finally {
      cloud.github.job.subject = undefined;
    }
  });
});

describe('the task (Azure Pipelines agent)', () => {
  it('Entra refusing with commands in its description: one line of the result and the error (fail)', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'entra-refused', family: 'entra' });
    trustAzureDevOps(cloud, connection);
    cloud.entra.failNext({
      ...aadErrorResponse(
        { status: 401, error: 'invalid_client', code: 700213, message: HOSTILE },
        { authorityHost: cloud.entra.authorityHost },
      ),
      path: '/token',
    });
    const run = await runTask({
      cloud,
      endpoint: endpointFor(cloud, connection),
      inputs: { refresh: 'false' },
    });
    expect(run.result?.result).toBe('Failed');
    expect(run.variables.size).toBe(0);
    expect(markedMessageLines(run.commands)).toEqual([]); // also checked by run-task.ts
    expectOneLine(agentLines(run.result?.message ?? ''));
    expectOneLine(run.errors.flatMap(agentLines));
  });

  it('STS refusing with commands in its message: the same (fail)', async () => {
    const connection = cloud.azureDevOps.addConnection({ name: 'aws-refused', family: 'vstoken' });
    const { issuer } = trustAzureDevOps(cloud, connection);
    stsRefusal();
    const run = await runTask({
      cloud,
      inputs: { ...awsInputs(cloud), issuer, refresh: 'false' },
      endpoint: endpointFor(cloud, connection),
    });
    expect(run.result?.result).toBe('Failed');
    expectOneLine(agentLines(run.result?.message ?? ''));
  });

  it('a claim with commands in it (a connection’s name): one log line each, one result line (info, succeed)', async () => {
    const connection = cloud.azureDevOps.addConnection({
      name: `deploy ${HOSTILE_CLAIM}`,
      family: 'vstoken',
    });
    const { issuer } = trustAzureDevOps(cloud, connection);
    const run = await runTask({
      cloud,
      endpoint: endpointFor(cloud, connection),
      inputs: { ...awsInputs(cloud), issuer, refresh: 'false' },
    });
    expect(run.result?.result, run.result?.message).toBe('Succeeded');
    expect(run.variables.has('EVIL')).toBe(false);
    expectOneLine(agentLines(run.stdout).filter((l) => !l.startsWith('##vso[')));
    expectOneLine(agentLines(run.result?.message ?? ''));
  });
});

describe('the command line', () => {
  const cli = join(repoRoot, 'dist', 'cli', 'index.js');
  const env = () => ({
    PATH: process.env['PATH'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    ...tokenRequestEnv(cloud),
  });
  const aws = () => [
    '--aws-role-arn',
    roleArn,
    '--aws-region',
    'eu-west-1',
    '--aws-sts-endpoint',
    cloud.sts.endpoint,
  ];

  it('STS refusing with commands in its message: one stderr line (exchange)', async () => {
    stsRefusal();
    const run = await spawnNode(
      process.execPath,
      [cli, 'exchange', '--issuer', cloud.issuer.issuer, ...aws()],
      env(),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expectInert(run.stdout, run.stderr);
    expectOneLine(agentLines(run.stderr));
  });

  it('a claim with commands in it: one line each on stderr (exchange’s log) and stdout (explain)', async () => {
    cloud.github.job.subject = `${subject}/${HOSTILE_CLAIM}`;
    try {
      const exchange = await spawnNode(
        process.execPath,
        [cli, 'exchange', '--issuer', cloud.issuer.issuer, ...aws()],
        env(),
      );
      expect(exchange.code).toBe(1);
      expectInert(exchange.stdout, exchange.stderr);
      expectOneLine(agentLines(exchange.stderr));
      const explain = await spawnNode(
        process.execPath,
        [cli, 'explain', '--issuer', cloud.issuer.issuer, ...aws()],
        env(),
      );
      expectInert(explain.stdout, explain.stderr);
      expectOneLine(agentLines(explain.stdout));
    } finally {
      cloud.github.job.subject = undefined;
    }
  });

  it('STS refusing with commands in its message: one stderr line (credential-process)', async () => {
    const inputs = join(tempFolder('oidc-exchange-cp-'), 'inputs.json');
    writeFileSync(
      inputs,
      JSON.stringify({
        issuer: cloud.issuer.issuer,
        'aws-role-arn': roleArn,
        'aws-region': 'eu-west-1',
        'aws-sts-endpoint': cloud.sts.endpoint,
      }),
    );
    stsRefusal();
    const run = await spawnNode(
      process.execPath,
      [cli, 'credential-process', '--inputs-file', inputs],
      env(),
    );
    expect(run.code).toBe(1);
    expectInert(run.stdout, run.stderr);
    expectOneLine(agentLines(run.stderr));
  });
});

describe('the aws-profile helper (credential_process)', () => {
  let server: Server;
  let answer = '';
  beforeAll(async () => {
    server = createServer((_req, res) =>
      res.writeHead(502, { 'content-type': 'application/json' }).end(answer),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // The endpoint may quote upstream text, or not be the refresher at all (another user took its port).
  it('an endpoint answering with commands in its message: one stderr line (aws-process)', async () => {
    answer = JSON.stringify({ code: 'AWS_EXCHANGE_FAILED', message: HOSTILE });
    const file = join(tempFolder('oidc-exchange-endpoint-'), 'aws-endpoint.json');
    const { port } = server.address() as AddressInfo;
    writeFileSync(
      file,
      JSON.stringify({ url: `http://127.0.0.1:${port}/aws`, authorization: 'x'.repeat(43) }),
    );
    chmodSync(file, 0o600);
    const helper = join(repoRoot, 'dist', 'aws-process', 'index.js');
    const run = await spawnNode(process.execPath, [helper, file], { PATH: process.env['PATH'] });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expectInert(run.stdout, run.stderr);
    expect(agentLines(run.stderr)).toHaveLength(1);
    expectOneLine(agentLines(run.stderr));
  });
});
