import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceBlock } from '../../scripts/action-docs.ts';
import { TASK_ID, taskInputsTable, taskJson } from '../../scripts/task-json.ts';
import { FROM_SERVICE_CONNECTION, INPUTS, OUTPUTS, camelCase } from '../../src/core/inputs.ts';

const root = join(import.meta.dirname, '..', '..');
const taskDir = join(root, 'tasks', 'OidcExchangeV1');

interface TaskInput {
  name: string;
  type: string;
  label: string;
  groupName: string;
  defaultValue?: string;
  visibleRule?: string;
  options?: Record<string, string>;
}
interface Task {
  id: string;
  name: string;
  version: { Major: number; Minor: number; Patch: number };
  minimumAgentVersion: string;
  groups: Array<{ name: string }>;
  inputs: TaskInput[];
  outputVariables: Array<{ name: string; description: string }>;
  execution: Record<string, { target: string }>;
  postjobexecution: Record<string, { target: string }>;
}

const committed = readFileSync(join(taskDir, 'task.json'), 'utf8');
const task = JSON.parse(committed) as Task;

describe('the task.json of the Azure DevOps task', () => {
  it('is generated from the one table of inputs (run `npm run gen` after changing src/core/inputs.ts)', () => {
    expect(committed).toBe(taskJson());
    const readme = readFileSync(join(root, 'docs', 'inputs.md'), 'utf8');
    expect(replaceBlock(readme, 'task-inputs', taskInputsTable())).toBe(readme);
  });

  it('keeps its id and a semantic version, and runs on both Node handlers from its own folder', () => {
    expect(task.id).toBe(TASK_ID);
    expect(task.id).toBe('faec86db-e4a0-4107-913f-8df464f59701');
    expect(task.name).toBe('OidcExchange');
    expect(Object.values(task.version).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    expect(task.version.Major).toBe(1);
    expect(task.minimumAgentVersion).toMatch(/^\d+\.\d+(\.\d+)?$/);
    for (const handlers of [task.execution, task.postjobexecution]) {
      expect(Object.keys(handlers).sort()).toEqual(['Node20_1', 'Node24']);
      for (const { target } of Object.values(handlers)) expect(existsSync(join(taskDir, target))).toBe(true);
    }
  });

  it("mirrors the action's inputs in camelCase, except those the service connection supplies", () => {
    const names = task.inputs.map((i) => i.name);
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    const expected = INPUTS.filter((i) => i.only !== 'github' && !(i.name in FROM_SERVICE_CONNECTION)).map(
      (i) => camelCase(i.name),
    );
    expect([...names].sort()).toEqual([...expected].sort());
    for (const name of ['awsRoleArn', 'awsRegion', 'awsStsEndpoint', 'databricksHost', 'subject', 'issuer'])
      expect(names).toContain(name);
    for (const name of ['azureClientId', 'azureTenantId', 'audience']) expect(names).not.toContain(name);
  });

  it('takes the Azure service connection, and groups each target with a visibleRule on its key input', () => {
    const input = (name: string) => task.inputs.find((i) => i.name === name);
    expect(input('azureSubscription')?.type).toBe('connectedService:AzureRM');
    const groups = task.groups.map((g) => g.name);
    for (const i of task.inputs) expect(groups).toContain(i.groupName);
    expect(input('awsRoleArn')?.visibleRule).toBeUndefined();
    expect(input('awsRegion')).toMatchObject({ groupName: 'aws', visibleRule: 'awsRoleArn != ""' });
    expect(input('databricksMode')).toMatchObject({
      groupName: 'databricks',
      visibleRule: 'databricksHost != ""',
      type: 'pickList',
      defaultValue: 'federation',
    });
    expect(input('azureScopes')).toMatchObject({ visibleRule: 'azureSubscription != ""', type: 'multiLine' });
    expect(input('tokenSource')?.defaultValue).toBe('azure-devops');
    expect(input('issuer')?.defaultValue).toBeUndefined(); // both issuer families unless one is named
    expect(input('verifySignature')?.type).toBe('boolean');
    // Every rule names an input of the task.
    for (const i of task.inputs) {
      const named = /^(\w+)/.exec(i.visibleRule ?? '')?.[1];
      if (named) expect(task.inputs.map((x) => x.name)).toContain(named);
    }
  });

  it("declares the action's outputs as output variables, in camelCase", () => {
    expect(task.outputVariables.map((o) => o.name)).toEqual(OUTPUTS.map((o) => camelCase(o.name)));
    for (const o of task.outputVariables) expect(o.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    expect(task.outputVariables.map((o) => o.name)).toContain('awsSecretAccessKey');
  });

  it('names the task inputs in help texts, never the action’s kebab-case ones', () => {
    const kebab = new Set([...INPUTS, ...OUTPUTS].map((i) => i.name).filter((n) => n.includes('-')));
    for (const text of committed.match(/`[a-z0-9-]+`/g) ?? [])
      expect(kebab.has(text.slice(1, -1))).toBe(false);
  });
});
