/**
 * Every process the tests start keeps the run's private temp folder (test/support/child-env.ts):
 * a child started with an environment of the test's own making but without TMPDIR writes its
 * `oidc-exchange-*` folders, token files included, to the system's /tmp. test/global-setup.ts
 * catches that after the fact; this finds the call that would do it, before it runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { childEnv } from '../support/child-env.ts';
import { repoRoot } from '../support/action-manifest.ts';

const STARTERS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'bench' ? [] : testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isChildEnvCall = (node: ts.Node): boolean =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'childEnv';

/** Each `env` a child_process call is given that does not come from childEnv(), as `file:line`. */
function unguardedEnvs(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const starters = new Set<string>();
  const guarded = new Set<string>(); // variables initialised with childEnv(…)
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const collect = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) &&
      /^(node:)?child_process$/.test((node.moduleSpecifier as ts.StringLiteral).text)
    )
      node.importClause?.namedBindings?.forEachChild((spec) => {
        if (ts.isImportSpecifier(spec) && STARTERS.has((spec.propertyName ?? spec.name).text))
          starters.add(spec.name.text);
      });
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (isChildEnvCall(init)) guarded.add(node.name.text);
      // const run = promisify(execFile): a starter under another name.
      if (ts.isCallExpression(init) && init.arguments.some((a) => ts.isIdentifier(a) && starters.has(a.text)))
        starters.add(node.name.text);
    }
    node.forEachChild(collect);
  };
  const check = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && starters.has(node.expression.text)) {
      for (const arg of node.arguments) {
        if (!ts.isObjectLiteralExpression(arg)) continue;
        for (const property of arg.properties) {
          if (property.name?.getText(source) !== 'env') continue;
          const value = ts.isPropertyAssignment(property)
            ? property.initializer
            : ts.isShorthandPropertyAssignment(property)
              ? property.name
              : undefined;
          const ok =
            value !== undefined &&
            (isChildEnvCall(value) || (ts.isIdentifier(value) && guarded.has(value.text)));
          if (!ok) found.push(where(property));
        }
      }
    }
    node.forEachChild(check);
  };
  collect(source);
  check(source);
  return found;
}

describe('the processes the tests start', () => {
  it('all get their environment from childEnv (the run’s TMPDIR kept)', () => {
    const files = testFiles(join(repoRoot, 'test'));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => unguardedEnvs(file))).toEqual([]);
  });

  it('the check itself finds a call that builds its own environment', () => {
    const sample = [
      "import { execFile as run, spawn } from 'node:child_process';",
      "import { promisify } from 'node:util';",
      'const later = promisify(run);',
      "const env = childEnv({ PATH: '/bin' });",
      "spawn('node', [], { env: { PATH: '/bin' } });",
      "void later('aws', [], { env: process.env, timeout: 1 });",
      "spawn('node', [], { env });",
      "run('node', [], { env: childEnv({}) }, () => undefined);",
      "spawn('node', [], { cwd: '/' });",
    ].join('\n');
    expect(unguardedEnvs(join(repoRoot, 'test', 'sample.ts'), sample)).toEqual([
      'test/sample.ts:5',
      'test/sample.ts:6',
    ]);
  });

  it('childEnv keeps the run’s temp folder, whatever the test gives', () => {
    const env = childEnv({ PATH: '/bin', HOME: undefined });
    expect(env).toEqual({ PATH: '/bin', TMPDIR: tmpdir(), TMP: tmpdir(), TEMP: tmpdir() });
    expect(childEnv({ TMPDIR: join(tmpdir(), 'job') })['TMPDIR']).toBe(join(tmpdir(), 'job'));
    expect(() => childEnv({ TMPDIR: '/somewhere/else' })).toThrow(/outside the run's temp folder/);
  });
});
