/**
 * The command line as its own product (dist/cli): it runs inside `eval "$(oidc-exchange …)"`, so
 * a failure leaves stdout empty and says what to fix in a line or two on stderr, never the help;
 * the action's inputs that mean nothing here are refused with what to do instead; a mistyped
 * option, subcommand or input gets a "did you mean"; the exit codes are the documented ones; and
 * a reader that closes stdout early does not crash it.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliBundle, runProcess } from '../support/cli-run.ts';
import { repoRoot } from '../support/action-manifest.ts';
import { CLI_INPUTS } from '../../src/runtimes/cli/args.ts';
import { COMMANDS } from '../../src/runtimes/cli/commands.ts';

const usageLine = /^oidc-exchange: .+\. See oidc-exchange --help\.\n$/;

/** A usage error: exit 2, nothing on stdout, one line on stderr, not the help. */
function expectUsageError(run: { code: number; stdout: string; stderr: string }, says: string): void {
  expect(run.stdout).toBe('');
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(usageLine);
  expect(run.stderr).toContain(says);
}

describe('oidc-exchange: usage errors are short, on stderr, and eval-safe', () => {
  it('without a subcommand: one line on stderr naming the subcommands, not the help (exit 2)', async () => {
    for (const args of [[], ['--aws-region', 'eu-west-1']]) {
      const run = await cli(args);
      expectUsageError(run, `no command: give one of ${COMMANDS.map((c) => c.name).join(', ')}`);
    }
  });

  it('inside `eval "$(…)"`, a failure runs nothing: the shell sees an empty string', async () => {
    const script = `eval "$(node ${JSON.stringify(cliBundle)})"; echo "eval=$? ran=\${AWS_ACCESS_KEY_ID-nothing}"`;
    const run = await runProcess('bash', ['--norc', '--noprofile', '-c', script], {});
    expect(run.stdout).toBe('eval=0 ran=nothing\n');
    expect(run.stderr).not.toMatch(/command not found|Usage/);
    expect(run.stderr, run.stderr).toMatch(usageLine);
  });

  it('suggests the subcommand and the option meant, and skips a mistyped option’s value', async () => {
    expectUsageError(await cli(['exchnage']), "unknown command 'exchnage' (did you mean exchange?)");
    expectUsageError(await cli(['explian']), '(did you mean explain?)');
    const typo = await cli(['exchange', '--aws-regoin', 'eu-west-1']);
    expectUsageError(typo, 'unknown option --aws-regoin (did you mean --aws-region?)');
    expect(typo.stderr).not.toContain('eu-west-1');
    expectUsageError(await cli(['exchange', '--role-arn', 'x']), '(did you mean --aws-role-arn?)');
    expectUsageError(await cli(['exchange', '--token-evn', 'X']), '(did you mean --token-env?)');
    expectUsageError(await cli(['exchange', '--colour', 'blue']), 'unknown option --colour.');
  });

  it('refuses --dry-run (explain is the dry run): nothing is exchanged, nothing printed', async () => {
    for (const value of ['true', 'false']) {
      const run = await cli(['exchange', '--dry-run', value, '--aws-role-arn', 'arn:aws:iam::1:role/x']);
      expectUsageError(run, '`exchange` has no --dry-run: run `oidc-exchange explain` with the same options');
    }
    expectUsageError(await cli(['exchange', '--dry-run=true']), 'oidc-exchange explain');
  });

  it('refuses the inputs that need the action’s post step or the task’s connection, saying what to do', async () => {
    expectUsageError(
      await cli(['exchange', '--aws-profile', 'prod']),
      '--aws-profile is the action’s and the task’s',
    );
    expectUsageError(await cli(['exchange', '--refresh', 'true']), '`exchange` has no --refresh');
    expectUsageError(
      await cli(['exchange', '--azure-subscription', 'x']),
      'give --azure-client-id and --azure-tenant-id',
    );
  });

  it('its help is its own: every offered option, no action-only input or word, the exit codes', async () => {
    const help = await cli(['--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command.name} `);
    for (const input of CLI_INPUTS) expect(help.stdout).toContain(`  --${input.name} `);
    for (const absent of ['--dry-run', '--refresh', '--aws-profile', '--azure-subscription '])
      expect(help.stdout).not.toContain(absent);
    expect(help.stdout).not.toMatch(
      /post step|this step|later steps|the action's `refresh`|Needs `refresh`/i,
    );
    expect(help.stdout).toContain('2 bad usage or input');
    expect((await cli(['help'])).stdout).toBe(help.stdout);
  });

  it('every input error names the fix (Hint:), exit 2, nothing on stdout', async () => {
    const cases: Array<[string[], string]> = [
      [['--token-env', 'T', '--aws-region', 'eu-west-1'], 'Option `--aws-role-arn` is required for AWS'],
      [['--token-env', 'T', '--aws-role-arn', 'arn:aws:iam::123456789012:role/x'], '`--aws-region`'],
      [['--token-env', 'T', '--aws-role-arn', 'nope', '--aws-region', 'eu-west-1'], '`--aws-role-arn`'],
      [
        [
          '--token-env',
          'T',
          '--aws-role-arn',
          'arn:aws:iam::123456789012:role/x',
          '--aws-region',
          'eu-west-1',
        ],
        '`--issuer` is required',
      ],
      [
        [
          '--token-env',
          'T',
          '--issuer',
          'https://gitlab.example',
          '--verify-signature',
          'false',
          '--aws-role-arn',
          'arn:aws:iam::123456789012:role/x',
          '--aws-region',
          'eu-west-1',
        ],
        'cannot be off',
      ],
      [
        [
          '--token-env',
          'T',
          '--issuer',
          'https://gitlab.example',
          '--aws-role-arn',
          'arn:aws:iam::123456789012:role/x',
          '--aws-region',
          'eu-west-1',
        ],
        'T, but it is not set',
      ],
    ];
    for (const [args, says] of cases) {
      const run = await cli(['exchange', ...args], { T: undefined });
      expect(run.stdout).toBe('');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(says);
      expect(run.stderr).toMatch(/\nHint: \S|\(Set `|\(Give |\(Add /);
    }
  });

  it('a reader that closes stdout early: no unhandled EPIPE, no stack trace', async () => {
    const child = spawn(process.execPath, [cliBundle, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the first byte
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(stderr).not.toMatch(/EPIPE|Error:|at /);
    expect(code).toBe(1);
    const piped = await runProcess(
      'bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        `set -o pipefail; node ${JSON.stringify(cliBundle)} --help | head -c 10`,
      ],
      {},
    );
    expect(piped.stdout).toBe('Usage: oid');
    expect(piped.stderr).not.toMatch(/EPIPE|Error:|\n\s+at /);
  });

  it('documents the same exit codes as docs/other-ci.md', () => {
    const doc = readFileSync(join(repoRoot, 'docs', 'other-ci.md'), 'utf8').replace(/\s+/g, ' ');
    expect(doc).toContain('0 credentials printed');
    expect(doc).toContain('1 the token or an exchange failed');
    expect(doc).toContain('2 bad usage or input');
    expect(doc).toContain('3 `explain` found the token would be refused');
  });
});
