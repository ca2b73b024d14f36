/**
 * A stand-in for aws-actions/configure-aws-credentials v6's OIDC path, the AWS anchor the bench
 * compares with (the action itself is no npm package): the same libraries (@actions/core,
 * @aws-sdk/client-sts) bundled into one file as the action ships them, and the same requests:
 * `getIDToken` for `sts.amazonaws.com`, AssumeRoleWithWebIdentity, the masks and variables, then
 * GetCallerIdentity with the new session (its validation and `aws-account-id` output). Left out,
 * which would only add to its time: proxy-agent, the retry wrapper, the input translation.
 */
import * as core from '@actions/core';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

const region = core.getInput('aws-region', { required: true });
const endpoint = core.getInput('sts-endpoint') || undefined;
const token = await core.getIDToken(core.getInput('audience') || 'sts.amazonaws.com');
const { Credentials: session } = await new STSClient({ region, endpoint }).send(
  new AssumeRoleWithWebIdentityCommand({
    RoleArn: core.getInput('role-to-assume', { required: true }),
    RoleSessionName: 'GitHubActions',
    WebIdentityToken: token,
    DurationSeconds: 3600,
  }),
);
if (!session?.AccessKeyId || !session.SecretAccessKey || !session.SessionToken) throw new Error('no session');
for (const secret of [session.AccessKeyId, session.SecretAccessKey, session.SessionToken])
  core.setSecret(secret);
core.exportVariable('AWS_REGION', region);
core.exportVariable('AWS_DEFAULT_REGION', region);
core.exportVariable('AWS_ACCESS_KEY_ID', session.AccessKeyId);
core.exportVariable('AWS_SECRET_ACCESS_KEY', session.SecretAccessKey);
core.exportVariable('AWS_SESSION_TOKEN', session.SessionToken);
const credentials = {
  accessKeyId: session.AccessKeyId,
  secretAccessKey: session.SecretAccessKey,
  sessionToken: session.SessionToken,
};
const identity = await new STSClient({ region, endpoint, credentials }).send(
  new GetCallerIdentityCommand({}),
);
core.setOutput('aws-account-id', identity.Account ?? '');
