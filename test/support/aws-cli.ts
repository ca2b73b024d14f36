import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's package (bookworm: 2.9.19), not whichever `aws` is first on PATH: a pyenv shim for
// aws-cli 1.x may shadow it (TOOLCHAIN.md, "Fakes that work with the real client libraries").
const debianAws = '/usr/bin/aws';

/**
 * The path of Debian's AWS CLI v2, installed with apt-get on first use (needs root and the Debian
 * mirror; a cold install takes about a minute). Later calls only check that the file exists.
 */
export function ensureAwsCli(): string {
  if (existsSync(debianAws)) return debianAws;
  if (process.getuid?.() !== 0) {
    throw new Error(`${debianAws} is missing and only root can install it: run apt-get install awscli`);
  }
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
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 15 * 60 * 1000,
  });
}
