import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { childEnv } from './child-env.ts';

// Debian's package (bookworm: 2.45): docs/development.md says how it reaches the fakes.
const debianAz = '/usr/bin/az';

/**
 * The path of Debian's Azure CLI, installed with apt-get on first use when running as root (a cold
 * install takes a minute or two). Without it and without root: undefined, with the reason, so that
 * the few tests that need the real `az` are skipped by name and say why.
 */
export function ensureAzureCli(): { az: string } | { az: undefined; reason: string } {
  if (existsSync(debianAz)) return { az: debianAz };
  if (process.getuid?.() !== 0) {
    return {
      az: undefined,
      reason: `${debianAz} is missing and only root can install it (apt-get install azure-cli)`,
    };
  }
  try {
    const apt = (...args: string[]) =>
      execFileSync('apt-get', ['-qq', '-o', 'DPkg::Lock::Timeout=600', ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: childEnv({ ...process.env, DEBIAN_FRONTEND: 'noninteractive' }),
        timeout: 15 * 60 * 1000,
      });
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'azure-cli');
  } catch (error) {
    // A concurrent test worker may have installed it while this one waited for the apt lock.
    if (existsSync(debianAz)) return { az: debianAz };
    const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim();
    throw new Error(`could not install Debian's azure-cli with apt-get: ${stderr || String(error)}`, {
      cause: error,
    });
  }
  if (!existsSync(debianAz)) throw new Error(`apt-get installed azure-cli but ${debianAz} does not exist`);
  return { az: debianAz };
}
