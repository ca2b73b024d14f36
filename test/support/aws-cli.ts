import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { childEnv } from './child-env.ts';

// Debian's package (bookworm: 2.9.19), preferred to whichever `aws` is first on PATH: a pyenv shim
// for aws-cli 1.x may shadow it (docs/development.md, "Real clients against the fakes").
const debianAws = '/usr/bin/aws';

export type AwsCliChoice = { use: string } | { install: true } | { fail: string };

/**
 * Which AWS CLI the tests run: Debian's where it is installed; else, as root, install it (apt-get);
 * else the `aws` on PATH (any AWS CLI honours --endpoint-url and credential_process); else fail,
 * saying how to get one.
 */
export function chooseAwsCli(machine: {
  debianAws: boolean;
  root: boolean;
  onPath: string | undefined;
}): AwsCliChoice {
  if (machine.debianAws) return { use: debianAws };
  if (machine.root) return { install: true };
  if (machine.onPath) return { use: machine.onPath };
  return {
    fail: `no AWS CLI: ${debianAws} is missing, none is on PATH, and only root can install it (apt-get install awscli)`,
  };
}

/** The first `aws` on PATH, if any. */
function awsOnPath(): string | undefined {
  try {
    return execFileSync('which', ['aws'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path of the AWS CLI the tests use; Debian's is installed with apt-get on first use as root
 * (a cold install takes about a minute). Later calls only check that the file exists.
 */
export function ensureAwsCli(): string {
  const choice = chooseAwsCli({
    debianAws: existsSync(debianAws),
    root: process.getuid?.() === 0,
    onPath: existsSync(debianAws) ? undefined : awsOnPath(),
  });
  if ('use' in choice) return choice.use;
  if ('fail' in choice) throw new Error(choice.fail);
  try {
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'awscli');
  } catch (error) {
    // A concurrent test worker may have installed it while this one waited for the apt lock.
    if (existsSync(debianAws)) return debianAws;
    const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim();
    throw new Error(`could not install Debian's awscli with apt-get: ${stderr || String(error)}`, {
      cause: error,
    });
  }
  if (!existsSync(debianAws)) throw new Error(`apt-get installed awscli but ${debianAws} does not exist`);
  return debianAws;
}

function apt(...args: string[]): void {
  execFileSync('apt-get', ['-qq', '-o', 'DPkg::Lock::Timeout=600', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: childEnv({ ...process.env, DEBIAN_FRONTEND: 'noninteractive' }),
    timeout: 15 * 60 * 1000,
  });
}
