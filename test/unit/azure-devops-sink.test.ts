import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Export } from '../../src/core/target.ts';
import type { Agent } from '../../src/runtimes/azure-devops/agent.ts';
import { writeVariables } from '../../src/runtimes/azure-devops/sink.ts';

/** An agent that records the commands in the order they were given, as the agent would read them. */
function recordingAgent() {
  const commands: string[] = [];
  const agent: Agent = {
    setSecret: (v) => commands.push(`secret ${v}`),
    setVariable: (name, value, { secret, output }) =>
      commands.push(`var ${name}${secret ? ' secret' : ''}${output ? ' output' : ''}=${value}`),
    setTaskVariable: (name, value) => commands.push(`taskvar ${name}=${value}`),
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
    uploadSummary: (path) => commands.push(`summary ${path}`),
    succeed: (m) => commands.push(`succeeded ${m}`),
    fail: (m) => commands.push(`failed ${typeof m === 'string' ? m : m.join('\n')}`),
  };
  return { agent, commands };
}

const env = (name: string, value: string, secret = false): Export => ({ name, value, secret, kind: 'env' });
const output = (name: string, value: string, secret = false): Export => ({
  name,
  value,
  secret,
  kind: 'output',
});

describe('the Azure DevOps sink', () => {
  it('registers every secret before setting any variable, one value per variable', () => {
    const { agent, commands } = recordingAgent();
    writeVariables(
      [
        env('AWS_ACCESS_KEY_ID', 'ASIAKEYID', true),
        env('AWS_SECRET_ACCESS_KEY', 'secret-key', true),
        env('AWS_REGION', 'eu-west-1'),
        output('aws-secret-access-key', 'secret-key', true),
        output('expires-at', '2026-11-23T15:00:00.000Z'),
      ],
      agent,
      mkdtempSync(join(tmpdir(), 'sink-')),
    );
    const firstVariable = commands.findIndex((c) => c.startsWith('var '));
    expect(commands.slice(0, firstVariable)).toEqual([
      'secret ASIAKEYID',
      'secret secret-key',
      'secret secret-key',
    ]);
    expect(commands.slice(firstVariable)).toEqual([
      'var AWS_ACCESS_KEY_ID secret=ASIAKEYID',
      'var AWS.AccessKeyID secret=ASIAKEYID',
      'var AWS_SECRET_ACCESS_KEY secret=secret-key',
      'var AWS.SecretAccessKey secret=secret-key',
      'var AWS_REGION=eu-west-1',
      'var AWS.Region=eu-west-1',
      'var awsSecretAccessKey secret output=secret-key',
      'var expiresAt output=2026-11-23T15:00:00.000Z',
    ]);
  });

  it('with refresh, keeps the step’s keys as secret variables (for steps that map them) and the AWS Toolkit’s names beside the profile', () => {
    const { agent, commands } = recordingAgent();
    const step = [
      env('AWS_ACCESS_KEY_ID', 'ASIAKEYID', true),
      env('AWS_SECRET_ACCESS_KEY', 'secret-key', true),
      env('AWS_SESSION_TOKEN', 'session-token', true),
      env('AWS_REGION', 'eu-west-1'),
    ];
    const renewable = [
      env('AWS_REGION', 'eu-west-1'),
      env('AWS_PROFILE', 'oidc-exchange'),
      output('aws-session-token', 'session-token', true),
    ];
    const variables = writeVariables(renewable, agent, mkdtempSync(join(tmpdir(), 'sink-')), step);
    const names = variables.map((v) => v.name);
    // Secret: in no script's environment unless a step maps it, so unmapped steps use the profile.
    for (const [name, value] of [
      ['AWS_ACCESS_KEY_ID', 'ASIAKEYID'],
      ['AWS_SECRET_ACCESS_KEY', 'secret-key'],
      ['AWS_SESSION_TOKEN', 'session-token'],
    ])
      expect(variables.find((v) => v.name === name)).toEqual({ name, value, secret: true, output: false });
    expect(variables.find((v) => v.name === 'AWS_PROFILE')).toMatchObject({ secret: false });
    expect(variables.find((v) => v.name === 'AWS.AccessKeyID')).toMatchObject({
      value: 'ASIAKEYID',
      secret: true,
    });
    expect(variables.find((v) => v.name === 'AWS.SessionToken')).toMatchObject({ secret: true });
    expect(names.filter((n) => n === 'AWS.Region')).toHaveLength(1);
    const firstVariable = commands.findIndex((c) => c.startsWith('var '));
    expect(commands.slice(0, firstVariable).sort()).toEqual(
      ['secret ASIAKEYID', 'secret secret-key', 'secret session-token'].sort(),
    );
  });

  it('puts a token into a 0600 file in the step folder, and only its path into a variable', () => {
    const { agent, commands } = recordingAgent();
    const dir = mkdtempSync(join(tmpdir(), 'sink-'));
    const variables = writeVariables(
      [{ name: 'AZURE_FEDERATED_TOKEN_FILE', value: 'eyJ.token.sig', secret: true, kind: 'file' }],
      agent,
      dir,
    );
    const path = join(dir, 'azure_federated_token_file');
    expect(variables).toEqual([
      { name: 'AZURE_FEDERATED_TOKEN_FILE', value: path, secret: false, output: false },
    ]);
    expect(readFileSync(path, 'utf8')).toBe('eyJ.token.sig');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(commands.filter((c) => c.startsWith('var ')).join('\n')).not.toContain('eyJ.token.sig');
  });

  it('sets nothing when a credential file cannot be written', () => {
    const { agent, commands } = recordingAgent();
    const missing = join(tmpdir(), 'no-such-folder-for-the-sink', 'x');
    expect(() =>
      writeVariables(
        [
          env('AWS_ACCESS_KEY_ID', 'ASIAKEYID', true),
          { name: 'AZURE_FEDERATED_TOKEN_FILE', value: 'eyJ.token.sig', secret: true, kind: 'file' },
        ],
        agent,
        missing,
      ),
    ).toThrow();
    expect(commands).toEqual([]);
  });
});
