/**
 * The task tests' reader of `##vso[…]` lines reads as the Azure Pipelines agent does
 * (docs/protocols.md §6.8: Command.TryParse, NodeHandler's both streams, ReadLine).
 */
import { describe, expect, it } from 'vitest';
import { parseVsoCommands, strayVsoLines } from '../support/vso-commands.ts';

describe('the agent’s reading of a task’s output', () => {
  it('takes a command anywhere in a line, on stdout and on stderr', () => {
    const commands = parseVsoCommands(
      'log: ##vso[task.setvariable variable=A]1\n',
      'oops ##vso[task.setvariable variable=B;issecret=true]2\n',
    );
    expect(commands.map((c) => [c.stream, c.column, c.properties['variable'], c.message])).toEqual([
      ['stdout', 5, 'A', '1'],
      ['stderr', 5, 'B', '2'],
    ]);
  });

  it('ends a line at a lone carriage return, as .NET’s ReadLine does', () => {
    const [command] = parseVsoCommands('text\r##vso[task.complete result=Succeeded]done\n');
    expect(command).toMatchObject({ name: 'task.complete', line: 1, column: 0, message: 'done' });
  });

  it('unescapes properties and data as the agent does', () => {
    const [command] = parseVsoCommands(
      '##vso[task.setvariable variable=a%3Bb;isOutput=false;]x%0Ay%5Dz%AZP25\n',
    );
    expect(command?.properties).toEqual({ variable: 'a;b', isoutput: 'false' });
    expect(command?.message).toBe('x\ny]z%');
  });

  it('sees no command where the agent sees none', () => {
    expect(
      parseVsoCommands('##vso[task]x\n##vso[task.setvariable variable=a\n\uff03#vso[task.complete]x\n'),
    ).toEqual([]);
  });

  it('ignores a zero-width space inside `##vso[` as ICU does, and then reads the name one place early', () => {
    expect(parseVsoCommands('#\u200b#vso[task.complete]x\n').map((c) => c.name)).toEqual(['[task.complete']);
  });

  it('calls stray every ##vso the task did not write as its own command', () => {
    const own = '##vso[task.setsecret]s\n##vso[task.complete result=Failed;]m\n';
    expect(strayVsoLines(own, '')).toEqual([]);
    expect(strayVsoLines(`${own}  sub  x ##vso[task.setvariable variable=E]1\n`, '')).toHaveLength(1);
    expect(strayVsoLines('##vso[build.addbuildtag]x\n', '')).toHaveLength(1);
    expect(strayVsoLines('', '##vso[task.setvariable variable=E]1\n')).toHaveLength(1);
    expect(strayVsoLines('##vso[task.setvariable variable=E\n', '')).toHaveLength(1);
  });
});
