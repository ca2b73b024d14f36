import { describe, expect, it } from 'vitest';
import { chooseAwsCli } from '../support/aws-cli.ts';

describe('the AWS CLI the suite runs', () => {
  it('is Debian’s where installed, whoever runs the suite', () => {
    expect(chooseAwsCli({ debianAws: true, root: false, onPath: '/home/ci/.local/bin/aws' })).toEqual({
      use: '/usr/bin/aws',
    });
  });

  it('is installed with apt-get only as root', () => {
    expect(chooseAwsCli({ debianAws: false, root: true, onPath: undefined })).toEqual({ install: true });
  });

  it('is the one on PATH on a machine where the suite cannot install one', () => {
    expect(chooseAwsCli({ debianAws: false, root: false, onPath: '/opt/homebrew/bin/aws' })).toEqual({
      use: '/opt/homebrew/bin/aws',
    });
  });

  it('fails, saying how to get one, where there is none', () => {
    const choice = chooseAwsCli({ debianAws: false, root: false, onPath: undefined });
    expect('fail' in choice && choice.fail).toContain('apt-get install awscli');
  });
});
