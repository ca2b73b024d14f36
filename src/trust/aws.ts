import { shellWord } from './shell-word.js';
import type { AwsSettings } from '../targets/aws/definition.js';
import { isWildcard, label, unenforcedClaims, type TrustCode } from './code.js';
import { hclBlock, hclName, hclValue, hclComment, raw, type HclValue } from './hcl.js';
import { AWS } from './providers.js';
import type { TrustedToken } from './trusted-token.js';

/**
 * AWS (docs/protocols.md §3.5): an IAM OIDC provider per issuer (client id: the token's `azp` when
 * it has one, else its `aud`, since STS matches that), and the role's trust policy: one statement
 * per issuer with `StringEquals` on `<host>:aud` (and, for a token with an `azp`, which `:aud` then
 * holds, on `<host>:oaud`, its own `aud`) and `StringEquals` (exact subjects) or `StringLike`
 * (patterns) on `<host>:sub`. AWS has no other condition keys for custom claims. Each
 * `aws-role-chain` hop trusts the role before it. Condition values are literal for IAM: `${` would
 * start a policy variable, so it is written `${$}{`, and in `StringLike` a literal `?` is `${?}`.
 */
export function awsTrust(settings: AwsSettings, trusts: TrustedToken[]): TrustCode {
  const partition = settings.partition.name;
  const providers = trusts.map((t, i) => ({
    trust: t,
    host: t.issuer.replace(/^https:\/\//, ''),
    name: i === 0 ? 'oidc_exchange' : `oidc_exchange_${t.role.replace(/-/g, '_')}`,
  }));
  const statements = (federated: (p: (typeof providers)[number]) => HclValue | string) =>
    providers.map((p) => statement(p.trust, p.host, federated(p)));
  const role = roleParts(settings.roleArn);
  const terraform: string[] = [];
  const shell: string[] = [];
  for (const p of providers) {
    const clientId = p.trust.authorizedParty ?? p.trust.audience;
    const arn = `arn:${partition}:iam::${settings.accountId}:oidc-provider/${p.host}`;
    const notes = [label(p.trust), ...unenforcedClaims('AWS', p.trust, () => false)];
    terraform.push(
      hclBlock(
        `resource "aws_iam_openid_connect_provider" "${p.name}"`,
        [
          ['url', p.trust.issuer],
          ['client_id_list', [clientId]],
        ],
        [
          ...notes,
          `One provider per issuer and account: if it exists, import it (${arn}) or add the client id to it.`,
        ],
      ),
    );
    shell.push(
      ...notes.map((n) => hclComment(n)),
      `aws iam create-open-id-connect-provider --url ${shellWord(p.trust.issuer)} --client-id-list ${shellWord(clientId)}`,
    );
  }
  const policy = (federated: (p: (typeof providers)[number]) => HclValue | string) => ({
    Version: '2012-10-17',
    Statement: statements(federated),
  });
  terraform.push(
    hclBlock(
      `resource "aws_iam_role" "${hclName(role.name)}"`,
      [
        ['name', role.name],
        ['path', role.path],
        [
          'assume_role_policy',
          raw(
            `jsonencode(${hclValue(
              policy((p) => raw(`aws_iam_openid_connect_provider.${p.name}.arn`)),
              1,
            )})`,
          ),
        ],
      ],
      [
        // The role usually exists already (its permissions are the team's own): Terraform adopts it.
        `An existing role: terraform import aws_iam_role.${hclName(role.name)} ${role.name}, and copy its other settings (max_session_duration, description, tags) here, or apply resets them.`,
      ],
    ),
  );
  const providerArn = (p: (typeof providers)[number]) =>
    `arn:${partition}:iam::${settings.accountId}:oidc-provider/${p.host}`;
  const updatePolicy = (document: object) =>
    `aws iam update-assume-role-policy --role-name ${shellWord(role.name)} --policy-document ${shellWord(JSON.stringify(document))}`;
  shell.push(updatePolicy(policy(providerArn)));
  // The Azure DevOps issuer migration: the policy is one document holding both issuers'
  // statements, so removing the old trust (step 3, docs/trust.md) rewrites it with the new
  // issuer's alone. Commented out: the commands are pasted whole, and run before the connection
  // is converted it would refuse the token the pipeline still presents.
  const entraOnly = providers.filter((p) => p.trust.role === 'entra-issuer');
  if (entraOnly.length > 0 && entraOnly.length < providers.length)
    shell.push(
      hclComment(
        'Azure DevOps issuer migration, step 3: once the service connection is converted to the Entra issuer and the step has run on it, remove the old issuer from the role by running this command (uncomment it):',
      ),
      hclComment(
        updatePolicy({
          Version: '2012-10-17',
          Statement: entraOnly.map((p) => statement(p.trust, p.host, providerArn(p))),
        }),
      ),
    );
  let caller = settings.roleArn;
  // Roles of a chain are often named alike in each account (`deploy` → `deploy`): a Terraform
  // resource label may appear once per file, so a repeated name gets the hop's number.
  const labels = new Set([hclName(role.name)]);
  settings.roleChain.forEach((hop, i) => {
    const hopRole = roleParts(hop.roleArn);
    const named = hclName(hopRole.name);
    const hopLabel = labels.has(named) ? `${named}_hop_${i + 1}` : named;
    labels.add(hopLabel);
    // An external id is a secret of the hop's owner: never printed. Terraform takes it from a
    // sensitive variable; the commands carry a placeholder to replace.
    const externalIdVariable = `aws_role_chain_external_id_${i + 1}`;
    const hopPolicy = (externalId: HclValue | string) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: caller },
          Action: 'sts:AssumeRole',
          ...(hop.externalId ? { Condition: { StringEquals: { 'sts:ExternalId': externalId } } } : {}),
        },
      ],
    });
    if (hop.externalId)
      terraform.push(
        [
          `variable "${externalIdVariable}" {`,
          `  description = ${JSON.stringify(`The external id that aws-role-chain hop ${i + 1} (${hop.roleArn}) presents`)}`,
          '  type        = string',
          '  sensitive   = true',
          '}',
        ].join('\n'),
      );
    terraform.push(
      hclBlock(
        `resource "aws_iam_role" "${hopLabel}"`,
        [
          ['name', hopRole.name],
          ['path', hopRole.path],
          [
            'assume_role_policy',
            raw(`jsonencode(${hclValue(hopPolicy(raw(`var.${externalIdVariable}`)), 1)})`),
          ],
        ],
        [
          `aws-role-chain: ${hop.roleArn} trusts ${caller} (apply with the provider of account ${hop.accountId}).`,
        ],
      ),
    );
    shell.push(
      hclComment(
        `aws-role-chain: ${hop.roleArn} trusts ${caller} (run with credentials of account ${hop.accountId}${hop.externalId ? `; replace <the external-id of hop ${i + 1}>` : ''}).`,
      ),
      `aws iam update-assume-role-policy --role-name ${shellWord(hopRole.name)} --policy-document ${shellWord(JSON.stringify(hopPolicy(`<the external-id of hop ${i + 1}>`)))}`,
    );
    caller = hop.roleArn;
  });
  return { shell, terraform, providers: [AWS] };
}

