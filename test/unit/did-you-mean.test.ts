import { describe, expect, it } from 'vitest';
import { closestNames, didYouMean } from '../../src/core/did-you-mean.ts';

const names = ['aws-role-arn', 'aws-region', 'azure-client-id', 'databricks-client-id', 'issuer', 'subject'];

describe('did you mean', () => {
  it('finds a swapped pair, a wrong letter, a missing or extra one', () => {
    expect(closestNames('aws-regoin', names)).toEqual(['aws-region']);
    expect(closestNames('aws-role-arm', names)).toEqual(['aws-role-arn']);
    expect(closestNames('isuer', names)).toEqual(['issuer']);
    expect(closestNames('subjects', names)).toEqual(['subject']);
    expect(closestNames('AWS-ROLE-ARM', names)).toEqual(['aws-role-arn']);
  });

  it('finds the full name of an unprefixed one, every candidate when several fit', () => {
    expect(closestNames('role-arn', names)).toEqual(['aws-role-arn']);
    expect(closestNames('client-id', names)).toEqual(['azure-client-id', 'databricks-client-id']);
  });

  it('suggests nothing for a word unlike every name', () => {
    expect(closestNames('colour', names)).toEqual([]);
    expect(didYouMean('colour', names)).toBe('');
    expect(didYouMean('aws-regoin', names)).toBe(' (did you mean `aws-region`?)');
    expect(didYouMean('client-id', names, (n) => `--${n}`)).toBe(
      ' (did you mean --azure-client-id or --databricks-client-id?)',
    );
  });
});
