import { credentialProcessLine } from './credential-process-line.js';

/**
 * The AWS config file handed to later steps instead of static keys: one profile whose
 * `credential_process` runs oidc-exchange's command line again (docs/protocols.md §3.6). The
 * AWS CLI and SDKs run it whenever they need credentials and renew before `Expiration`. Its
 * command line holds paths only: the settings are in a file beside it, and the OIDC token is
 * minted by the helper itself from the step's environment.
 */
export const AWS_PROFILE_NAME = 'oidc-exchange';

export function awsConfigFile(
  command: string[],
  region: string,
  platform: NodeJS.Platform = process.platform,
): string {
  const line = credentialProcessLine(command, platform);
  return `[profile ${AWS_PROFILE_NAME}]\ncredential_process = ${line}\nregion = ${region}\n`;
}

/** The body of a named profile (`aws-profile`): the section header is the job config file's. */
export function profileBody(
  command: string[],
  region: string,
  platform: NodeJS.Platform = process.platform,
): string {
  return `credential_process = ${credentialProcessLine(command, platform)}\nregion = ${region}\n`;
}
