/**
 * Every CI recipe of docs/other-ci.md, as written there (test/support/ci-recipes.ts reads them
 * from the page), through the packed and installed command line: each CI's token, in its
 * variable, file or tool, signed by a fake issuer of that CI's form (`https://localhost:PORT/<the
 * issuer's path>`), exchanged at the fake STS, `eval`ed by the shell the CI runs, and used by the
 * real AWS CLI as the recipe's later command. The harness changes only where things are: the
 * issuer's URL, the STS endpoint (`--aws-sts-endpoint`, and an `aws` that adds `--endpoint-url`),
 * the path a pod mounts its token at, and the install line (the package is installed once here;
 * the line must name this version).
 */
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeCloud } from '../fakes/cloud.ts';
import type { FakeRoleInput } from '../fakes/sts.ts';
import { startOidcIssuer, type FakeIssuer } from '../fakes/oidc-issuer.ts';
import { ensureAwsCli } from '../support/aws-cli.ts';
import { ciRecipes, exchangeOptions, type CiRecipe } from '../support/ci-recipes.ts';
import { runProcess } from '../support/cli-run.ts';
import { fakeCloudPerFile } from '../support/fake-cloud-per-file.ts';
import { packAndInstall, type PackedCli } from '../support/packed-cli.ts';
import { repoRoot } from '../support/action-manifest.ts';
import { tempFolder } from '../support/temp-folders.ts';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;
const recipes = ciRecipes();
const issuers = new Map<CiRecipe, FakeIssuer>();
let cloud: FakeCloud;
let cli: PackedCli;
let shims: string;

fakeCloudPerFile((started) => (cloud = started));

/** The concrete subject a job of that CI would have: the recipe's pattern with `*` filled in. */
const subjectOf = (recipe: CiRecipe) => exchangeOptions(recipe.script).subject.replace(/\*/g, 'c0ffee42');

