/**
 * `npm run demo`: the bundled action (dist/), started exactly as a GitHub runner starts it, against
 * the loopback fake cloud: first a step for one target (AWS), then one step for Azure, AWS and
 * Databricks together, what later steps receive, later steps using it, and the post step cleaning
 * up. Secrets are shown as the runner shows them: `***`. It leaves nothing in the temp folder.
 */
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeCloud, ids, type FakeCloud } from '../test/fakes/cloud.ts';
import { ensureTestCa } from '../test/fakes/tls.ts';
import { ACTION_COPY_VARIABLE, actionRoot } from '../test/support/action-copy.ts';
import { newJob, repoRoot, runAction, runPost, spawnNode } from '../test/support/run-action.ts';
import { removeTempFolders } from '../test/support/temp-folders.ts';
import { roleArn, sp, subject, trustEveryTarget } from '../test/support/trust.ts';
import { heading, masker, note, printStep } from './demo-output.ts';

const ca = ensureTestCa();
process.env['NODE_EXTRA_CA_CERTS'] = ca.caCertFile; // the action trusts the fake cloud's test CA
const tempBefore = new Set(readdirSync(tmpdir()));
const cloud = await startFakeCloud();
trustEveryTarget(cloud); // an Entra federated credential, an IAM role, a Databricks federation policy
const jobs: string[] = [];

/** Inputs a real workflow leaves out (or sets to a real host): they point the step at the fake cloud. */
function fakeOnly(c: FakeCloud): Record<string, string> {
  return {
    issuer: 'the fake issuer; the default is https://token.actions.githubusercontent.com',
    'azure-authority-host': 'the fake Entra; the default is https://login.microsoftonline.com',
    'aws-sts-endpoint': 'the fake STS; the default is https://sts.eu-west-1.amazonaws.com',
    'databricks-host': `the fake workspace (${c.databricks.workspaceHost}); yours is https://<workspace>.cloud.databricks.com`,
  };
}

/** Runs one step (main, then later steps, then post) and prints it all. */
async function step(title: string, inputs: Record<string, string>, later: boolean): Promise<void> {
  heading(`${title}: the workflow step`);
  printStep(inputs, fakeOnly(cloud));
  const job = newJob();
  jobs.push(job.dir);
  const main = await runAction({
    job,
    inputs,
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
    },
  });
  const { add, mask } = masker();
  heading(
    `${title}: the step log (node dist/main/index.js, exit code ${main.exitCode}), as the runner shows it`,
  );
  for (const line of main.stdout.split('\n')) if (!add(line) && line) note(mask(line));
  if (main.stderr) note(mask(main.stderr));
  if (main.exitCode !== 0) throw new Error('the action failed');
  heading(`${title}: what later steps receive, as environment variables (GITHUB_ENV)`);
  for (const [name, value] of main.env) note(`${name}=${mask(value)}`);
  heading(`${title}: … and as step outputs (steps.<id>.outputs)`);
  for (const [name, value] of main.outputs) note(`${name}=${mask(value)}`);
  if (later) await laterSteps(new Map(main.env));
  const post = await runPost(main);
  if (!post) throw new Error('the post step did not run (post-if)');
  heading(`${title}: the post step (node dist/post/index.js, exit code ${post.exitCode})`);
  note(post.stdout.trim());
  note(`files left in RUNNER_TEMP: ${readdirSync(job.runnerTemp).length}`);
}

async function laterSteps(env: Map<string, string>): Promise<void> {
  const base = { PATH: process.env['PATH'], HOME: process.env['HOME'], NODE_EXTRA_CA_CERTS: ca.caCertFile };
  heading(
    'A later step: an Azure SDK app (WorkloadIdentityCredential) gets its own ARM token from those variables',
  );
  const azure = await spawnNode(
    process.execPath,
    [join(repoRoot, 'test', 'support', 'later-step-azure.ts')],
    {
      ...base,
      ...Object.fromEntries(env),
    },
  );
  const claims = JSON.parse(azure.stdout) as Record<string, unknown>;
  note(
    `access token for ${String(claims['aud'])}, app ${String(claims['appid'])}, tenant ${String(claims['tid'])}`,
  );
  heading('Another later step: the Databricks SDK, configured only from the environment');
  const databricks = await spawnNode(
    process.execPath,
    [join(repoRoot, 'test', 'support', 'later-step-databricks.ts')],
    { ...base, ...Object.fromEntries(env) },
  );
  note(
    `the workspace says the caller is ${databricks.stdout.trim() || databricks.stderr.trim().split('\n').at(-1)}`,
  );
}

try {
  heading('The fake cloud');
  note(`An OIDC issuer, GitHub's ID-token endpoint, Entra ID, AWS STS and a Databricks workspace on
127.0.0.1, over HTTPS with a test CA made for this checkout. The inputs marked "demo only" below
point the step at it; a real workflow leaves them out (or names its real workspace).`);
  await step(
    'One target (AWS)',
    {
      'aws-role-arn': roleArn,
      'aws-region': 'eu-west-1',
      subject,
      issuer: cloud.issuer.issuer,
      'aws-sts-endpoint': cloud.sts.endpoint,
    },
    false,
  );
  await step(
    'Three targets in one step',
    {
      'azure-client-id': ids.clientId,
      'azure-tenant-id': ids.tenantId,
      'azure-subscription-id': ids.subscriptionId,
      'azure-scopes': 'arm, keyvault',
      'aws-role-arn': roleArn,
      'aws-region': 'eu-west-1',
      'databricks-host': cloud.databricks.workspaceHost,
      'databricks-client-id': sp,
      subject,
      issuer: cloud.issuer.issuer,
      'azure-authority-host': cloud.entra.authorityHost,
      'aws-sts-endpoint': cloud.sts.endpoint,
    },
    true,
  );
  heading('About the expiry times');
  note(`The fake GitHub issues ID tokens that live 5 minutes, as GitHub's do, so the federated token
file and the Databricks token (whose life comes from the ID token's) say they expire within
minutes; Entra access tokens and the STS session last an hour. Later steps are not limited by
that: with \`refresh\` (the default) the refresher rewrites the token file and its AWS and
Databricks endpoints hand out renewed credentials, for the whole job (docs/long-running-jobs.md).`);
} finally {
  await cloud.close();
  for (const dir of jobs) rmSync(dir, { recursive: true, force: true });
  removeTempFolders(); // the harness's own folders (the job's workspace)
  // The copy of the action the steps ran from, as a runner downloads it (otherwise removed at exit).
  if (!process.env[ACTION_COPY_VARIABLE]) rmSync(join(actionRoot(), '..'), { recursive: true, force: true });
  const left = readdirSync(tmpdir()).filter(
    (name) => !tempBefore.has(name) && name.startsWith('oidc-exchange'),
  );
  console.log();
  note(`left in ${tmpdir()} by the demo: ${left.length ? left.join(', ') : 'nothing'}`);
}
