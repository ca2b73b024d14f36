import { describe, expect, it } from 'vitest';
import { FROM_SERVICE_CONNECTION } from '../../src/core/inputs.ts';
import { connectionAuthority } from '../../src/runtimes/azure-devops/connection-authority.ts';
import { azureDevOpsInputReader, withTaskInputNames } from '../../src/runtimes/azure-devops/task-inputs.ts';

const connection = {
  id: '5b0d3e0c-0000-4000-8000-000000000001',
  servicePrincipalId: '0e2c0000-0000-4000-8000-000000000002',
  tenantId: '7f1e0000-0000-4000-8000-000000000003',
  subscriptionId: '9a4b0000-0000-4000-8000-000000000004',
  environment: 'AzureCloud',
  authorityHost: 'https://login.microsoftonline.com/',
};

// What the agent passes for a YAML step naming only the AWS inputs: task.json's defaults too.
const agentInputs: Record<string, string> = {
  awsRoleArn: 'arn:aws:iam::123456789012:role/deploy',
  awsRegion: 'eu-west-1',
  azureScopes: 'arm',
  azureCliLogin: 'false',
  tokenSource: 'azure-devops',
  refresh: 'false',
};

describe('the task’s inputs', () => {
  it('are the camelCase inputs of task.json', () => {
    const read = azureDevOpsInputReader(undefined, (name) => agentInputs[name]);
    expect(read('aws-role-arn')).toBe('arn:aws:iam::123456789012:role/deploy');
    expect(read('token-source')).toBe('azure-devops');
    expect(read('databricks-host')).toBe('');
    expect(read('refresh')).toBe('false'); // task.json's default, as the agent passes it
  });

  it('take the Azure identity from the service connection, and no Azure input counts without one', () => {
    const without = azureDevOpsInputReader(undefined, (name) => agentInputs[name]);
    for (const name of ['azure-scopes', 'azure-cli-login', 'azure-client-id', 'azure-tenant-id'])
      expect(without(name)).toBe('');
    const withConnection = azureDevOpsInputReader(
      connection,
      (name) => ({ ...agentInputs, azureClientId: 'x' })[name],
    );
    expect(withConnection('azure-client-id')).toBe(connection.servicePrincipalId);
    expect(withConnection('azure-tenant-id')).toBe(connection.tenantId);
    expect(withConnection('azure-subscription-id')).toBe(connection.subscriptionId);
    expect(withConnection('azure-cloud')).toBe('AzureCloud');
    expect(withConnection('azure-authority-host')).toBe('https://login.microsoftonline.com/');
    expect(withConnection('azure-scopes')).toBe('arm');
    for (const name of Object.keys(FROM_SERVICE_CONNECTION)) expect(withConnection(name)).not.toBe('');
  });

  it('fall back to AWS_ENDPOINT_URL_STS for the STS endpoint, saying so (the plan checks its host)', () => {
    const env = { AWS_ENDPOINT_URL_STS: 'https://sts-fips.us-east-1.amazonaws.com' };
    const read = azureDevOpsInputReader(undefined, (name) => agentInputs[name], env);
    expect(read('aws-sts-endpoint')).toBe('https://sts-fips.us-east-1.amazonaws.com');
    expect(read.variableFor?.('aws-sts-endpoint')).toBe('AWS_ENDPOINT_URL_STS');
    const given = (name: string) => ({ ...agentInputs, awsStsEndpoint: 'https://given.example' })[name];
    expect(azureDevOpsInputReader(undefined, given, env)('aws-sts-endpoint')).toBe('https://given.example');
  });

  it('are named as the task names them in messages', () => {
    expect(withTaskInputNames('Input `aws-role-arn` must be …; see `aws-region`.')).toBe(
      'Input `awsRoleArn` must be …; see `awsRegion`.',
    );
    expect(withTaskInputNames('Input `azure-tenant-id` is required')).toBe(
      'Input `azureSubscription` (the connection’s tenant id) is required',
    );
    expect(withTaskInputNames('`sts.amazonaws.com` and `subject`')).toBe('`sts.amazonaws.com` and `subject`');
  });

  it('name the connection once where a message names several of the inputs it stands for', () => {
    expect(
      withTaskInputNames(
        'For Azure, set `azure-client-id` and `azure-tenant-id`; for AWS, `aws-role-arn` and `aws-region`.',
      ),
    ).toBe(
      'For Azure, set `azureSubscription` (an Azure Resource Manager service connection); for AWS, `awsRoleArn` and `awsRegion`.',
    );
  });
});

describe('the service connection’s authority', () => {
  it('is its activeDirectoryAuthority, else its environment’s', () => {
    expect(connectionAuthority('https://login.example/', 'AzureCloud')).toBe('https://login.example/');
    expect(connectionAuthority(undefined, 'AzureUSGovernment')).toBe('https://login.microsoftonline.us');
    expect(connectionAuthority(undefined, undefined)).toBe('https://login.microsoftonline.com');
    expect(connectionAuthority(undefined, 'AzureStack')).toBeUndefined();
  });
});
