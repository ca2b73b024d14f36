/**
 * The Terraform providers the emitted blocks need, each with the oldest version that has every
 * resource and argument written (checked against each provider's changelog or source, docs/trust.md):
 *
 * - aws 5.81.0: `aws_iam_openid_connect_provider` without `thumbprint_list` (required before it);
 * - azurerm 4.65.0: `azurerm_federated_identity_credential.user_assigned_identity_id` (it was
 *   `parent_id`, with `resource_group_name` required, before it);
 * - azuread 3.7.0: `azuread_application_flexible_federated_identity_credential`, only when one is
 *   written (the other azuread blocks are older than any version this pins);
 * - databricks 1.88.0: `databricks_account_federation_policy` and
 *   `databricks_service_principal_federation_policy`;
 * - google: its blocks are GA for years; no minimum could be confirmed, so none is written.
 */
export interface ProviderRequirement {
  name: string;
  source: string;
  minimum?: string;
}

export const AWS: ProviderRequirement = { name: 'aws', source: 'hashicorp/aws', minimum: '5.81.0' };
export const AZURERM: ProviderRequirement = {
  name: 'azurerm',
  source: 'hashicorp/azurerm',
  minimum: '4.65.0',
};
export const AZUREAD: ProviderRequirement = { name: 'azuread', source: 'hashicorp/azuread' };
export const AZUREAD_FLEXIBLE: ProviderRequirement = { ...AZUREAD, minimum: '3.7.0' };
export const DATABRICKS: ProviderRequirement = {
  name: 'databricks',
  source: 'databricks/databricks',
  minimum: '1.88.0',
};
export const GOOGLE: ProviderRequirement = { name: 'google', source: 'hashicorp/google' };

/** The `terraform { required_providers { … } }` block: one entry per provider, the highest minimum. */
export function requiredProviders(requirements: ProviderRequirement[]): string {
  const byName = new Map<string, ProviderRequirement>();
  for (const r of requirements) {
    const seen = byName.get(r.name);
    if (!seen || newer(r.minimum, seen.minimum)) byName.set(r.name, r);
  }
  const entries = [...byName.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((r) =>
      [
        `    ${r.name} = {`,
        `      source  = "${r.source}"`,
        ...(r.minimum ? [`      version = ">= ${r.minimum}"`] : []),
        '    }',
      ].join('\n'),
    );
  return ['terraform {', '  required_providers {', ...entries, '  }', '}'].join('\n');
}

function newer(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return false;
  if (b === undefined) return true;
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((x?.[i] ?? 0) !== (y?.[i] ?? 0)) return (x?.[i] ?? 0) > (y?.[i] ?? 0);
  return false;
}
