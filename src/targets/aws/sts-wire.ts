import { OidcExchangeError } from '../../core/errors.js';
import type { HttpResponse } from '../../core/http.js';
import { statusError } from '../../core/http-json.js';
import type { AwsSettings } from './definition.js';
import { StsServiceError } from './sts-errors.js';
import { readXml, textAt, XmlSyntaxError, type XmlElement } from './xml-reader.js';

/**
 * AssumeRoleWithWebIdentity on the wire (docs/protocols.md §3.2–3.4): one unsigned query-protocol form
 * POST (the operation is `noAuth`), answered in XML. Written by hand rather than through the AWS
 * SDK's STS client, whose ~1 MB chunk cost ~50 ms of start-up per run (docs/development.md).
 */
export const STS_VERSION = '2011-06-15';

export interface AssumedRole {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  assumedRoleArn: string;
}

export function assumeRoleForm(settings: AwsSettings, webIdentityToken: string): string {
  const form = new URLSearchParams({
    Action: 'AssumeRoleWithWebIdentity',
    Version: STS_VERSION,
    RoleArn: settings.roleArn,
    RoleSessionName: settings.sessionName,
    WebIdentityToken: webIdentityToken,
    DurationSeconds: String(settings.durationSeconds),
  });
  if (settings.sessionPolicy) form.set('Policy', settings.sessionPolicy);
  // Query-protocol lists are numbered from 1: PolicyArns.member.1.arn, PolicyArns.member.2.arn, …
  settings.managedPolicyArns.forEach((arn, i) => form.set(`PolicyArns.member.${i + 1}.arn`, arn));
  return form.toString();
}

/**
 * The answer → credentials, or throws: StsServiceError for an STS error document, an
 * OidcExchangeError for anything that is not STS speaking (a proxy's 503 page, a truncated body).
 * Every credential is handed to `registerSecret` as soon as it is read, before any check can fail.
 */
export function readAssumeAnswer(
  res: HttpResponse,
  settings: Pick<AwsSettings, 'stsEndpoint' | 'roleArn'>,
  registerSecret: (value: string) => void,
  action: 'AssumeRoleWithWebIdentity' | 'AssumeRole' = 'AssumeRoleWithWebIdentity',
): AssumedRole {
  const purpose = `STS at ${settings.stsEndpoint}`;
  const root = parse(res);
  if (root?.name === 'ErrorResponse' && res.status !== 200) {
    const code = textAt(root, 'Error', 'Code');
    if (code) throw new StsServiceError(code, textAt(root, 'Error', 'Message') ?? '', res.status);
  }
  if (res.status !== 200) throw statusError(res, purpose);
  if (root?.name !== `${action}Response`) {
    throw new OidcExchangeError(
      'AWS_EXCHANGE_FAILED',
      `${purpose} answered HTTP 200 with a body that is not an ${action} response` +
        ` (content-type ${res.headers['content-type'] ?? 'none'}).`,
    );
  }
  const result = [`${action}Result`];
  const credential = (name: string): string | undefined => {
    const value = textAt(root, ...result, 'Credentials', name);
    if (value && name !== 'Expiration') registerSecret(value);
    return value;
  };
  const accessKeyId = credential('AccessKeyId');
  const secretAccessKey = credential('SecretAccessKey');
  const sessionToken = credential('SessionToken');
  const expiration = new Date(credential('Expiration') ?? NaN);
  if (!accessKeyId || !secretAccessKey || !sessionToken || Number.isNaN(expiration.getTime())) {
    throw new OidcExchangeError(
      'AWS_EXCHANGE_FAILED',
      `STS answered ${action} for ${settings.roleArn} without credentials.`,
    );
  }
  const assumedRoleArn = textAt(root, ...result, 'AssumedRoleUser', 'Arn') ?? '';
  return { accessKeyId, secretAccessKey, sessionToken, expiration, assumedRoleArn };
}

function parse(res: HttpResponse): XmlElement | undefined {
  try {
    return readXml(res.body);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return undefined;
    throw error;
  }
}
