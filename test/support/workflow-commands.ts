/**
 * Finds workflow commands in a step's output as the GitHub runner does (actions/runner,
 * src/Runner.Common/ActionCommand.cs, src/Runner.Worker/ActionCommandManager.cs): on stdout AND
 * stderr, line by line; `::name props::data` once leading white space is trimmed, and the old
 * `##[name props]data` ANYWHERE in a line; only registered command names (compared ignoring case)
 * count, and `::stop-commands::TOKEN` turns processing off until `::TOKEN::`.
 */
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
  const trimmed = line.trimStart();
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const name = trimmed.slice(2, end).split(' ')[0] ?? '';
      if (registered.has(name.toLowerCase())) return { form: '::', name, data: trimmed.slice(end + 2) };
    }
  }
  const prefix = line.indexOf('##[');
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
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\r$/, '');
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
