import { accessSync, constants, statSync } from 'node:fs';
import { delimiter as posixDelimiter, isAbsolute, posix, win32 } from 'node:path';

/**
 * How `az` is found and started, on every runner OS.
 *
 * Found on PATH by us, absolute entries only: never in the working directory (the checked-out
 * repository, which a pull request controls), which is where cmd.exe would look first.
 *
 * On Windows `az` is `az.cmd`, a batch file; Node refuses to spawn one without a shell since the
 * 2024 fix for CVE-2024-27980, so it runs as `cmd.exe /d /s /c ""<az.cmd>" "arg" …"`. Inside
 * double quotes cmd takes `&|<>^()` literally; `"` and `%` (variable expansion) it does not, and
 * the arguments are parsed again by the C runtime of az's python, which treats a backslash before
 * a quote as an escape: so an argument holding `"`, `%`, `!` or a line break is refused, and
 * trailing backslashes are doubled. Every argument we pass is a validated id, a fixed word, or a
 * path under the runner's temp folder.
 */
export interface AzCommand {
  file: string;
  args: string[];
  /** Windows: the command line is exactly `args` joined (Node's own quoting would add a layer). */
  windowsVerbatimArguments: boolean;
}

export interface AzHost {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** Whether `path` is a file we may run (injected for tests). */
  isExecutable?: (path: string) => boolean;
}

export function findAz(host: AzHost): string | undefined {
  const windows = host.platform === 'win32';
  const path = windows ? win32 : posix;
  // Windows environment names are case-insensitive (`Path` is common).
  const pathVar = windows
    ? (Object.entries(host.env).find(([name]) => name.toUpperCase() === 'PATH')?.[1] ?? '')
    : (host.env['PATH'] ?? '');
  const names = windows ? ['az.cmd', 'az.exe', 'az.bat'] : ['az'];
  const executable = host.isExecutable ?? (windows ? exists : canExecute);
  for (const dir of pathVar.split(windows ? ';' : posixDelimiter)) {
    const clean = dir.replace(/^"(.*)"$/, '$1');
    if (!clean || !(windows ? win32.isAbsolute(clean) : isAbsolute(clean))) continue;
    for (const name of names) {
      const candidate = path.join(clean, name);
      if (executable(candidate)) return candidate;
    }
  }
  return undefined;
}

export function azCommand(az: string, args: string[], host: AzHost): AzCommand {
  if (host.platform !== 'win32' || /\.exe$/i.test(az))
    return { file: az, args, windowsVerbatimArguments: false };
  const line = [az, ...args].map(cmdQuote).join(' ');
  return {
    file: cmdExe(host.env),
    args: ['/d', '/s', '/c', `"${line}"`],
    windowsVerbatimArguments: true,
  };
}

function cmdQuote(arg: string): string {
  if (/["%!\r\n\0]/.test(arg)) {
    throw new Error(`an argument for az.cmd holds a character cmd.exe cannot pass on safely: ${arg}`);
  }
  return `"${arg.replace(/(\\+)$/, '$1$1')}"`;
}

/**
 * cmd.exe by its full path: a bare `cmd.exe` is looked up in the working directory first (libuv),
 * where a repository could plant one.
 */
function cmdExe(env: Record<string, string | undefined>): string {
  const get = (name: string) =>
    Object.entries(env)
      .find(([key]) => key.toUpperCase() === name)?.[1]
      ?.trim() ?? '';
  const comspec = get('COMSPEC');
  if (win32.isAbsolute(comspec)) return comspec;
  return win32.join(get('SYSTEMROOT') || 'C:\\Windows', 'System32', 'cmd.exe');
}

function canExecute(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
