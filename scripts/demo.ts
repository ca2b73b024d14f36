/**
 * `npm run demo`: the bundled action (dist/), started exactly as a GitHub runner starts it,
 * against the loopback fake cloud, for Azure, AWS and Databricks in one step; then what a later step receives, a later step using it, and
 * the post step cleaning up. Secrets are shown as the runner shows them: `***`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeCloud, ids } from '../test/fakes/cloud.ts';
import { ensureTestCa } from '../test/fakes/tls.ts';
import { newJob, repoRoot, runAction, runPost, spawnNode } from '../test/support/run-action.ts';
import { removeTempFolders } from '../test/support/temp-folders.ts';
import { roleArn, sp, subject, trustEveryTarget } from '../test/support/trust.ts';

const ca = ensureTestCa();
process.env['NODE_EXTRA_CA_CERTS'] = ca.caCertFile; // the action trusts the fake cloud's test CA

const cloud = await startFakeCloud();
trustEveryTarget(cloud); // an Entra federated credential, an IAM role, a Databricks federation policy

const inputs = {
  'azure-client-id': ids.clientId,
  'azure-tenant-id': ids.tenantId,
  'azure-subscription-id': ids.subscriptionId,
  'azure-scopes': 'arm, keyvault',
  'aws-role-arn': roleArn,
  'aws-region': 'eu-west-1',
  'databricks-host': cloud.databricks.workspaceHost,
  'databricks-client-id': sp,
  subject,
  // The fake cloud stands in for token.actions.githubusercontent.com and login.microsoftonline.com:
  issuer: cloud.issuer.issuer,
  'azure-authority-host': cloud.entra.authorityHost,
  'aws-sts-endpoint': cloud.sts.endpoint,
};

const masks: string[] = [];
const mask = (text: string): string => masks.reduce((t, m) => t.split(m).join('***'), text);
const heading = (text: string): void => console.log(`\n\x1b[1m${text}\x1b[0m`);

try {
  heading('The workflow step');
  console.log('  - uses: OWNER/oidc-exchange@v1\n    with:');
  for (const [name, value] of Object.entries(inputs)) console.log(`      ${name}: ${value}`);

  const job = newJob();
  const main = await runAction({
    job,
    inputs,
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: cloud.github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: cloud.github.requestToken,
    },
  });
  heading(`Step log (node dist/main/index.js, exit code ${main.exitCode}), as the runner shows it`);
  for (const line of main.stdout.split('\n')) {
    const maskLine = /^::add-mask::(.*)$/.exec(line);
    if (maskLine?.[1]) masks.push(maskLine[1]);
    else if (line) console.log(`  ${mask(line)}`);
  }
  if (main.stderr) console.log(mask(main.stderr));
  if (main.exitCode !== 0) throw new Error('the action failed');

  heading('What later steps receive: environment variables (GITHUB_ENV)');
  for (const [name, value] of main.env) console.log(`  ${name}=${mask(value)}`);
  heading('… and step outputs (steps.<id>.outputs)');
  for (const [name, value] of main.outputs) console.log(`  ${name}=${mask(value)}`);

  heading(
    'A later step: an Azure SDK app (WorkloadIdentityCredential) gets its own ARM token from those variables',
  );
  const later = await spawnNode(
    process.execPath,
    [join(repoRoot, 'test', 'support', 'later-step-azure.ts')],
    {
      PATH: process.env['PATH'],
      NODE_EXTRA_CA_CERTS: ca.caCertFile,
      ...Object.fromEntries(main.env),
    },
  );
  const claims = JSON.parse(later.stdout) as Record<string, unknown>;
  console.log(
    `  access token for ${String(claims['aud'])}, app ${String(claims['appid'])}, tenant ${String(claims['tid'])}`,
  );

  heading(
    'Another later step: the Databricks SDK, configured only from the environment (tokens renewed by the refresher)',
  );
  const databricks = await spawnNode(
    process.execPath,
    [join(repoRoot, 'test', 'support', 'later-step-databricks.ts')],
    {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NODE_EXTRA_CA_CERTS: ca.caCertFile,
      ...Object.fromEntries(main.env),
    },
  );
  console.log(
    `  the workspace says the caller is ${databricks.stdout.trim() || databricks.stderr.trim().split('\n').at(-1)}`,
  );

  const post = await runPost(main);
  if (!post) throw new Error('the post step did not run (post-if)');
  heading(`Post step (node dist/post/index.js, exit code ${post.exitCode})`);
  for (const line of post.stdout.trim().split('\n')) console.log(`  ${line}`);
  console.log(`  files left in RUNNER_TEMP: ${readdirSync(job.runnerTemp).length}`);
} finally {
  await cloud.close();
  removeTempFolders(); // the job's folder: the demo leaves nothing behind
}
