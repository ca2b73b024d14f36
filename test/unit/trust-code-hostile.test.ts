/**
 * Whatever a claim holds (quotes, `${`, `%{`, backticks, `$(`, newlines, control characters), the
 * emitted Terraform parses with HashiCorp's HCL parser into exactly that value (HCL escapes `${`
 * as `$${` and `%{` as `%%{`), comments stay comments, and the emitted shell commands call each
 * tool with exactly that value and run nothing else.
 */
import { parse } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PresentedToken } from '../../src/core/target.js';
import { awsTrust } from '../../src/trust/aws.js';
import { azureTrust } from '../../src/trust/azure.js';
import { databricksTrust } from '../../src/trust/databricks.js';
import { gcpTrust } from '../../src/trust/gcp.js';
import { hclString } from '../../src/trust/hcl.js';
import type { TrustedToken } from '../../src/trust/trusted-token.js';
import type { AwsSettings } from '../../src/targets/aws/definition.js';
import type { DatabricksSettings } from '../../src/targets/databricks/definition.js';
import type { GcpSettings } from '../../src/targets/gcp/definition.js';
import { findPartition } from '../../src/targets/aws/partitions.js';
import { celString } from '../../src/targets/gcp/trust.js';
import { jsonencoded, literal, parseTerraform, runShell, values } from '../support/trust-code.ts';

/** IAM's escapes: `${` is a policy variable unless written `${$}{`; in StringLike `?` is `${?}`. */
const iamLiteral = (value: string, like: boolean) => {
  const escaped = value.split('${').join('${$}{');
  return like ? escaped.split('?').join('${?}') : escaped;
};

const hostile = fc.string({
  unit: fc.constantFrom(
    "'",
    '"',
    '$',
    '{',
    '}',
    '%',
    '(',
    ')',
    '`',
    '\\',
    '\n',
    '\r',
    '\t',
    '\u0000',
    '\u2028',
    ';',
    '#',
    '*',
    '?',
    ' ',
    'a',
    'é',
  ),
  minLength: 1,
});
const claim = fc.oneof(
  hostile,
  fc.constant('refs/heads/a"${var.x}%{if 1}`$(touch /tmp/x)\n#'),
  fc.constant('x\n::set-output name=a::b ##vso[task.setvariable variable=A]b ##[error]c'),
);

const aws = {
  roleArn: 'arn:aws:iam::123456789012:role/deploy',
  accountId: '123456789012',
  partition: findPartition('aws'),
  roleChain: [],
} as unknown as AwsSettings;
const gcp = {
  provider: 'projects/123/locations/global/workloadIdentityPools/pool/providers/prov',
  projectNumber: '123',
  pool: 'pool',
  serviceAccount: 'sa@p-123456.iam.gserviceaccount.com',
  projectId: 'p-123456',
} as GcpSettings;
const databricks = { clientId: '7a1b0000-0000-0000-0000-000000000001' } as DatabricksSettings;

function trust(p: PresentedToken, patterns: boolean): TrustedToken {
  return { ...p, subjects: [p.subject], patterns, claims: [], tokenSubject: p.subject, role: 'current' };
}

const presented = fc.record<PresentedToken>({ issuer: claim, subject: claim, audience: claim });
const withoutNul = claim.filter((v) => !v.includes('\u0000'));
const presentedWithoutNul = fc.record<PresentedToken>({
  issuer: withoutNul,
  subject: withoutNul,
  audience: withoutNul,
});

