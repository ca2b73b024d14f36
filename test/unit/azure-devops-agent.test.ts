/**
 * Every way the task tells the agent something (agent.ts) keeps untrusted text inert: what it
 * writes is read back as the agent reads a task's stdout (vso-commands.ts), and neither a command
 * nor a marker line comes out of hostile text, which stays on one line. The warning has no
 * upstream text reaching it end to end today (test/e2e/upstream-text.test.ts covers the others).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../support/temp-folders.ts';
import { agentLines, markedMessageLines, parseVsoCommands, strayVsoLines } from '../support/vso-commands.ts';

// task-lib writes its vault key (.taskkey) into Agent.TempDirectory, else the working folder.
process.env['AGENT_TEMPDIRECTORY'] = tempFolder('oidc-exchange-agent-');
const { taskLibAgent } = await import('../../src/runtimes/azure-devops/agent.ts');

const HOSTILE =
  'BEGIN ##vso[task.setvariable variable=EVIL]1\r\n##[section]s\u2028::error::e\n##vso[task.complete]x END';

/** What `write` printed on stdout, as the agent reads it. */
function printed(write: () => void): string {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  };
  try {
    write();
  } finally {
    process.stdout.write = original;
  }
  return chunks.join('');
}

afterEach(() => {
  process.exitCode = undefined; // a Failed result is the agent's business, not the test run's
});

describe('the task’s agent', () => {
  it.each([
    ['warning, one line', () => taskLibAgent.warning(HOSTILE)],
    ['warning, our lines', () => taskLibAgent.warning([HOSTILE, 'Hint: ours'])],
    ['fail', () => taskLibAgent.fail([HOSTILE, 'Hint: ours'])],
    ['succeed', () => taskLibAgent.succeed(HOSTILE)],
    ['info', () => taskLibAgent.info(HOSTILE)],
    ['debug', () => taskLibAgent.debug(HOSTILE)],
  ])('%s: no command, no marker line, the text on one line', (_label, write) => {
    const out = printed(write);
    const commands = parseVsoCommands(out);
    expect(strayVsoLines(out, '')).toEqual([]);
    expect(markedMessageLines(commands)).toEqual([]);
    const lines = [...agentLines(out), ...commands.flatMap((c) => agentLines(c.message))];
    const holding = lines.filter((l) => l.includes('BEGIN') || l.includes('END'));
    expect(holding.length).toBeGreaterThan(0);
    for (const line of holding) expect(line).toMatch(/BEGIN.*END/);
  });

  it('keeps our own line break between an error and its hint', () => {
    const out = printed(() => taskLibAgent.fail(['[CODE] what failed', 'Hint: the fix']));
    const complete = parseVsoCommands(out).find((c) => c.name === 'task.complete');
    expect(complete?.message).toBe('[CODE] what failed\nHint: the fix');
  });
});
