/**
 * Finds workflow commands in a step's output as the GitHub runner does (actions/runner,
 * src/Runner.Common/ActionCommand.cs, src/Runner.Worker/ActionCommandManager.cs): on stdout AND
 * stderr, line by line; `::name props::data` once leading white space is trimmed, and the old
 * `##[name props]data` ANYWHERE in a line; only registered command names (compared ignoring case)
 * count, and `::stop-commands::TOKEN` turns processing off until `::TOKEN::`. The markers are
 * found as .NET finds them (dotnet-text.ts: culture-sensitive, format characters ignored).
 */
import { cultureIndexOf, cultureStartsWith, dotnetTrimStart } from './dotnet-text.ts';

export interface WorkflowCommand {
  stream: 'stdout' | 'stderr';
  form: '::' | '##[';
  name: string;
  data: string;
  line: string;
}

const REGISTERED = [
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'echo',
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'stop-commands',
];

function parseLine(
  line: string,
  registered: Set<string>,
): Omit<WorkflowCommand, 'stream' | 'line'> | undefined {
  const trimmed = dotnetTrimStart(line);
  if (cultureStartsWith(trimmed, '::')) {
    const end = cultureIndexOf(trimmed, '::', 2);
    if (end >= 0) {
      const name = trimmed.slice(2, end).split(' ')[0] ?? '';
      if (registered.has(name.toLowerCase())) return { form: '::', name, data: trimmed.slice(end + 2) };
    }
  }
  const prefix = cultureIndexOf(line, '##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const name = line.slice(prefix + 3, close).split(' ')[0] ?? '';
  return registered.has(name.toLowerCase()) ? { form: '##[', name, data: line.slice(close + 1) } : undefined;
}

export function workflowCommands(stdout: string, stderr: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  for (const [stream, text] of [
    ['stdout', stdout],
    ['stderr', stderr],
  ] as const) {
    // Each stream has its own output manager in the runner, but they share the command manager.
    const registered = new Set(REGISTERED);
    let stopToken: string | undefined;
    // Lines end at \n, \r\n or a lone \r (.NET's StreamReader.ReadLine).
    for (const line of text.split(/\r\n|\r|\n/)) {
      const command = parseLine(line, registered);
      if (!command) continue;
      const name = command.name.toLowerCase();
      if (stopToken !== undefined) {
        if (name === stopToken.toLowerCase()) {
          registered.delete(stopToken.toLowerCase());
          stopToken = undefined;
        }
        continue;
      }
      found.push({ stream, line, ...command });
      if (name === 'stop-commands') {
        stopToken = command.data;
        registered.add(stopToken.toLowerCase());
      }
    }
  }
  return found;
}

/** The commands this action writes itself: on stdout, at the very start of a line, `::` form. */
const OWN = new Set(['add-mask', 'error', 'warning', 'notice', 'debug']);

/** Every command the runner would act on that is not one the action wrote on purpose. */
export function foreignCommands(commands: readonly WorkflowCommand[]): WorkflowCommand[] {
  return commands.filter(
    (c) => c.stream !== 'stdout' || c.form !== '::' || !c.line.startsWith('::') || !OWN.has(c.name),
  );
}

/** ActionCommand.UnescapeData: what the runner makes of a `::` command's data. */
export function unescapeData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

const ANNOTATIONS = new Set(['error', 'warning', 'notice', 'debug']);

/** The messages of the annotations the action wrote, as the runner unescapes them. */
function annotationMessages(commands: readonly WorkflowCommand[]): string[] {
  return commands
    .filter((c) => c.form === '::' && ANNOTATIONS.has(c.name.toLowerCase()))
    .map((c) => unescapeData(c.data));
}

/** The lines of those messages (the runner splits a message at \n, \r\n or a lone \r). */
export function annotationLines(commands: readonly WorkflowCommand[]): string[] {
  return annotationMessages(commands).flatMap((m) => m.split(/\r\n|\r|\n/));
}

/**
 * Lines of annotations that begin a line of the log of their own (the runner writes the message as
 * it is, ExecutionContext.AddIssue → Write(tag, message)) and that a runner or a log viewer would
 * read as more than text: a `::` command at its start, a `##[name]` command or `##[group]`-style
 * marker, or an Azure Pipelines `##vso[`, anywhere. (The first line follows the runner's own
 * `##[error]` prefix: text there is text.)
 */
export function markedAnnotationLines(commands: readonly WorkflowCommand[]): string[] {
  return annotationMessages(commands)
    .flatMap((m) => m.split(/\r\n|\r|\n/).slice(1))
    .filter(
      (line) =>
        cultureStartsWith(dotnetTrimStart(line), '::') ||
        cultureIndexOf(line, '##[') >= 0 ||
        cultureIndexOf(line, '##vso[') >= 0,
    );
}
