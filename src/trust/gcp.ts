import { shellWord } from './shell-word.js';
import type { GcpSettings } from '../targets/gcp/definition.js';
import { celString, listArgument, principalFor } from '../targets/gcp/trust.js';
import { isWildcard, label, unenforcedClaims, type TrustCode } from './code.js';
import { hclBlock, hclString, hclComment } from './hcl.js';
import { GOOGLE } from './providers.js';
import type { TrustedToken } from './trusted-token.js';

/**
 * Google Cloud (docs/gcp.md): the pool, the OIDC provider (issuer, allowed audiences unless the
 * token carries Google's default one, `google.subject=assertion.sub`, and an attribute condition
 * from the user's subject and claim patterns: `==` for exact values, `startsWith` for a trailing
 * `*`, `matches` (RE2) otherwise), and the `roles/iam.workloadIdentityUser` binding: one
 * `principal://` per exact subject, or the pool's `principalSet://…/*` when the condition alone
 * holds the patterns. Google limits `google.subject` to 127 bytes: an Azure DevOps Entra-issuer
 * subject (`/eid1/c/pub/t/<tenant>/a/<app>/sc/<org id>/<connection id>`, 138 bytes) is mapped with
 * CEL's `extract` (Google documents it for attribute mappings) to `<org id>/<connection id>`, unique
 * per connection, while the condition still names the whole subject.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SUBJECT_MAPPING = 'assertion.sub';
const ADO_ENTRA_SUBJECT = /^\/eid1\/c\/pub\/t\/[^/]+\/a\/[^/]+\/sc\/[^/]+\/[^/]+$/;
const ADO_ENTRA_MAPPING = "assertion.sub.extract('/sc/{connection}')";

/** The mapping of `google.subject` for these subjects, and what it yields for each; undefined if none fits. */
function subjectMapping(subjects: string[]): { mapping: string; mapped: (s: string) => string } | undefined {
  if (subjects.every((s) => Buffer.byteLength(s) <= 127))
    return { mapping: SUBJECT_MAPPING, mapped: (s) => s };
  const mapped = (s: string) => s.slice(s.indexOf('/sc/') + '/sc/'.length);
  return subjects.every((s) => ADO_ENTRA_SUBJECT.test(s) && Buffer.byteLength(mapped(s)) <= 127)
    ? { mapping: ADO_ENTRA_MAPPING, mapped }
    : undefined;
}

