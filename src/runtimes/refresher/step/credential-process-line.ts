import { OidcExchangeError } from '../../../core/errors.js';

/**
 * The `credential_process` value of an AWS profile: a command line that each AWS client splits
 * in its own way, so every part is double-quoted and only characters that read the same to all of
 * them are allowed (docs/protocols.md §3.6):
 * - POSIX: botocore splits like a POSIX shell (shlex); the JS SDK and Go SDK hand the line to
 *   `/bin/sh -c`. Inside double quotes `$`, backquote, `\` and `"` are special.
 * - Windows: botocore splits like CommandLineToArgvW (a backslash is literal unless it runs up to
 *   a `"`); the JS SDK (`exec`) and Go SDK run `cmd.exe /c`, which expands `%NAME%` even inside
 *   quotes (and `!NAME!` where delayed expansion is on). Paths hold backslashes and spaces
 *   (`C:\Program Files\nodejs\node.exe`): both are fine quoted; a trailing backslash is not (it
 *   would escape the closing quote).
 * A part that cannot be written safely is refused, never written half-quoted.
 */
export function credentialProcessLine(parts: string[], platform: NodeJS.Platform): string {
  return parts.map((part) => quotePart(part, platform)).join(' ');
}

const UNSAFE: Record<'posix' | 'win32', RegExp> = {
  posix: /["\r\n$`\\]/,
  win32: /["\r\n%!]|\\$/,
};

function quotePart(part: string, platform: NodeJS.Platform): string {
  const unsafe = UNSAFE[platform === 'win32' ? 'win32' : 'posix'];
  if (part === '' || unsafe.test(part)) {
    const avoid =
      platform === 'win32' ? 'double quotes, `%` or `!`' : 'double quotes, `$`, backquotes or backslashes';
    throw new OidcExchangeError(
      'REFRESH_FAILED',
      `Cannot write a credential_process command with the path ${JSON.stringify(part)}.`,
      {
        hint: `Move the runner or its temp folder to a path without ${avoid}, or set \`refresh: false\`.`,
      },
    );
  }
  return `"${part}"`;
}