beforeAll(async () => {
  cli = await packAndInstall();
  shims = tempFolder('cli-recipes-bin-');
  // The later command's AWS CLI, sent to the fake STS as every recipe's `aws` would be to AWS's.
  writeFileSync(
    join(shims, 'aws'),
    `#!/bin/sh\nexec '${ensureAwsCli()}' --endpoint-url '${cloud.sts.endpoint}' "$@"\n`,
  );
  chmodSync(join(shims, 'aws'), 0o755);
  const statements: FakeRoleInput['trustPolicy']['Statement'] = [];
  for (const recipe of recipes) {
    const { issuer, roleArn } = exchangeOptions(recipe.script);
    const fake = await startOidcIssuer({ path: new URL(issuer).pathname });
    issuers.set(recipe, fake);
    const host = fake.issuer.replace('https://', '');
    cloud.sts.addOidcProvider({
      accountId: roleArn.split(':')[4] ?? '',
      url: fake.issuer,
      clientIds: [recipe.audience],
    });
    statements.push({
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::${roleArn.split(':')[4] ?? ''}:oidc-provider/${host}` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { [`${host}:sub`]: subjectOf(recipe), [`${host}:aud`]: recipe.audience } },
    });
  }
  cloud.sts.addRole({
    arn: exchangeOptions(recipes[0]?.script ?? '').roleArn,
    trustPolicy: { Statement: statements },
  });
  return async () => {
    await Promise.all([...issuers.values()].map((i) => i.close()));
  };
}, 180_000);

describe('the CI recipes of docs/other-ci.md', () => {
  it('installed: a forgotten subcommand inside `eval` runs nothing and says so on stderr (exit 2)', async () => {
    const script = `eval "$(oidc-exchange --token-env X)"; echo "after eval: $?"`;
    const run = await runProcess('bash', ['--norc', '--noprofile', '-c', script], {
      PATH: `${cli.binDir}:${join(process.execPath, '..')}:/usr/bin:/bin`,
    });
    expect(run.stdout).toBe('after eval: 0\n');
    expect(run.stderr).toBe(
      'oidc-exchange: no command: give one of exchange, explain, trust, credential-process. See oidc-exchange --help.\n',
    );
    const direct = await runProcess(cli.bin, [], {});
    expect([direct.code, direct.stdout]).toEqual([2, '']);
  });

  it('are one per CI the page promises', () => {
    expect(recipes.map((r) => r.kind).sort()).toEqual([
      'bitbucket',
      'buildkite',
      'circleci',
      'gitlab',
      'jenkins',
      'kubernetes',
    ]);
  });

  it.each(recipes.map((r) => [r.title, r] as const))(
    '%s: runs as written, eval included, the AWS CLI after it',
    async (_, recipe) => {
      const fake = issuers.get(recipe) as FakeIssuer;
      const { issuer } = exchangeOptions(recipe.script);
      const now = Math.floor(Date.now() / 1000);
      const token = await fake.sign({
        iss: fake.issuer,
        aud: recipe.audience,
        sub: subjectOf(recipe),
        iat: now,
        nbf: now - 5,
        exp: now + 300,
      });
      const job = tempFolder('cli-recipe-job-');
      const env: Record<string, string | undefined> = {
        PATH: `${cli.binDir}:${shims}:${join(process.execPath, '..')}:/usr/bin:/bin`,
        HOME: job,
        TMPDIR: process.env['TMPDIR'],
        NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
        AWS_CA_BUNDLE: process.env['NODE_EXTRA_CA_CERTS'],
      };
      const install = recipe.script.split('\n').filter((l) => /npm install .*oidc-exchange/.test(l));
      expect(install.length, 'the recipe installs the command line').toBe(1);
      expect(install[0]).toMatch(
        new RegExp(
          `@oidc-exchange/cli@${version.replace(/\./g, '\\.')}\\b|oidc-exchange-cli-${version.replace(/\./g, '\\.')}\\.tgz`,
        ),
      );
      let script = recipe.script
        .split('\n')
        .filter((l) => !/npm install .*oidc-exchange/.test(l))
        .join('\n')
        .split(issuer)
        .join(fake.issuer)
        .replace(
          /oidc-exchange exchange /g,
          `oidc-exchange exchange --aws-sts-endpoint '${cloud.sts.endpoint}' `,
        );
      if ('variable' in recipe.token) env[recipe.token.variable] = token;
      if ('file' in recipe.token) {
        // The pod's mount, where the kubelet writes the token: a folder of the job here.
        const mount = recipe.token.file.slice(0, recipe.token.file.lastIndexOf('/'));
        mkdirSync(join(job, 'mount'));
        writeFileSync(join(job, 'mount', recipe.token.file.slice(mount.length + 1)), token);
        script = script.split(mount).join(join(job, 'mount'));
      }
      if ('command' in recipe.token) {
        // buildkite-agent, as the agent answers `oidc request-token --audience <aud>`.
        writeFileSync(join(job, 'token'), token);
        const agent = join(shims, 'buildkite-agent');
        writeFileSync(
          agent,
          `#!/bin/sh\n[ "$1 $2 $3 $4" = "oidc request-token --audience ${recipe.audience}" ] || exit 64\ncat '${join(job, 'token')}'\n`,
        );
        chmodSync(agent, 0o755);
        env['BUILDKITE_BUILD_CHECKOUT_PATH'] = join(job, 'checkout');
      }
      if (recipe.kind === 'gitlab') env['CI_BUILDS_DIR'] = job;
      const before = cloud.sts.issued.length;
      const run = await runProcess(recipe.shell[0] ?? 'sh', [...recipe.shell.slice(1), script], env, job);
      expect(run.stderr).not.toContain(token);
      expect(run.code, run.stderr).toBe(0);
      const identity = JSON.parse(run.stdout) as { Arn: string; Account: string };
      expect(identity.Arn).toMatch(/^arn:aws:sts::123456789012:assumed-role\/deploy\//);
      expect(cloud.sts.issued.length).toBe(before + 1);
      expect(readdirSync(job).filter((f) => f.startsWith('oidc-exchange-'))).toEqual([]);
    },
  );
});
