import { describe, expect, it } from 'vitest';
import { awsConfigFile } from '../../src/runtimes/refresher/step/aws-profile.js';
import { OidcExchangeError } from '../../src/core/errors.js';

describe('the AWS profile written with refresh', () => {
  it('runs the command line with every part quoted, and names the region', () => {
    const text = awsConfigFile(
      [
        '/opt/hosted tool/node',
        '/a/dist/cli/index.js',
        'credential-process',
        '--inputs-file',
        '/tmp/x y/in.json',
      ],
      'eu-west-1',
    );
    expect(text).toBe(
      '[profile oidc-exchange]\n' +
        'credential_process = "/opt/hosted tool/node" "/a/dist/cli/index.js" "credential-process" "--inputs-file" "/tmp/x y/in.json"\n' +
        'region = eu-west-1\n',
    );
  });

  it.each(['/tmp/a"b', '/tmp/$HOME', '/tmp/`id`', '/tmp/a\nb'])(
    'refuses a path a shell would read otherwise: %j',
    (path) => {
      expect(() => awsConfigFile(['node', path], 'eu-west-1')).toThrow(OidcExchangeError);
    },
  );
});
