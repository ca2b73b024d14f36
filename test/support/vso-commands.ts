/**
 * Reads a task's stdout the way the Azure Pipelines agent does (docs/protocols.md §6.8): a line that
 * starts with `##vso[area.action k=v;k=v]message` is a command; properties and message are
 * unescaped (`%AZP25` → `%`, `%0D`, `%0A`, and in properties `%5D`, `%3B`). Every other line is log.
 */
export interface VsoCommand {
  /** e.g. `task.setvariable`. */
  name: string;
  properties: Record<string, string>;
  message: string;
  /** Index of the line in stdout. */
  line: number;
}

const COMMAND = /^##vso\[([A-Za-z]+\.[A-Za-z]+)(?:\s+([^\]]*))?\](.*)$/;

function unescape(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%3B/g, ';')
    .replace(/%AZP25/g, '%');
}

export function parseVsoCommands(stdout: string): VsoCommand[] {
  const commands: VsoCommand[] = [];
  stdout.split(/\r?\n/).forEach((text, line) => {
    const m = COMMAND.exec(text);
    if (!m) return;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim().toLowerCase()] = unescape(pair.slice(eq + 1));
    }
    commands.push({ name: (m[1] ?? '').toLowerCase(), properties, message: unescape(m[3] ?? ''), line });
  });
  return commands;
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
