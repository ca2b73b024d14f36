import { sts } from './sts-errors.ts';
import type { StsError } from './sts-errors.ts';

/** The AssumeRoleWithWebIdentity request after the service's own parameter validation. */
export interface AssumeParams {
  roleArn: string;
  roleSessionName: string;
  webIdentityToken: string;
  /** Undefined when not sent: the service then uses 3600 (docs/protocols.md §3.2). */
  durationSeconds: number | undefined;
  policy: string | undefined;
  policyArns: string[];
}

export type ParamsResult = { ok: true; params: AssumeParams } | { ok: false; error: StsError };

/**
 * Applies the model's constraints (docs/protocols.md §3.2) and reports every failure at once, as the
 * service does: `1 validation error detected: Value 'a:b' at 'roleSessionName' failed to satisfy
 * constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*`.
 */
export function parseAssumeParams(form: Record<string, string>): ParamsResult {
  const failures: string[] = [];
  const fail = (field: string, value: string | undefined, constraint: string) =>
    failures.push(
      `Value ${value === undefined ? 'null' : `'${value}'`} at '${field}' failed to satisfy constraint: ${constraint}`,
    );
  const text = (field: string, value: string | undefined, min: number, max: number, required: boolean) => {
    if (value === undefined) {
      if (required) fail(field, value, 'Member must not be null');
      return;
    }
    if (value.length < min) fail(field, value, `Member must have length greater than or equal to ${min}`);
    if (value.length > max) fail(field, value, `Member must have length less than or equal to ${max}`);
  };

  const roleArn = form['RoleArn'];
  const roleSessionName = form['RoleSessionName'];
  const webIdentityToken = form['WebIdentityToken'];
  text('roleArn', roleArn, 20, 2048, true);
  text('roleSessionName', roleSessionName, 2, 64, true);
  if (roleSessionName !== undefined && !/^[\w+=,.@-]*$/.test(roleSessionName)) {
    fail('roleSessionName', roleSessionName, 'Member must satisfy regular expression pattern: [\\w+=,.@-]*');
  }
  text('webIdentityToken', webIdentityToken, 4, 20000, true);
  text('providerId', form['ProviderId'], 4, 2048, false);
  const policyArns = memberList(form, 'PolicyArns', 'arn');
  if (policyArns.length > 10) {
    fail('policyArns', `[${policyArns.join(', ')}]`, 'Member must have length less than or equal to 10');
  }
  const durationSeconds = duration(form['DurationSeconds'], fail);

  if (failures.length > 0) return { ok: false, error: sts.validation(failures) };
  return {
    ok: true,
    params: {
      roleArn: roleArn ?? '',
      roleSessionName: roleSessionName ?? '',
      webIdentityToken: webIdentityToken ?? '',
      durationSeconds,
      policy: form['Policy'],
      policyArns,
    },
  };
}

function duration(
  raw: string | undefined,
  fail: (field: string, value: string, constraint: string) => void,
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw))
    fail('durationSeconds', raw, 'Member must be an integer'); // unverified wording
  else if (value < 900) fail('durationSeconds', raw, 'Member must have value greater than or equal to 900');
  else if (value > 43200) fail('durationSeconds', raw, 'Member must have value less than or equal to 43200');
  return value;
}

/** Query-protocol lists: `PolicyArns.member.1.arn`, `PolicyArns.member.2.arn`, … in index order. */
function memberList(form: Record<string, string>, name: string, field: string): string[] {
  const items: string[] = [];
  for (let i = 1; form[`${name}.member.${i}.${field}`] !== undefined; i++) {
    items.push(form[`${name}.member.${i}.${field}`] ?? '');
  }
  return items;
}
