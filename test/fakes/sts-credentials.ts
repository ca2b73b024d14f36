import { randomBytes, randomInt } from 'node:crypto';

/** Temporary credentials the fake STS issued, with what they were issued for. */
export interface IssuedCredentials {
  /** `ASIA…`: the prefix of temporary keys. */
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  accountId: string;
  roleArn: string;
  /** `arn:aws:sts::<account>:assumed-role/<role name>/<session name>`. */
  assumedRoleArn: string;
  /** `<role id>:<session name>`: also the UserId that GetCallerIdentity reports. */
  assumedRoleId: string;
  sessionName: string;
  subject: string;
  audience: string;
  providerArn: string;
  claims: Record<string, unknown>;
  policy: string | undefined;
  policyArns: string[];
}

// IAM unique ids and access key ids are upper-case letters and digits 2-7 after a type prefix:
// AROA for roles (21 characters), ASIA for temporary access keys (20 characters).
const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function uniqueId(prefix: 'AROA' | 'ASIA', length: number): string {
  let id = prefix;
  while (id.length < length) id += idAlphabet[randomInt(idAlphabet.length)];
  return id;
}

export function mintKeys(): Pick<IssuedCredentials, 'accessKeyId' | 'secretAccessKey' | 'sessionToken'> {
  return {
    accessKeyId: uniqueId('ASIA', 20),
    secretAccessKey: randomBytes(30).toString('base64'),
    // Real session tokens are opaque base64 of several hundred bytes, starting `IQoJb3JpZ2luX2Vj`.
    sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(600).toString('base64')}`,
  };
}

/** The XML Expiration format: ISO 8601 in UTC without fractional seconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
