/**
 * Every input error carries a hint (the README promises a one-line fix for every failure): each
 * input given a value no parser accepts, and each target without its required inputs.
 */
import { describe, expect, it } from 'vitest';
import { OidcExchangeErrors, type OidcExchangeError } from '../../src/core/errors.ts';
import { INPUTS } from '../../src/core/inputs.ts';
import { parsePlan } from '../../src/core/plan.ts';
import { TARGETS } from '../../src/targets/index.ts';

const valid: Record<string, Record<string, string>> = {
  azure: {
    'azure-client-id': '00000000-0000-0000-0000-000000000001',
    'azure-tenant-id': '00000000-0000-0000-0000-000000000002',
  },
  aws: { 'aws-role-arn': 'arn:aws:iam::123456789012:role/deploy', 'aws-region': 'eu-west-1' },
  databricks: { 'databricks-host': 'https://dbc-1234.cloud.databricks.com' },
  gcp: {
    'gcp-workload-identity-provider': 'projects/1/locations/global/workloadIdentityPools/p/providers/g',
  },
};

function errorsOf(inputs: Record<string, string>): OidcExchangeError[] {
  try {
    parsePlan((name) => inputs[name] ?? '', TARGETS);
    return [];
  } catch (thrown) {
    return thrown instanceof OidcExchangeErrors ? [...thrown.errors] : [thrown as OidcExchangeError];
  }
}

describe('every input error has a hint', () => {
  const bad = ['\u0007 not valid ]', '-1', 'x'.repeat(300)];
  it.each(INPUTS.filter((i) => i.only !== 'azure-devops').map((i) => i.name))('%s given nonsense', (name) => {
    const group = INPUTS.find((i) => i.name === name)?.group ?? 'aws';
    const base = valid[group] ?? valid['aws'] ?? {};
    for (const value of bad) {
      for (const error of errorsOf({ ...base, [name]: value })) {
        expect(error.code, error.message).toBe('INPUT_INVALID');
        expect(error.hint ?? '', error.message).toMatch(/\S/);
      }
    }
  });

  it.each(Object.entries(valid))('%s without each of its required inputs', (_, inputs) => {
    for (const name of Object.keys(inputs)) {
      const without = Object.fromEntries(Object.entries(inputs).map(([n, v]) => [n, n === name ? '' : v]));
      const errors = errorsOf(without);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error.hint ?? '', error.message).toMatch(/\S/);
    }
  });
});
