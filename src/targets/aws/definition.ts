import { endpointVariableProblem } from '../../core/endpoint-variables.js';
import type { OidcExchangeError } from '../../core/errors.js';
import {
  invalidInput,
  missingInput,
  parseBoolean,
  parseHttpsUrl,
  parseInteger,
  splitList,
} from '../../core/input-parsers.js';
import { writtenByUser, type InputReader } from '../../core/inputs.js';
import type { RunInfo, TargetDefinition } from '../../core/target.js';
import { findPartition, type AwsPartition } from './partitions.js';
import { parseRoleChain, type ChainHop } from './role-chain.js';
import { trustStatement } from './sts-errors.js';

export interface AwsSettings {
  roleArn: string;
  accountId: string;
  partition: AwsPartition;
  region: string;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy: string | undefined;
  managedPolicyArns: string[];
  stsEndpoint: string;
  maskAccountId: boolean;
  /** Empty: any account. */
  allowedAccountIds: string[];
  /** `aws-profile`: the named profile later steps use instead of the environment's credentials. */
  profile: string | undefined;
  /** `aws-role-chain`: roles assumed after `roleArn`, in order; the last one's credentials are exported. */
  roleChain: ChainHop[];
}

/** docs/protocols.md §3.2: role ARNs, session names, durations and policies as STS constrains them. */
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const POLICY_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}|aws):policy\/[\w+=,.@/-]{1,512}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** A profile name every AWS client reads back the same: no spaces, brackets or `#`. */
const PROFILE_NAME = /^[A-Za-z0-9][\w.-]{0,63}$/;
const REQUESTING_INPUTS = ['aws-role-arn', 'aws-region', 'aws-session-name', 'aws-session-policy'] as const;

export const awsTarget: TargetDefinition<AwsSettings> = {
  name: 'aws',
  isRequested: (read) => REQUESTING_INPUTS.some((name) => writtenByUser(read, name)),
  parse(read, problems, audienceOverride, run) {
    const settings = parseAwsSettings(read, problems, run);
    return settings && { settings, audience: audienceOverride ?? settings.partition.defaultAudience };
  },
  load: () => import('./exchange.js'),
  trustFor: (settings, presented) => `role trust-policy statement: ${trustStatement(settings, presented)}`,
};

function parseAwsSettings(
  read: InputReader,
  problems: OidcExchangeError[],
  run: RunInfo,
): AwsSettings | undefined {
  const before = problems.length;
  const roleRaw = read('aws-role-arn').trim();
  const role = ROLE_ARN.exec(roleRaw);
  if (!roleRaw) problems.push(missingInput('aws-role-arn', 'for AWS'));
  else if (!role)
    problems.push(
      invalidInput('aws-role-arn', 'a role ARN like arn:aws:iam::123456789012:role/deploy', roleRaw),
    );
  const partition = findPartition(role?.[1] ?? 'aws');

  const region = read('aws-region').trim();
  if (!region)
    problems.push(missingInput('aws-region', 'for AWS (STS is called in that region, never globally)'));
  else if (partition && !partition.regionPattern.test(region)) {
    problems.push(
      invalidInput('aws-region', `a region of partition ${partition.name}, like eu-west-1`, region),
    );
  }

  const sessionName = parseSessionName(read('aws-session-name'), run, problems);
  const durationSeconds = parseInteger(
    'aws-duration-seconds',
    read('aws-duration-seconds'),
    { min: 900, max: 43200, fallback: 3600 },
    problems,
  );
  const sessionPolicy = parseSessionPolicy(read('aws-session-policy'), problems);
  const managedPolicyArns = splitList(read('aws-managed-policy-arns'));
  for (const arn of managedPolicyArns) {
    if (!POLICY_ARN.test(arn)) {
      problems.push(
        invalidInput(
          'aws-managed-policy-arns',
          'policy ARNs like arn:aws:iam::aws:policy/ReadOnlyAccess',
          arn,
        ),
      );
    }
  }
  if (managedPolicyArns.length > 10) {
    problems.push(
      invalidInput('aws-managed-policy-arns', 'at most 10 policy ARNs', `${managedPolicyArns.length} ARNs`),
    );
  }
  const endpointRaw = read('aws-sts-endpoint');
  const fromVariable = endpointVariableProblem(read, 'aws-sts-endpoint', endpointRaw);
  if (fromVariable) problems.push(fromVariable);
  const endpoint =
    endpointRaw.trim() && !fromVariable
      ? parseHttpsUrl('aws-sts-endpoint', endpointRaw, problems)
      : undefined;
  const maskAccountId = parseBoolean('aws-mask-account-id', read('aws-mask-account-id'), false, problems);
  const allowedAccountIds = splitList(read('aws-allowed-account-ids'));
  for (const id of allowedAccountIds) {
    if (!/^\d{12}$/.test(id))
      problems.push(
        invalidInput('aws-allowed-account-ids', '12-digit AWS account ids like 123456789012', id),
      );
  }

  const profile = parseProfile(read, problems);
  const roleChain = parseRoleChain(read('aws-role-chain'), { sessionName, partition: role?.[1] }, problems);

  if (problems.length > before || !role || !partition) return undefined;
  return {
    roleArn: roleRaw,
    accountId: role[2] ?? '',
    partition,
    region,
    sessionName,
    durationSeconds,
    sessionPolicy,
    managedPolicyArns,
    stsEndpoint: (endpoint ?? partition.stsEndpoint(region)).replace(/\/+$/, ''),
    maskAccountId,
    allowedAccountIds,
    profile,
    roleChain,
  };
}

/** Given: checked as is. Derived: `oidc-exchange-<run id>-<attempt>`, cut to what STS accepts. */
function parseSessionName(raw: string, run: RunInfo, problems: OidcExchangeError[]): string {
  const given = raw.trim();
  if (given) {
    if (!SESSION_NAME.test(given)) {
      problems.push(
        invalidInput('aws-session-name', '2 to 64 characters of letters, digits and _+=,.@-', given),
      );
    }
    return given;
  }
  const parts = ['oidc-exchange', run.runId, run.runAttempt].filter((p): p is string => Boolean(p));
  return parts
    .join('-')
    .replace(/[^\w+=,.@-]/g, '_')
    .slice(0, 64);
}

function parseProfile(read: InputReader, problems: OidcExchangeError[]): string | undefined {
  const profile = read('aws-profile').trim();
  if (!profile) return undefined;
  if (!PROFILE_NAME.test(profile))
    problems.push(
      invalidInput('aws-profile', 'a profile name of up to 64 letters, digits and `_.-`, like prod', profile),
    );
  // The profile is renewed by the refresher; without it there is nothing to write one for.
  else if (/^(false|no|off|0)$/i.test(read('refresh').trim()))
    problems.push(
      invalidInput(
        'aws-profile',
        'empty when `refresh` is false (a profile is renewed by the refresher)',
        profile,
      ),
    );
  return profile;
}

function parseSessionPolicy(raw: string, problems: OidcExchangeError[]): string | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
  } catch {
    problems.push(invalidInput('aws-session-policy', 'an IAM policy as a JSON object', text));
    return undefined;
  }
  if (text.length > 2048) {
    problems.push(
      invalidInput('aws-session-policy', 'at most 2048 characters of JSON', `${text.length} characters`),
    );
  }
  return text;
}