describe('emitted trust with hostile claim values', () => {
  it('an HCL string reads back as the value', async () => {
    await fc.assert(
      fc.asyncProperty(claim, async (value) => {
        const parsed = (await parse('t.tf', `locals {\n  v = ${hclString(value)}\n}\n`)) as {
          locals: Array<{ v: string }>;
        };
        expect(literal(parsed.locals[0]?.v)).toBe(value);
      }),
      { numRuns: 80 },
    );
  });

  it('Terraform: every target parses and holds the exact issuer, subject and audience', async () => {
    await fc.assert(
      fc.asyncProperty(presented, fc.boolean(), async (p, patterns) => {
        const t = trust(p, patterns);
        const text = [
          awsTrust(aws, [t]),
          azureTrust('00000000-0000-0000-0000-000000000001', [t]),
          azureTrust('00000000-0000-0000-0000-000000000001', [t], 'oidc_exchange', 'user-assigned'),
          databricksTrust(databricks, [t]),
        ]
          .flatMap((c) => c.terraform)
          .join('\n\n');
        const tf = (await parseTerraform(text)) as {
          resource: Record<string, Record<string, Array<Record<string, unknown>>>>;
        };
        const fic =
          Object.values(tf.resource['azuread_application_federated_identity_credential'] ?? {})[0]?.[0] ?? {};
        expect(literal(fic['issuer'])).toBe(p.issuer);
        expect(literal(fic['subject'])).toBe(p.subject);
        const mine = Object.values(tf.resource['azurerm_federated_identity_credential'] ?? {})[0]?.[0] ?? {};
        expect(literal(mine['issuer'])).toBe(p.issuer);
        expect(literal(mine['subject'])).toBe(p.subject);
        const policy =
          Object.values(tf.resource['databricks_service_principal_federation_policy'] ?? {})[0]?.[0] ?? {};
        const oidc = policy['oidc_policy'] as Record<string, unknown>;
        expect(literal(oidc['subject'])).toBe(p.subject);
        expect((oidc['audiences'] as string[]).map(literal)).toEqual([p.audience]);
        const provider = Object.values(tf.resource['aws_iam_openid_connect_provider'] ?? {})[0]?.[0] ?? {};
        expect(literal(provider['url'])).toBe(p.issuer);
        const role = Object.values(tf.resource['aws_iam_role'] ?? {})[0]?.[0] ?? {};
        const policy2 = values(await jsonencoded(role['assume_role_policy']), (r) => r) as {
          Statement: Array<{ Condition: Record<string, Record<string, string>> }>;
        };
        const condition = policy2.Statement[0]?.Condition ?? {};
        const sub = (condition['StringLike'] ?? condition['StringEquals'] ?? {})[
          `${p.issuer.replace(/^https:\/\//, '')}:sub`
        ];
        expect(sub).toBe(iamLiteral(p.subject, patterns && p.subject.includes('*')));
      }),
      { numRuns: 40 },
    );
  });

  it('Terraform: the Google provider keeps the issuer and a condition that names the exact subject', async () => {
    await fc.assert(
      fc.asyncProperty(presented, async (p) => {
        const t = trust({ ...p, subject: p.subject.slice(0, 60) }, false);
        const tf = (await parseTerraform(gcpTrust(gcp, [t]).terraform.join('\n\n'))) as {
          resource: Record<string, Record<string, Array<Record<string, unknown>>>>;
        };
        const provider =
          tf.resource['google_iam_workload_identity_pool_provider']?.['oidc_exchange']?.[0] ?? {};
        const oidc = (provider['oidc'] as Array<Record<string, unknown>>)[0] ?? {};
        expect(literal(oidc['issuer_uri'])).toBe(p.issuer);
        expect(literal(provider['attribute_condition'])).toBe(
          `assertion.sub == ${celString(t.tokenSubject)}`,
        );
        const member = tf.resource['google_service_account_iam_member']?.['oidc_exchange_1']?.[0] ?? {};
        expect(literal(member['member']).endsWith(`/subject/${t.tokenSubject}`)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('shell: each tool is called with the exact values and nothing else runs', () => {
    fc.assert(
      // A command line cannot carry a NUL byte at all: the values here hold everything else.
      fc.property(presentedWithoutNul, (p) => {
        const t = trust(p, false);
        const shell = [
          awsTrust(aws, [t]),
          azureTrust('00000000-0000-0000-0000-000000000001', [t]),
          azureTrust('00000000-0000-0000-0000-000000000001', [t], 'oidc_exchange', 'user-assigned'),
          databricksTrust(databricks, [t]),
          gcpTrust(gcp, [{ ...t, subjects: [p.subject.slice(0, 60)], tokenSubject: p.subject.slice(0, 60) }]),
        ]
          .flatMap((c) => c.shell)
          .join('\n');
        const calls = runShell(shell);
        expect(calls.map((c) => c[0])).toEqual([
          'aws',
          'aws',
          'az',
          'az',
          'databricks',
          'gcloud',
          'gcloud',
          'gcloud',
        ]);
        expect(calls[0]).toContain(p.issuer);
        const az = JSON.parse(calls[2]?.at(-1) ?? '') as { issuer: string; subject: string };
        expect(az).toMatchObject({ issuer: p.issuer, subject: p.subject });
        const identity = calls[3] ?? [];
        expect(identity[identity.indexOf('--issuer') + 1]).toBe(p.issuer);
        expect(identity[identity.indexOf('--subject') + 1]).toBe(p.subject);
        expect(identity[identity.indexOf('--audiences') + 1]).toBe(p.audience);
        const db = JSON.parse(calls[4]?.at(-1) ?? '') as {
          oidc_policy: { subject: string; audiences: string[] };
        };
        expect(db.oidc_policy).toMatchObject({ subject: p.subject, audiences: [p.audience] });
        expect(calls[6]).toContain(`--issuer-uri=${p.issuer}`);
        const policy = JSON.parse(calls[1]?.at(-1) ?? '') as {
          Statement: Array<{ Condition: { StringEquals: Record<string, string> } }>;
        };
        expect(
          policy.Statement[0]?.Condition.StringEquals[`${p.issuer.replace(/^https:\/\//, '')}:sub`],
        ).toBe(iamLiteral(p.subject, false));
      }),
      { numRuns: 12 },
    );
  });
});

describe('docs/trust.md', () => {
  it('every Terraform example parses with the HCL parser', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../docs/trust.md', import.meta.url), 'utf8');
    const blocks = [...text.matchAll(/^```hcl\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) await expect(parseTerraform(block)).resolves.toBeTypeOf('object');
  });
});

describe('emitted trust in a runner log', () => {
  it('no claim value starts a line or holds a runner command (##vso[, ::name at a line start)', () => {
    fc.assert(
      fc.property(presented, claim, (p, pattern) => {
        const t = { ...trust(p, true), claims: [{ name: 'x-y', pattern }] };
        const all = [
          awsTrust(aws, [t]),
          azureTrust('00000000-0000-0000-0000-000000000001', [t]),
          azureTrust('00000000-0000-0000-0000-000000000001', [t], 'oidc_exchange', 'user-assigned'),
          databricksTrust(databricks, [t]),
          gcpTrust(gcp, [t]),
          // Written without a token (trust/from-inputs.ts): the patterns land in comments instead.
          azureTrust('00000000-0000-0000-0000-000000000001', [{ ...t, tokenSubject: '' }]),
          databricksTrust(databricks, [{ ...t, tokenSubject: '' }]),
        ];
        const text = all.flatMap((c) => [...c.shell, ...c.terraform]).join('\n');
        expect(text).not.toMatch(/##vso\[|##\[/i);
        for (const line of text.split('\n')) expect(line).not.toMatch(/^::[A-Za-z_]/);
        expect(text).not.toMatch(/[\u2028\u2029\r]/);
      }),
      { numRuns: 200 },
    );
  });
});
