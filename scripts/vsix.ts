/**
 * Packs tasks/ into an Azure DevOps extension (.vsix) with tfx-cli, offline (`extension create`
 * makes no request): the manifest tasks/vss-extension.json, the task folder with its task.json and
 * committed bundle. The publisher is chosen here, because an extension can only be published under
 * a Marketplace publisher its author owns.
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

/** A Marketplace publisher id: letters, digits, `-` and `_`, starting with a letter or digit. */
const PUBLISHER = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;

/**
 * Writes the .vsix to `outputPath` (default .tmp/oidc-exchange-<version>.vsix) and returns its
 * path. `publisher` replaces the manifest's placeholder publisher.
 */
export function createVsix(
  outputPath = join(root, '.tmp', `oidc-exchange-${extensionVersion()}.vsix`),
  publisher?: string,
): string {
  if (publisher !== undefined && !PUBLISHER.test(publisher))
    throw new Error(
      `--publisher: expected a Marketplace publisher id (letters, digits, '-' and '_'), but got ${JSON.stringify(publisher)}`,
    );
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
        ...(publisher === undefined ? [] : ['--publisher', publisher]),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`tfx extension create failed:\n${String(stdout)}${String(stderr)}`, { cause: error });
  }
  return outputPath;
}
