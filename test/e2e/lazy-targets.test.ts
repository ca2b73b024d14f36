/**
 * Every pipeline run pays only for the targets it uses: each target's SDK is its own chunk of the
 * bundle, loaded with import() when that target is asked for. Proved by running a copy of dist/
 * from which the other targets' chunks were deleted.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCloud, type FakeCloud } from '../fakes/cloud.ts';
import { newJob, repoRoot, runAction } from '../support/run-action.ts';
import { inputsFor, tokenRequestEnv } from '../support/target-inputs.ts';
import { trustEveryTarget } from '../support/trust.ts';

let cloud: FakeCloud;
beforeAll(async () => {
  cloud = await startFakeCloud();
  trustEveryTarget(cloud);
});
afterAll(async () => {
  await cloud.close();
});

/**
 * A step run from a copy of the action whose dist/main lacks the chunks containing `marker`
 * (the harness makes the copy, and removes it with the job); `removed` lists them once it ran.
 */
function withoutChunks(marker: string): { prepareCopy: (actionDir: string) => void; removed: string[] } {
  const removed: string[] = [];
  const prepareCopy = (actionDir: string) => {
    const main = join(actionDir, 'dist', 'main');
    for (const f of readdirSync(main)) {
      if (/^\d+\.index\.js$/.test(f) && readFileSync(join(main, f), 'utf8').includes(marker)) {
        rmSync(join(main, f));
        removed.push(f);
      }
    }
    // The entry itself must not carry the code, or deleting chunks would prove nothing.
    if (readFileSync(join(main, 'index.js'), 'utf8').includes(marker))
      throw new Error(`${marker} is bundled eagerly`);
  };
  return { prepareCopy, removed };
}

/**
 * Node's built-in modules the action's main entry loaded, read as its process exits (a preload
 * given by NODE_OPTIONS writes them into the job's folder; the refresher, if any, is left out).
 */
async function builtinsLoaded(inputs: Record<string, string>): Promise<string[]> {
  const job = newJob();
  const list = join(job.dir, 'modules.json');
  const preload = join(job.dir, 'modules.mjs');
  writeFileSync(
    preload,
    `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.argv[1]?.endsWith(${JSON.stringify(join('main', 'index.js'))}))
    writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList));
});
`,
  );
  const run = await runAction({
    job,
    inputs: { ...inputs, issuer: cloud.issuer.issuer },
    env: { ...tokenRequestEnv(cloud), NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` },
  });
  expect(run.stdout).not.toContain('::error::');
  expect(run.exitCode).toBe(0);
  return (JSON.parse(readFileSync(list, 'utf8')) as string[]).map((m) => m.replace(/^NativeModule /, ''));
}

describe('lazy built-in modules', () => {
  // Each costs start-up time in every pipeline run (docs/development.md).
  it('a step that starts no process never loads node:child_process; one that starts the refresher does', async () => {
    const off = await builtinsLoaded({ ...inputsFor(cloud, 'azure', 'aws'), refresh: 'false' });
    expect(off).toContain('https'); // the list is the step's own
    expect(off).not.toContain('child_process');
    const on = await builtinsLoaded(inputsFor(cloud, 'aws'));
    expect(on).toContain('child_process');
  });

  it('no step loads undici (what fetch and Headers would pull in)', async () => {
    const modules = await builtinsLoaded(inputsFor(cloud, 'azure', 'aws', 'databricks'));
    expect(modules.filter((m) => m.includes('undici'))).toEqual([]);
  });
});

describe('lazy targets', () => {
  it('the Google Cloud exchange is a chunk of its own, which other targets never load', async () => {
    const { prepareCopy, removed } = withoutChunks('token-type:access_token');
    const run = await runAction({
      prepareCopy,
      inputs: {
        ...inputsFor(cloud, 'aws'),
        issuer: cloud.issuer.issuer,
      },
      env: tokenRequestEnv(cloud),
    });
    expect(removed.length).toBe(1);
    expect(run.exitCode).toBe(0);
    expect(removed.length).toBe(1);
  });

  it('the AWS path never loads @azure/identity', async () => {
    const { prepareCopy, removed } = withoutChunks('ClientAssertionCredential');
    const run = await runAction({
      prepareCopy,
      inputs: {
        ...inputsFor(cloud, 'aws'),
        issuer: cloud.issuer.issuer,
      },
      env: tokenRequestEnv(cloud),
    });
    expect(removed.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
  });

  it('only the VM managed identity needs @azure/identity: all three targets run without it', async () => {
    const { prepareCopy, removed } = withoutChunks('ClientAssertionCredential');
    const run = await runAction({
      prepareCopy,
      inputs: {
        ...inputsFor(cloud, 'azure', 'aws', 'databricks'),
        issuer: cloud.issuer.issuer,
        // Static keys in the environment, the variables this test reads (no refresher to start).
        refresh: 'false',
      },
      env: tokenRequestEnv(cloud),
    });
    expect(removed.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.get('azure-access-token')).toBeTruthy();
    expect(run.outputs.get('databricks-token')).toBeTruthy();
    expect(run.env.get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
  });

  it('no bundle carries the AWS SDK: STS is one form POST over our own client; only the role chain’s signer is @smithy', () => {
    for (const dir of ['main', 'cli']) {
      for (const file of readdirSync(join(repoRoot, 'dist', dir)).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(join(repoRoot, 'dist', dir, file), 'utf8');
        expect(code, `dist/${dir}/${file}`).not.toContain('@aws-sdk/client-');
        expect(code, `dist/${dir}/${file}`).not.toContain('AssumeRoleWithWebIdentityCommand');
        // @smithy/signature-v4 signs `aws-role-chain`'s AssumeRole calls, in chunks of its own.
        if (file === 'index.js' || code.includes('PolicyArns.member.'))
          expect(code, `dist/${dir}/${file}`).not.toContain('@smithy/');
      }
    }
  });

  it('an AWS step without a role chain never loads the SigV4 signer', async () => {
    const { prepareCopy, removed } = withoutChunks('@smithy/');
    const run = await runAction({
      prepareCopy,
      inputs: {
        refresh: 'false',
        ...inputsFor(cloud, 'aws'),
        issuer: cloud.issuer.issuer,
      },
      env: tokenRequestEnv(cloud),
    });
    expect(removed.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('::error::');
    expect(run.env.get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
  });

  it('the Azure path never loads the AWS exchange', async () => {
    const { prepareCopy, removed } = withoutChunks('PolicyArns.member.');
    const run = await runAction({
      prepareCopy,
      inputs: {
        ...inputsFor(cloud, 'azure'),
        issuer: cloud.issuer.issuer,
      },
      env: tokenRequestEnv(cloud),
    });
    expect(removed.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
  });
});
