/**
 * Runs core modules under the system's Node 20 (the Azure DevOps Node20_1 handler), which cannot
 * strip types: src/core and src/sources are transpiled file by file (their imports already name
 * `.js` files) into a temp folder, and a driver script imports them from there.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { tempFolder } from './temp-folders.ts';
import { childEnv } from './child-env.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The first `node` on PATH (or a usual place) whose major version is 20. */
export function findNode20(): string {
  const candidates = ['/usr/bin/node', '/usr/local/bin/node', '/bin/node'];
  try {
    candidates.unshift(
      ...execFileSync('which', ['-a', 'node'], { encoding: 'utf8' }).split('\n').filter(Boolean),
    );
  } catch {
    // `which -a` finds nothing: the usual places remain.
  }
  for (const path of candidates) {
    try {
      if (execFileSync(path, ['--version'], { encoding: 'utf8' }).startsWith('v20.')) return path;
    } catch {
      // not there
    }
  }
  throw new Error('No Node 20 found (tried `which -a node`, /usr/bin/node, /usr/local/bin/node)');
}

/** Transpiles src/<dirs> into a fresh temp folder (an ES module package) and returns its path. */
export function transpileForNode20(dirs: string[] = ['core', 'sources']): string {
  const out = tempFolder('oidc-exchange-node20-');
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  for (const dir of dirs) {
    mkdirSync(join(out, dir));
    for (const file of readdirSync(join(repoRoot, 'src', dir)).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(repoRoot, 'src', dir, file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(join(out, dir, file.replace(/\.ts$/, '.js')), outputText);
    }
  }
  return out;
}

export function runNode(
  node: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ stdout: string; stderr: string; exitCode: number | null }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(node, [script, ...args], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolveRun({ stdout, stderr, exitCode }));
  });
}
