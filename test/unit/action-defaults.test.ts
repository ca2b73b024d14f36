/**
 * The runner passes every `default:` of the action.yml a workflow `uses:` (and the agent every
 * task.json defaultValue) as if the user had written it. No such default may make a target
 * requested or change which checks run: a step with every default filled plans exactly as the
 * same step with only what its user wrote. Run over every action.yml, present and future.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OidcExchangeErrors, type OidcExchangeError } from '../../src/core/errors.js';
import { INPUTS, camelCase } from '../../src/core/inputs.js';
import { parsePlan, type Plan } from '../../src/core/plan.js';
import { azureDevOpsInputReader } from '../../src/runtimes/azure-devops/task-inputs.js';
import { githubInputs } from '../../src/runtimes/github/inputs.js';
import { isTargetAction, targetActionNames } from '../../src/runtimes/github/target-action.js';
import { TARGETS } from '../../src/targets/index.js';
import { allActionPaths, loadAction, repoRoot } from '../support/action-manifest.ts';

const tenant = '11111111-1111-1111-1111-111111111111';
const client = '22222222-2222-2222-2222-222222222222';
/** Steps as users write them, by the main action's input names. */
const STEPS: Record<string, Record<string, string>> = {
  'AWS only': { 'aws-role-arn': 'arn:aws:iam::123456789012:role/deploy', 'aws-region': 'eu-west-1' },
  'Databricks only': { 'databricks-host': 'https://dbc-1234.cloud.databricks.com' },
  'Azure only': { 'azure-client-id': client, 'azure-tenant-id': tenant },
  'Azure Databricks (entra mode)': {
    'databricks-host': 'https://adb-1.2.azuredatabricks.net',
    'databricks-mode': 'entra',
    'databricks-client-id': client,
    'azure-tenant-id': tenant,
  },
  'a managed identity without issuer': {
    'token-source': 'azure-managed-identity',
    'azure-managed-identity-client-id': client,
    'aws-role-arn': 'arn:aws:iam::123456789012:role/deploy',
    'aws-region': 'eu-west-1',
  },
  nothing: {},
};

type Outcome = { plan: Plan } | { problems: string[] };
function outcome(plan: () => Plan): Outcome {
  try {
    return { plan: plan() };
  } catch (error) {
    const list = error instanceof OidcExchangeErrors ? error.errors : [error as OidcExchangeError];
    return { problems: list.map((e) => e.message) };
  }
}

/** The environment a runner gives the step: every declared input, with its default or ''. */
function runnerEnv(path: string, written: Record<string, string>): Record<string, string> {
  const manifest = loadAction(path);
  const env: Record<string, string> = {};
  for (const [name, value] of manifest.inputs) env[`INPUT_${name.toUpperCase()}`] = value ?? '';
  for (const [name, value] of Object.entries(written)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

describe('no default of an action.yml asks for anything', () => {
  for (const path of allActionPaths()) {
    const target = path.replace(/^actions\//, '');
    const names = isTargetAction(target) ? targetActionNames(target, INPUTS) : undefined;
    for (const [step, inputs] of Object.entries(STEPS)) {
      // A per-target action takes its own target's steps (and the shared ones), under its names.
      const own = Object.entries(inputs).map(
        ([name, value]) => [names ? names.get(name) : name, value] as const,
      );
      if (own.some(([name]) => name === undefined)) continue;
      const written = Object.fromEntries(own) as Record<string, string>;
      it(`${path || 'action.yml'}: ${step}`, () => {
        const hidden = Object.fromEntries(
          [...loadAction(path).inputs]
            .filter(([name]) => name === 'oidc-exchange-target')
            .map(([n, v]) => [`INPUT_${n.toUpperCase()}`, v ?? '']),
        );
        const withDefaults = outcome(() => parsePlan(githubInputs(runnerEnv(path, written)).read, TARGETS));
        const onlyWritten = outcome(() => {
          const env = {
            ...hidden,
            ...Object.fromEntries(Object.entries(written).map(([n, v]) => [`INPUT_${n.toUpperCase()}`, v])),
          };
          return parsePlan(githubInputs(env).read, TARGETS);
        });
        expect(withDefaults).toEqual(onlyWritten);
      });
    }
  }

  it('the managed-identity `issuer` check fires with the action’s defaults filled in', () => {
    const result = outcome(() =>
      parsePlan(githubInputs(runnerEnv('', STEPS['a managed identity without issuer'] ?? {})).read, TARGETS),
    );
    expect(result).toEqual({
      problems: [
        expect.stringContaining('Input `issuer` is required with `token-source: azure-managed-identity`'),
      ],
    });
  });

  it('the targets asked for are those the user wrote, every default filled in', () => {
    const requested = (written: Record<string, string>) => {
      const result = outcome(() => parsePlan(githubInputs(runnerEnv('', written)).read, TARGETS));
      return 'plan' in result ? result.plan.targets.map((t) => t.definition.name) : result.problems;
    };
    expect(requested(STEPS['AWS only'] ?? {})).toEqual(['aws']);
    expect(requested(STEPS['Databricks only'] ?? {})).toEqual(['databricks']);
    expect(requested(STEPS['Azure only'] ?? {})).toEqual(['azure']);
    expect(requested({ ...STEPS['AWS only'], 'azure-cli-login': 'true' })).toEqual([
      expect.stringContaining('`azure-client-id` is required for Azure'),
      expect.stringContaining('`azure-tenant-id` is required for Azure'),
    ]);
  });
});

describe('no defaultValue of task.json asks for anything', () => {
  const task = JSON.parse(readFileSync(join(repoRoot, 'tasks/OidcExchangeV1/task.json'), 'utf8')) as {
    inputs: Array<{ name: string; defaultValue?: string }>;
  };
  const run = {
    ci: 'azure-devops' as const,
    azureDevOps: { collectionId: '9a4c3a3e-6f1e-4a61-9c51-1b2f0c1d2e3f' },
  };
  for (const [step, inputs] of Object.entries(STEPS)) {
    if (Object.keys(inputs).some((name) => name === 'azure-client-id' || name === 'azure-tenant-id'))
      continue;
    it(step, () => {
      const written = Object.fromEntries(Object.entries(inputs).map(([n, v]) => [camelCase(n), v]));
      const defaults = Object.fromEntries(task.inputs.map((i) => [i.name, i.defaultValue ?? '']));
      const plan = (given: Record<string, string>) =>
        outcome(() =>
          parsePlan(
            azureDevOpsInputReader(undefined, (n) => given[n]),
            TARGETS,
            run,
          ),
        );
      expect(plan({ ...defaults, ...written })).toEqual(plan(written));
    });
  }
});
