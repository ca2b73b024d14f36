import { describe, expect, it } from 'vitest';
import type { OidcExchangeError } from '../../src/core/errors.js';
import { parseRoleChain, withoutExternalId } from '../../src/targets/aws/role-chain.js';

const defaults = { sessionName: 'oidc-exchange-1-1', partition: 'aws' };

function parse(raw: string) {
  const problems: OidcExchangeError[] = [];
  const hops = parseRoleChain(raw, defaults, problems);
  return { hops, problems: problems.map((p) => p.message) };
}

describe('aws-role-chain', () => {
  it('reads one hop per line, with an optional external id and session name', () => {
    const { hops, problems } = parse(
      'arn:aws:iam::111111111111:role/a\n\n  arn:aws:iam::222222222222:role/path/b external-id=x:y/z session-name=hop-2  ',
    );
    expect(problems).toEqual([]);
    expect(hops).toEqual([
      {
        roleArn: 'arn:aws:iam::111111111111:role/a',
        accountId: '111111111111',
        externalId: undefined,
        sessionName: 'oidc-exchange-1-1',
      },
      {
        roleArn: 'arn:aws:iam::222222222222:role/path/b',
        accountId: '222222222222',
        externalId: 'x:y/z',
        sessionName: 'hop-2',
      },
    ]);
  });

  it.each([
    ['not-an-arn', "the line's role ARN is not one"],
    [
      'arn:aws:iam::111111111111:role/a externalid=x',
      'lines of `<role ARN> [external-id=<id>] [session-name=<name>]`',
    ],
    ['arn:aws:iam::111111111111:role/a external-id=x', 'external-id: 2–1224'],
    ['arn:aws:iam::111111111111:role/a session-name=has space', 'lines of'],
    ['arn:aws-cn:iam::111111111111:role/a', 'roles of partition aws'],
  ])('refuses %j naming the input and the line', (line, expected) => {
    const { problems } = parse(line);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Input `aws-role-chain` must be');
    expect(problems[0]).toContain(expected);
  });

  it('allows at most five hops', () => {
    const six = Array.from({ length: 6 }, (_, i) => `arn:aws:iam::11111111111${i}:role/r`).join('\n');
    expect(parse(six).problems).toEqual([
      "Input `aws-role-chain` must be at most 5 roles, but it is '6 roles'.",
    ]);
  });

  it.each([
    'arn:aws:iam::111111111111:role/a external-id=x',
    'not-an-arn external-id=s3cr3t-id',
    'arn:aws:iam::111111111111:role/a External_Id=s3cr3t-id',
  ])('never shows an external id in an input error: %j', (line) => {
    const { problems } = parse(line);
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toMatch(/s3cr3t-id|=x\b/);
    expect(problems[0]).toContain('=…');
  });

  it('hides an external id that an upstream text repeats, and only where it stands alone', () => {
    expect(withoutExternalId('ExternalId ab-12 is wrong; tab-123 stays', 'ab-12')).toBe(
      'ExternalId … is wrong; tab-123 stays',
    );
    expect(withoutExternalId('no id here', undefined)).toBe('no id here');
  });
});
