/**
 * A variable may name only the cloud's own hosts (AWS STS regional, global, FIPS, dual-stack and
 * VPC-endpoint names; the Entra authority hosts of Microsoft's clouds); an input may name any
 * https endpoint. Each runtime's reader says which variable a value came from.
 */
import { describe, expect, it } from 'vitest';
import { endpointVariableProblem, withVariables } from '../../src/core/endpoint-variables.ts';
import type { OidcExchangeErrors } from '../../src/core/errors.ts';
import { parsePlan } from '../../src/core/plan.ts';
import { azureDevOpsInputReader } from '../../src/runtimes/azure-devops/task-inputs.ts';
import { cliInputReader, parseArgs } from '../../src/runtimes/cli/args.ts';
import { githubInputReader } from '../../src/runtimes/github/inputs.ts';
import { TARGETS } from '../../src/targets/index.ts';

const fromVariable = (input: string, variable: string, value: string) =>
  endpointVariableProblem(
    withVariables(
      () => value,
      (name) => (name === input ? variable : undefined),
    ),
    input,
    value,
  );

describe('endpoint variables', () => {
  it.each([
    'https://sts.eu-west-1.amazonaws.com',
    'https://sts.amazonaws.com',
    'https://sts-fips.us-east-2.amazonaws.com',
    'https://sts.us-gov-west-1.amazonaws.com',
    'https://sts.cn-north-1.amazonaws.com.cn',
    'https://sts.eu-central-1.api.aws',
    'https://vpce-0a1b2c3d4e5f67890-abcdefgh.sts.us-east-1.vpce.amazonaws.com',
    'https://vpce-0a1b2c3d4e5f67890-abcdefgh-us-east-1a.sts.us-east-1.vpce.amazonaws.com/',
    'https://vpce-0a1b2c3d-x1y2.sts.cn-northwest-1.vpce.amazonaws.com.cn',
    'https://STS.EU-WEST-1.AMAZONAWS.COM',
  ])('AWS_ENDPOINT_URL_STS may name %s', (url) => {
    expect(fromVariable('aws-sts-endpoint', 'AWS_ENDPOINT_URL_STS', url)).toBeUndefined();
  });

  it.each([
    'https://127.0.0.1:8443',
    'http://sts.eu-west-1.amazonaws.com',
    'https://sts.eu-west-1.amazonaws.com.attacker.example',
    'https://attacker.example/sts.eu-west-1.amazonaws.com',
    'https://sts.eu-west-1.amazonaws.com@attacker.example',
    'https://xsts.eu-west-1.amazonaws.com',
    'https://vpce-1.s3.us-east-1.vpce.amazonaws.com',
    'https://s3.amazonaws.com',
    'not a url',
  ])('AWS_ENDPOINT_URL_STS may not name %s', (url) => {
    expect(fromVariable('aws-sts-endpoint', 'AWS_ENDPOINT_URL_STS', url)?.message).toContain(
      'The variable AWS_ENDPOINT_URL_STS (used because `aws-sts-endpoint` is empty) must name an AWS STS host',
    );
  });

  it.each([
    'https://login.microsoftonline.com',
    'https://login.microsoftonline.us/',
    'https://login.chinacloudapi.cn',
  ])('AZURE_AUTHORITY_HOST may name %s', (url) =>
    expect(fromVariable('azure-authority-host', 'AZURE_AUTHORITY_HOST', url)).toBeUndefined(),
  );

  it.each([
    'https://login.microsoftonline.com.attacker.example',
    'https://localhost:8443',
    'https://login.windows.net.evil',
  ])('AZURE_AUTHORITY_HOST may not name %s', (url) =>
    expect(fromVariable('azure-authority-host', 'AZURE_AUTHORITY_HOST', url)).toBeDefined(),
  );

  it('an input may name any https endpoint', () => {
    expect(
      endpointVariableProblem(
        withVariables(
          () => '',
          () => undefined,
        ),
        'aws-sts-endpoint',
        'https://127.0.0.1:1',
      ),
    ).toBeUndefined();
  });
});

describe('each runtime says which variable a value came from, and the plan refuses a foreign host', () => {
  const problems = (read: Parameters<typeof parsePlan>[0], ci?: 'azure-devops') => {
    try {
      parsePlan(
        read,
        TARGETS,
        ci ? { ci, azureDevOps: { collectionId: 'c0ffee00-0000-4000-8000-000000000000' } } : {},
      );
      return [];
    } catch (error) {
      return (error as OidcExchangeErrors).errors?.map((e) => e.message) ?? [(error as Error).message];
    }
  };
  const azure = {
    'azure-client-id': '00000000-0000-4000-8000-000000000001',
    'azure-tenant-id': '00000000-0000-4000-8000-000000000002',
  };

  it('the action, AZURE_AUTHORITY_HOST', () => {
    const env = (extra: Record<string, string>) => ({
      ...Object.fromEntries(Object.entries(azure).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...extra,
    });
    expect(problems(githubInputReader(env({ AZURE_AUTHORITY_HOST: 'https://attacker.example' })))).toEqual([
      expect.stringContaining('The variable AZURE_AUTHORITY_HOST'),
    ]);
    expect(
      problems(githubInputReader(env({ AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us' }))),
    ).toEqual([]);
    const given = env({
      AZURE_AUTHORITY_HOST: 'https://attacker.example',
      'INPUT_AZURE-AUTHORITY-HOST': 'https://adfs.contoso.example',
    });
    expect(problems(githubInputReader(given))).toEqual([]);
  });

  it('the command line, AZURE_AUTHORITY_HOST', () => {
    const args = parseArgs(['exchange', ...Object.entries(azure).flatMap(([k, v]) => [`--${k}`, v])]);
    expect(problems(cliInputReader(args, { AZURE_AUTHORITY_HOST: 'https://attacker.example' }))).toEqual([
      expect.stringContaining('The variable AZURE_AUTHORITY_HOST'),
    ]);
  });

  it('the task, AWS_ENDPOINT_URL_STS', () => {
    const inputs: Record<string, string> = {
      awsRoleArn: 'arn:aws:iam::123456789012:role/deploy',
      awsRegion: 'eu-west-1',
    };
    const read = azureDevOpsInputReader(undefined, (name) => inputs[name], {
      AWS_ENDPOINT_URL_STS: 'https://attacker.example',
    });
    expect(problems(read, 'azure-devops')).toEqual([
      expect.stringContaining('The variable AWS_ENDPOINT_URL_STS'),
    ]);
  });
});
