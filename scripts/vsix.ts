/**
 * Packs tasks/ into an Azure DevOps extension (.vsix) with tfx-cli, offline (shared/TOOLCHAIN.md):
 * the manifest tasks/vss-extension.json, the task folder with its task.json and committed bundle.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tfx = join(root, 'node_modules', '.bin', 'tfx');

export function extensionVersion(): string {
  const manifest = JSON.parse(readFileSync(join(root, 'tasks', 'vss-extension.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Writes the .vsix to `outputPath` (default .tmp/oidc-exchange-<version>.vsix) and returns its path. */
export function createVsix(
  outputPath = join(root, '.tmp', `oidc-exchange-${extensionVersion()}.vsix`),
): string {
  mkdirSync(dirname(outputPath), { recursive: true });
  try {
    execFileSync(
      tfx,
      [
        'extension',
        'create',
        '--root',
        join(root, 'tasks'),
        '--manifest-globs',
        'vss-extension.json',
        '--output-path',
        outputPath,
        '--no-prompt',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`tfx extension create failed:\n${String(stdout)}${String(stderr)}`, { cause: error });
  }
  return outputPath;
}
