/**
 * `aws-role-chain`: the emitted trust gives each hop's role a policy that trusts the role before it
 * (with `sts:ExternalId` when the hop has one). Loaded into the fake STS, this job's token reaches
 * the last role through the chain; a chain that skips a hop, or a wrong external id, is refused.
 * Roles named alike in several accounts get distinct Terraform labels.
 */
import { describe, expect, it } from 'vitest';
import { loadShell, loadTerraform, parseTerraform, type TrustTargets } from '../support/trust-code.ts';
import { job, trustHarness } from '../support/trust-harness.ts';

const h = trustHarness();
const { accepts, audienceOf, emitted, githubToken, targets, ACCOUNT } = h;

const EXTERNAL_ID = 'chain-secret-1';
const hop = (name: string) => `arn:aws:iam::${ACCOUNT}:role/ci/${name}`;
const chain = `${hop('hop-one')}\n${hop('hop-two')} external-id=${EXTERNAL_ID}`;

const forms: Array<[string, (code: { terraform: string; shell: string }, t: TrustTargets) => Promise<void>]> =
  [
    [
      'Terraform',
      (code, t) =>
        loadTerraform(h.cloud, code.terraform, {
          ...t,
          variables: { aws_role_chain_external_id_2: EXTERNAL_ID },
        }),
    ],
    [
      'shell commands',
      // The commands carry a placeholder for the external id (a secret, never printed): replaced as a user would.
      (code, t) =>
        Promise.resolve(
          void loadShell(h.cloud, code.shell.split('<the external-id of hop 2>').join(EXTERNAL_ID), t),
        ),
    ],
  ];

describe.each(forms)('aws-role-chain (%s)', (_, load) => {
  it('each hop trusts the role before it: the token reaches the last role; a skipped hop or a wrong external id is refused', async () => {
    const mine = job({ environment: 'production' });
    const code = await emitted({ 'aws-role-chain': chain }, (a) => githubToken(mine, a));
    expect(code.terraform).not.toContain(EXTERNAL_ID);
    expect(code.shell).not.toContain(EXTERNAL_ID);
    // The commands say which account each hop's command runs in, and what to replace.
    expect(code.shell).toContain(
      `# aws-role-chain: ${hop('hop-two')} trusts ${hop('hop-one')} (run with credentials of account ${ACCOUNT}; replace <the external-id of hop 2>).`,
    );
    await load(code, targets());
    const token = await githubToken(mine, audienceOf('aws'));
    expect(await accepts('aws', token, { 'aws-role-chain': chain })).toBe(true);
    const skipping = `${hop('hop-two')} external-id=${EXTERNAL_ID}`;
    expect(await accepts('aws', token, { 'aws-role-chain': skipping })).toBe(false);
    const wrongId = `${hop('hop-one')}\n${hop('hop-two')} external-id=another-secret`;
    expect(await accepts('aws', token, { 'aws-role-chain': wrongId })).toBe(false);
  });
});

describe('aws-role-chain, roles named alike', () => {
  it('each role is its own Terraform resource', async () => {
    const alike = ['210987654321', '333333333333']
      .map((a) => `arn:aws:iam::${a}:role/ci/trust-code`)
      .join('\n');
    const code = await emitted({ 'aws-role-chain': alike }, (a) => githubToken(job({}), a));
    // HCL parses a repeated label into one key with several blocks; Terraform refuses the file.
    const tf = (await parseTerraform(code.terraform)) as {
      resource: Record<string, Record<string, unknown[]>>;
    };
    const roles = tf.resource['aws_iam_role'] ?? {};
    expect(Object.keys(roles)).toHaveLength(3);
    for (const blocks of Object.values(roles)) expect(blocks).toHaveLength(1);
  });
});
