/**
 * The real client that stands for a documentation example's later step, by the tool it names
 * (test/e2e/readme-examples.test.ts says which stands for which).
 */
import { expect } from 'vitest';
import type { FakeCloud } from '../fakes/cloud.ts';
import type { Identity } from './doc-example-trust.ts';
import { uniqueIdOf } from '../fakes/google-id-token.ts';
import { CALL_WITH_ID_TOKEN_FILE, startCloudRun } from './cloud-run-stand-in.ts';
import { awsCli, azureSdk, databricksSdk, googleSdk } from './later-steps.ts';
import { spawnNode } from './run-action.ts';

export type Later = (env: Record<string, string | undefined>, who: Identity) => Promise<void>;

/** The real client that stands for a later step's command, by the tool it names. */
export function laterClients(cloud: FakeCloud, command: string): Array<[string, Later]> {
  const clients: Array<[string, Later]> = [];
  // `aws --profile <name> …` (also named in a comment on a script, as `./deploy.sh # … aws
  // --profile prod …`: the script stands for those commands) runs once per profile it names.
  const profiles = [...command.matchAll(/\baws\s+--profile\s+([\w-]+)/g)].map((m) => m[1] ?? '');
  if (profiles.length > 0) {
    for (const profile of profiles) {
      clients.push([
        `AWS CLI --profile ${profile}`,
        async (env, who) => {
          const roleArn = who.awsProfiles?.get(profile) ?? '';
          expect(roleArn, `no step adds the profile ${profile}`).not.toBe('');
          const args = ['sts', 'get-caller-identity', '--profile', profile, '--output', 'json'];
          const cli = await awsCli([...args, '--endpoint-url', cloud.sts.endpoint], env);
          expect(cli.stderr).toBe('');
          expect(JSON.parse(cli.stdout)).toMatchObject({
            Account: roleArn.split(':')[4],
            Arn: expect.stringContaining(`:assumed-role/${roleArn.split('/').at(-1) ?? ''}/`) as string,
          });
        },
      ]);
    }
  } else if (/\baws\s/.test(command)) {
    clients.push([
      'AWS CLI',
      async (env, who) => {
        const args = ['sts', 'get-caller-identity', '--output', 'json', '--endpoint-url', cloud.sts.endpoint];
        const cli = await awsCli(args, env);
        expect(cli.stderr).toBe('');
        const role = (who.roleArn ?? '').split('/').at(-1) ?? '';
        expect((JSON.parse(cli.stdout) as { Arn: string }).Arn).toContain(`:assumed-role/${role}/`);
      },
    ]);
  }
  if (/\bgcloud\s/.test(command)) {
    clients.push([
      'google-auth-library',
      async (env, who) => {
        const later = await googleSdk(env, cloud.google.url);
        // GOOGLE_CLOUD_PROJECT is the service account's project: the example's own.
        const project = /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(who.gcpServiceAccount ?? '')?.[1];
        expect(later).toMatchObject({ projectId: project });
        expect(cloud.google.resourceCalls.at(-1)).toMatchObject({ serviceAccount: who.gcpServiceAccount });
      },
    ]);
  }
  const service = /\$GCP_ID_TOKEN_FILE.*?(https:\/\/\S+?)\/?(?:\s|$)/.exec(command)?.[1];
  if (service) {
    // The service's URL is not reachable: a stand-in for it checks the token as Cloud Run does.
    clients.push([
      'Cloud Run stand-in (curl with GCP_ID_TOKEN_FILE)',
      async (env, who) => {
        const cloudRun = await startCloudRun(cloud.google.jwksUrl, service);
        try {
          const later = await spawnNode(process.execPath, ['-e', CALL_WITH_ID_TOKEN_FILE], {
            ...env,
            CLOUD_RUN_URL: cloudRun.url,
          });
          expect(later.stdout).toBe('200');
          expect(cloudRun.calls.at(-1)?.claims?.sub).toBe(uniqueIdOf(who.gcpServiceAccount ?? ''));
        } finally {
          await cloudRun.close();
        }
      },
    ]);
  }
  if (/\baz\s|\bpython\s|\bterraform\s/.test(command)) {
    clients.push([
      'Azure SDK (WorkloadIdentityCredential)',
      async (env, who) =>
        expect(await azureSdk(env)).toMatchObject({ appid: who.clientId, tid: who.tenantId }),
    ]);
  }
  if (/\bdatabricks\s/.test(command)) {
    clients.push([
      'Databricks SDK',
      async (env, who) =>
        expect(await databricksSdk(env)).toMatchObject({ userName: who.databricksClientId }),
    ]);
  }
  if (clients.length === 0)
    throw new Error(`no client stands for the later step \`${command}\`: mark the example illustrative`);
  return clients;
}