function statement(
  trust: TrustedToken,
  host: string,
  federated: HclValue | string,
): Record<string, HclValue> {
  const like = trust.subjects.some((s) => isWildcard(trust, s));
  const subjects = trust.subjects.map((s) => iamValue(s, like));
  return {
    Effect: 'Allow',
    Principal: { Federated: federated },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: {
        [`${host}:aud`]: iamValue(trust.authorizedParty ?? trust.audience, false),
        // With an `azp`, `:aud` holds it and `:oaud` the token's own `aud` (docs/protocols.md §3.5).
        ...(trust.authorizedParty === undefined ? {} : { [`${host}:oaud`]: iamValue(trust.audience, false) }),
        ...(like ? {} : { [`${host}:sub`]: subjects.length === 1 ? (subjects[0] ?? '') : subjects }),
      },
      ...(like
        ? { StringLike: { [`${host}:sub`]: subjects.length === 1 ? (subjects[0] ?? '') : subjects } }
        : {}),
    },
  };
}

/** IAM's own escapes for a literal `${` (a policy variable otherwise) and, in StringLike, `?`. */
function iamValue(value: string, like: boolean): string {
  const escaped = value.replace(/\$\{/g, () => '${$}{');
  return like ? escaped.replace(/\?/g, () => '${?}') : escaped;
}

function roleParts(arn: string): { name: string; path: string } {
  const resource = arn.slice(arn.indexOf(':role/') + ':role/'.length);
  const slash = resource.lastIndexOf('/');
  return { name: resource.slice(slash + 1), path: slash < 0 ? '/' : `/${resource.slice(0, slash + 1)}` };
}
