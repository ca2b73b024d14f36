/**
 * Reads a task's output the way the Azure Pipelines agent does (docs/protocols.md §6.8; azure-pipelines-agent
 * NodeHandler.cs hands every line of stdout AND stderr to WorkerCommandManager.TryProcessCommand;
 * Command.TryParse takes the first `##vso[` ANYWHERE in the line, then `area.event k=v;k=v]data`).
 * Lines end at `\n`, `\r\n` or a lone `\r` (.NET's StreamReader.ReadLine). Properties and data are
 * unescaped (`%3B`, `%0D`, `%0A`, `%5D`, then `%AZP25` → `%`, the DECODE_PERCENTS default).
 * `##vso` is found as .NET finds it (dotnet-text.ts: culture-sensitive, format characters ignored).
 */
import { cultureIndexOf, cultureStartsWith, dotnetTrimStart } from './dotnet-text.ts';

export interface VsoCommand {
  /** e.g. `task.setvariable` (lower case; the agent matches names case-insensitively). */
  name: string;
  /** Keys in lower case (the agent's property dictionary ignores case). */
  properties: Record<string, string>;
  message: string;
  /** Index of the line in its stream. */
  line: number;
  stream: 'stdout' | 'stderr';
  /** Where in the line `##vso[` starts: 0 for a command the task wrote itself with task-lib. */
  column: number;
}

const PREFIX = '##vso[';

/** The agent's own unescaping (Agent.Sdk CommandStringConvertor.Unescape). */
function unescape(text: string): string {
  return text
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%AZP25/g, '%');
}

/** Splits as .NET's ReadLine does: a lone `\r` ends a line too. */
export function agentLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** One line as Command.TryParse reads it; undefined where the agent would not run a command. */
export function parseVsoLine(
  text: string,
  line = 0,
  stream: VsoCommand['stream'] = 'stdout',
): VsoCommand | undefined {
  const column = cultureIndexOf(text, PREFIX);
  if (column < 0) return undefined;
  const close = text.indexOf(']', column);
  if (close < 0) return undefined;
  const info = text.slice(column + PREFIX.length, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  const areaEvent = name.split('.').filter((part) => part !== '');
  if (areaEvent.length !== 2) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      // `k=` or `=v` is dropped, as the agent's Split(RemoveEmptyEntries) leaves one part.
      if (eq > 0 && eq < pair.length - 1)
        properties[pair.slice(0, eq).toLowerCase()] = unescape(pair.slice(eq + 1));
    }
  }
  return {
    name: areaEvent.join('.').toLowerCase(),
    properties,
    message: unescape(text.slice(close + 1)),
    line,
    stream,
    column,
  };
}

/** Every command the agent would run, from stdout (and, given, stderr), in stream order. */
export function parseVsoCommands(stdout: string, stderr = ''): VsoCommand[] {
  const read = (text: string, stream: VsoCommand['stream']) =>
    agentLines(text).flatMap((t, i) => parseVsoLine(t, i, stream) ?? []);
  return [...read(stdout, 'stdout'), ...read(stderr, 'stderr')];
}

/**
 * What the task writes itself, through task-lib or agent-secrets.ts: each at the start of a stdout
 * line. Anything else with `##vso[` (mid-line, on stderr, another command, or a `##vso` line the
 * agent cannot parse and warns about) is text the task let through that the agent would act on.
 */
export const TASK_COMMANDS = new Set([
  'task.setsecret',
  'task.setvariable',
  'task.settaskvariable',
  'task.debug',
  'task.issue',
  'task.complete',
  'task.uploadsummary',
]);

export function strayVsoLines(stdout: string, stderr: string): string[] {
  const strays: string[] = [];
  for (const [text, stream] of [
    [stdout, 'stdout'],
    [stderr, 'stderr'],
  ] as const) {
    for (const line of agentLines(text)) {
      // The agent warns about any line with `##vso` that is not a command it knows.
      if (cultureIndexOf(line, '##vso') < 0) continue;
      const command = parseVsoLine(line, 0, stream);
      const own = command && stream === 'stdout' && command.column === 0 && TASK_COMMANDS.has(command.name);
      if (!own) strays.push(`${stream}: ${line.slice(0, 160)}`);
    }
  }
  return strays;
}

export interface TaskVariable {
  value: string;
  secret: boolean;
  output: boolean;
}

/** The variables a step set, as later steps see them (a later command for a name wins). */
export function variablesOf(commands: VsoCommand[]): Map<string, TaskVariable> {
  const variables = new Map<string, TaskVariable>();
  for (const c of commands.filter((x) => x.name === 'task.setvariable')) {
    variables.set(c.properties['variable'] ?? '', {
      value: c.message,
      secret: c.properties['issecret'] === 'true',
      output: c.properties['isoutput'] === 'true',
    });
  }
  return variables;
}

/**
 * The messages the agent shows from the task's own commands: an issue's message (written to the
 * log after `##[error]`/`##[warning]`) and the result's. Unescaped (`%0A` → a line break), every
 * line after a break in one is a line of the log of its own. Not debug messages: task-lib itself
 * echoes every input and variable value there (`set NAME=value`), exactly, and the agent shows
 * them only with System.Debug.
 */
const SHOWN = new Set(['task.issue', 'task.logissue', 'task.complete']);

/**
 * Lines of those messages that begin a line of the log of their own and that the agent or its
 * log viewer would read as more than text: a `##vso[` or `##[section]`-style marker anywhere, or a
 * `::` command. (A message's first line follows the agent's own `##[…]` prefix: text there is text.)
 */
export function markedMessageLines(commands: readonly VsoCommand[]): string[] {
  return commands
    .filter((c) => SHOWN.has(c.name))
    .flatMap((c) => agentLines(c.message).slice(1))
    .filter(
      (line) =>
        cultureIndexOf(line, '##vso[') >= 0 ||
        cultureIndexOf(line, '##[') >= 0 ||
        cultureStartsWith(dotnetTrimStart(line), '::'),
    );
}
