import { withVariables, type ReaderWithVariables } from '../../core/endpoint-variables.js';
import { FROM_SERVICE_CONNECTION, INPUTS, camelCase } from '../../core/inputs.js';
import type { ServiceConnection } from './connection.js';
import { CONNECTION_INPUT } from './connection-input.js';
import type { InputNames } from '../shared/unknown-inputs.js';

/**
 * The task's inputs as the agent passes them: INPUT_<NAME> for the camelCase names of task.json
 * (task-lib's getInput), with every default of task.json filled in by the agent. The Azure
 * identity (client, tenant, subscription, cloud, authority) comes from the service connection
 * only, and the Azure inputs count only with a connection: the agent sets `azureScopes: arm` and
 * `azureCliLogin: false` by default, which must not ask for an Azure target on their own.
 */
const FROM_CONNECTION: Record<string, (c: ServiceConnection) => string | undefined> = {
  'azure-client-id': (c) => c.servicePrincipalId,
  'azure-tenant-id': (c) => c.tenantId,
  'azure-subscription-id': (c) => c.subscriptionId,
  'azure-cloud': (c) => c.environment,
  'azure-authority-host': (c) => c.authorityHost,
};

/** Inputs that fall back to the standard variable of the same meaning (a pipeline variable reaches the task as one). */
const ENV_FALLBACKS: Record<string, string> = {
  'aws-sts-endpoint': 'AWS_ENDPOINT_URL_STS',
};

export function azureDevOpsInputReader(
  connection: ServiceConnection | undefined,
  getInput: (name: string) => string | undefined,
  env: NodeJS.ProcessEnv = {},
): ReaderWithVariables {
  const given = (name: string): string => {
    const fromConnection = FROM_CONNECTION[name];
    if (fromConnection) return (connection && fromConnection(connection)) ?? '';
    if (!connection && name.startsWith('azure-') && !name.startsWith('azure-managed-identity-')) return '';
    return getInput(camelCase(name)) ?? '';
  };
  // The variable a value came from, so that the plan holds it to the cloud's own hosts.
  const variableFor = (name: string): string | undefined => {
    const fallback = ENV_FALLBACKS[name];
    return fallback && given(name).trim() === '' && (env[fallback] ?? '') !== '' ? fallback : undefined;
  };
  return withVariables((name) => {
    const variable = variableFor(name);
    return variable ? (env[variable] ?? '') : given(name);
  }, variableFor);
}

/**
 * Messages from the core name the action's inputs (`aws-role-arn`); the task's are camelCase
 * (`awsRoleArn`), and those it takes from the service connection are named by the connection.
 */
const NAMES = new Map<string, string>(
  INPUTS.map((i) => {
    const what = FROM_SERVICE_CONNECTION[i.name];
    return [i.name, what ? `\`${CONNECTION_INPUT}\` (${what})` : `\`${camelCase(i.name)}\``];
  }),
);

/**
 * Several inputs the connection stands for, named together ("`azure-client-id` and
 * `azure-tenant-id`"), are one input of the task: named once, as the connection.
 */
const CONNECTION_NAMES = Object.keys(FROM_SERVICE_CONNECTION).join('|');
const SEVERAL_FROM_CONNECTION = new RegExp(
  `\`(?:${CONNECTION_NAMES})\`(?:(?:, | and | or |, and |, or )\`(?:${CONNECTION_NAMES})\`)+`,
  'g',
);

export function withTaskInputNames(text: string): string {
  return text
    .replace(
      SEVERAL_FROM_CONNECTION,
      `\`${CONNECTION_INPUT}\` (an Azure Resource Manager service connection)`,
    )
    .replace(/`([a-z0-9-]+)`/g, (whole, name: string) => NAMES.get(name) ?? whole);
}

/** The inputs task.json declares, camelCase (for unknown-inputs.ts); the agent upper-cases them. */
export function taskInputNames(): InputNames {
  const declared = new Map(
    INPUTS.filter((i) => i.only !== 'github' && !(i.name in FROM_SERVICE_CONNECTION)).map((i) => [
      camelCase(i.name),
      i.name,
    ]),
  );
  return { declared, envName: (name) => name.replace(/[. ]/g, '_').toUpperCase() };
}
