import { OidcExchangeError } from '../../../core/errors.js';

/**
 * The AWS config file handed to later steps instead of static keys: one profile whose
 * `credential_process` runs oidc-exchange's command line again (PROTOCOLS.md §3.6, [B8]). The
 * AWS CLI and SDKs run it whenever they need credentials and renew before `Expiration`. Its
 * command line holds paths only: the settings are in a file beside it, and the OIDC token is
 * minted by the helper itself from the step's environment.
 */
export const AWS_PROFILE_NAME = 'oidc-exchange';

export function awsConfigFile(command: string[], region: string): string {
  const line = command.map(quote).join(' ');
  return `[profile ${AWS_PROFILE_NAME}]\ncredential_process = ${line}\nregion = ${region}\n`;
}

/** The body of a named profile (`aws-profile`): the section header is the job config file's. */
export function profileBody(command: string[], region: string): string {
  return `credential_process = ${command.map(quote).join(' ')}\nregion = ${region}\n`;
}

// botocore splits the line like a POSIX shell (shlex) and the JS SDK hands it to a shell: double
// quotes keep spaces; a path with a double quote, a newline or a `$` cannot be written safely.
function quote(part: string): string {
  if (/["\r\n$`]/.test(part)) {
    throw new OidcExchangeError(
      'REFRESH_FAILED',
      `Cannot write a credential_process command with the path ${JSON.stringify(part)}.`,
      {
        hint: 'Move the runner or its temp folder to a path without quotes, `$` or backquotes, or set `refresh: false`.',
      },
    );
  }
  return `"${part}"`;
}