export function gcpTrust(settings: GcpSettings, trusts: TrustedToken[]): TrustCode {
  const providerId = settings.provider.split('/').at(-1) ?? '';
  const project = settings.projectNumber;
  const terraform: string[] = [
    hclBlock('resource "google_iam_workload_identity_pool" "oidc_exchange"', [
      ['project', project],
      ['workload_identity_pool_id', settings.pool],
    ]),
  ];
  // The pool, as the Terraform declares it; one that already exists is kept (`create` then fails).
  const shell: string[] = [
    hclComment(`The pool: if ${settings.pool} exists already, skip this command.`),
    `gcloud iam workload-identity-pools create ${shellWord(settings.pool)} --project=${shellWord(project)} --location=global`,
  ];
  let index = 0;
  for (const trust of trusts) {
    const notes = [label(trust), ...unenforcedClaims('Google', trust, (name) => IDENTIFIER.test(name))];
    const subject = subjectMapping(trust.subjects);
    if (!subject) {
      const long = trust.subjects.find((s) => Buffer.byteLength(s) > 127) ?? trust.tokenSubject;
      const note = `Google maps google.subject only up to 127 bytes; ${long} is longer: map a shorter value (docs/gcp.md).`;
      terraform.push(hclComment(note));
      shell.push(hclComment(note));
      continue;
    }
    const id = index === 0 ? providerId : `${providerId.slice(0, 26)}-entra`;
    const name = index === 0 ? 'oidc_exchange' : 'oidc_exchange_entra';
    index++;
    const condition = conditionFor(trust);
    const defaultAudience = `https://iam.googleapis.com/projects/${project}/locations/global/workloadIdentityPools/${settings.pool}/providers/${id}`;
    const audiences = trust.audience === defaultAudience ? [] : [trust.audience];
    terraform.push(
      [
        ...notes.map((n) => hclComment(n)),
        `resource "google_iam_workload_identity_pool_provider" "${name}" {`,
        `  project                            = ${hclString(project)}`,
        '  workload_identity_pool_id          = google_iam_workload_identity_pool.oidc_exchange.workload_identity_pool_id',
        `  workload_identity_pool_provider_id = ${hclString(id)}`,
        '  attribute_mapping = {',
        `    "google.subject" = ${hclString(subject.mapping)}`,
        '  }',
        `  attribute_condition = ${hclString(condition)}`,
        '  oidc {',
        `    issuer_uri        = ${hclString(trust.issuer)}`,
        `    allowed_audiences = [${audiences.map(hclString).join(', ')}]`,
        '  }',
        '}',
      ].join('\n'),
    );
    shell.push(
      ...notes.map((n) => hclComment(n)),
      [
        'gcloud iam workload-identity-pools providers create-oidc',
        shellWord(id),
        `--project=${shellWord(project)}`,
        '--location=global',
        `--workload-identity-pool=${shellWord(settings.pool)}`,
        `--issuer-uri=${shellWord(trust.issuer)}`,
        ...(audiences.length === 0 ? [] : [`--allowed-audiences=${shellWord(listArgument(trust.audience))}`]),
        `--attribute-mapping=${shellWord(`google.subject=${subject.mapping}`)}`,
        `--attribute-condition=${shellWord(condition)}`,
      ].join(' '),
    );
    const members = trust.subjects.some((s) => isWildcard(trust, s))
      ? [
          `principalSet://iam.googleapis.com/projects/${project}/locations/global/workloadIdentityPools/${settings.pool}/*`,
        ]
      : trust.subjects.map((s) => principalFor(settings, subject.mapped(s)));
    members.forEach((member, i) => {
      const resource = `${name}_${i + 1}`;
      const comment = member.startsWith('principalSet://')
        ? [
            "Every identity of the pool: the provider's attribute condition is what holds the subject patterns, so keep this pool for this provider.",
          ]
        : [];
      if (settings.serviceAccount) {
        terraform.push(
          hclBlock(
            `resource "google_service_account_iam_member" "${resource}"`,
            [
              [
                'service_account_id',
                `projects/${settings.projectId ?? '-'}/serviceAccounts/${settings.serviceAccount}`,
              ],
              ['role', 'roles/iam.workloadIdentityUser'],
              ['member', member],
            ],
            comment,
          ),
        );
        shell.push(
          ...comment.map((c) => `# ${c}`),
          `gcloud iam service-accounts add-iam-policy-binding ${shellWord(settings.serviceAccount)} --role=roles/iam.workloadIdentityUser --member=${shellWord(member)}`,
        );
      } else {
        terraform.push(
          [
            'variable "gcp_role" {',
            '  description = "The role the job needs on the project (direct resource access, no service account)"',
            '  type        = string',
            '}',
          ].join('\n'),
          hclBlock(
            `resource "google_project_iam_member" "${resource}"`,
            [
              ['project', settings.projectId ?? project],
              ['role', { raw: 'var.gcp_role' }],
              ['member', member],
            ],
            comment,
          ),
        );
        const roleNote = hclComment(
          'GCP_ROLE: the role the job needs on the project (direct resource access, no service account).',
        );
        shell.push(
          ...(shell.includes(roleNote) ? [] : [roleNote]),
          ...comment.map((c) => hclComment(c)),
          `gcloud projects add-iam-policy-binding ${shellWord(settings.projectId ?? project)} --role="$GCP_ROLE" --member=${shellWord(member)}`,
        );
      }
    });
  }
  return {
    shell,
    terraform: [...new Set(terraform)],
    providers: [GOOGLE],
  };
}

/** The provider's attribute condition: any of the subjects, and every claim rule Google can name. */
export function conditionFor(trust: TrustedToken): string {
  const subjects = trust.subjects.map((s) => term('assertion.sub', s, trust.patterns));
  const either = subjects.length === 1 ? (subjects[0] ?? '') : `(${subjects.join(' || ')})`;
  const claims = trust.claims
    .filter((c) => IDENTIFIER.test(c.name))
    .map((c) => term(`assertion.${c.name}`, c.pattern, true));
  return [either, ...claims].join(' && ');
}

function term(path: string, pattern: string, wildcard: boolean): string {
  if (!wildcard || !pattern.includes('*')) return `${path} == ${celString(pattern)}`;
  const parts = pattern.split('*');
  if (parts.length === 2 && parts[1] === '') return `${path}.startsWith(${celString(parts[0] ?? '')})`;
  const regex = `(?s)^${parts.map((p) => p.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')).join('.*')}$`;
  return `${path}.matches(${celString(regex)})`;
}
