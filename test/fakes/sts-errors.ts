import { randomUUID } from 'node:crypto';
import type { FakeResponse } from './http-server.ts';
import { escapeXml, xmlResponse } from './sts-xml.ts';

/** One STS error: HTTP status, `<Code>` and `<Message>` (docs/protocols.md §3.4). */
export interface StsError {
  status: number;
  code: string;
  message: string;
}

const error = (status: number, code: string, message: string): StsError => ({ status, code, message });
const notAuthorized = 'Not authorized to perform sts:AssumeRoleWithWebIdentity';
const notValidated =
  'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.';
// The double space after the comma is in the real message.
const noVerificationKey =
  "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements";

// Codes and statuses as in docs/protocols.md §3.4; messages follow real STS responses quoted in public
// issues and AWS knowledge-center articles. The ones marked
// "unverified" are worded by hand.
export const sts = {
  invalidAction: (action: string | undefined, version: string | undefined): StsError =>
    error(
      400,
      'InvalidAction',
      `Could not find operation ${action ?? ''} for version ${version ?? 'NO_VERSION_SPECIFIED'}`,
    ),
  /** Constraint failures as the service's validator words them, e.g. `Value 'a b' at 'roleSessionName' …`. */
  validation: (failures: string[]): StsError =>
    error(
      400,
      'ValidationError',
      `${failures.length} validation error${failures.length === 1 ? '' : 's'} detected: ${failures.join('; ')}`,
    ),
  invalidArn: (): StsError => error(400, 'ValidationError', 'Request ARN is invalid'),
  durationExceedsRoleMax: (): StsError =>
    error(
      400,
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    ),
  malformedPolicy: (message: string): StsError => error(400, 'MalformedPolicyDocument', message),
  packedPolicyTooLarge: (percent: number): StsError =>
    error(400, 'PackedPolicyTooLarge', `Packed policy consumes ${percent}% of allotted space`),
  accessDenied: (): StsError => error(403, 'AccessDenied', notAuthorized),
  /** AssumeRole's refusal names the caller and the role, as STS's does. */
  accessDeniedAssumeRole: (callerArn: string, roleArn: string): StsError =>
    error(
      403,
      'AccessDenied',
      `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    ),
  invalidToken: (): StsError => error(400, 'InvalidIdentityToken', notValidated),
  noProvider: (issuer: string): StsError =>
    error(400, 'InvalidIdentityToken', `No OpenIDConnect provider found in your account for ${issuer}`),
  noVerificationKey: (): StsError => error(400, 'InvalidIdentityToken', noVerificationKey),
  incorrectAudience: (): StsError => error(400, 'InvalidIdentityToken', 'Incorrect token audience'),
  missingClaim: (claim: string): StsError =>
    error(400, 'InvalidIdentityToken', `Missing a required claim: ${claim}`),
  tokenExpired: (nowSeconds: number, expSeconds: number): StsError =>
    error(
      400,
      'ExpiredTokenException',
      `Token expired: current date/time ${nowSeconds} must be before the expiration date/time ${expSeconds}`,
    ),
  idpCommunication: (): StsError =>
    error(
      400,
      'IDPCommunicationError',
      'The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached.', // unverified wording
    ),
  throttling: (): StsError => error(400, 'Throttling', 'Rate exceeded'),
  missingAuthentication: (): StsError =>
    error(
      403,
      'MissingAuthenticationToken',
      'The request must contain either a valid (registered) AWS access key ID or X.509 certificate.', // unverified wording
    ),
  incompleteSignature: (detail: string): StsError => error(400, 'IncompleteSignature', detail), // unverified wording
  invalidClientToken: (): StsError =>
    error(403, 'InvalidClientTokenId', 'The security token included in the request is invalid'),
  expiredCredentials: (): StsError =>
    error(403, 'ExpiredToken', 'The security token included in the request is expired'),
  signatureMismatch: (): StsError =>
    error(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    ),
  signatureExpired: (detail: string): StsError => error(403, 'SignatureDoesNotMatch', detail),
};

/** The query-protocol error document STS sends (docs/protocols.md §3.4), with a fresh request id. */
export function errorResponse(err: StsError, requestId: string = randomUUID()): FakeResponse {
  const body =
    `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n` +
    `  <Error>\n` +
    `    <Type>${err.status >= 500 ? 'Receiver' : 'Sender'}</Type>\n` +
    `    <Code>${err.code}</Code>\n` +
    `    <Message>${escapeXml(err.message)}</Message>\n` +
    `  </Error>\n` +
    `  <RequestId>${requestId}</RequestId>\n` +
    `</ErrorResponse>\n`;
  return xmlResponse(err.status, body, requestId);
}
