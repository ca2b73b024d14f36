import { OidcExchangeError } from '../../core/errors.js';

/**
 * `aws-allowed-account-ids`, as configure-aws-credentials' `allowed-account-ids`: the account is
 * read from the assumed-role ARN STS returned (`arn:<partition>:sts::<account>:assumed-role/…`),
 * not from the role ARN we asked for, so an endpoint override that answers for another account
 * is caught too. Runs before anything is exported: a failing target exports nothing.
 */
const ASSUMED_ROLE_ACCOUNT = /^arn:[\w-]+:sts::(\d{12}):assumed-role\//;

export function accountOf(assumedRoleArn: string): string | undefined {
  return ASSUMED_ROLE_ACCOUNT.exec(assumedRoleArn)?.[1];
}

export function checkAllowedAccount(
  allowed: readonly string[],
  assumedRoleArn: string,
  roleArn: string,
): void {
  if (allowed.length === 0) return;
  const account = accountOf(assumedRoleArn);
  if (account !== undefined && allowed.includes(account)) return;
  throw new OidcExchangeError(
    'AWS_ACCOUNT_NOT_ALLOWED',
    `The credentials for ${roleArn} belong to account ${account ?? `unknown (assumed-role ARN '${assumedRoleArn}')`}, which is not in \`aws-allowed-account-ids\` (${allowed.join(', ')}).`,
    {
      hint: 'Check `aws-role-arn` (and the last role of `aws-role-chain`), or add the account to `aws-allowed-account-ids` if it is meant to be used.',
    },
  );
}
