import type { Credential } from './azure.js';
import type { TrustCode } from './code.js';
import { hclBlock, hclComment, hclString, raw } from './hcl.js';
import { AZURERM } from './providers.js';
import { shellWord } from './shell-word.js';

/**
 * A user-assigned managed identity's federated credentials (docs/protocols.md §2.5): ARM resources
 * of the identity, one exact subject each (ARM takes a claims-matching expression only in a preview
 * API and azurerm has no field for one, so azure.ts never gives one here). The token carries
 * neither the identity's resource id nor its name and resource group: Terraform takes the resource
 * id from the variable
 * `azure_user_assigned_identity_id`, the commands take `$AZURE_IDENTITY_NAME` and
 * `$AZURE_IDENTITY_RESOURCE_GROUP`. azurerm names the identity `user_assigned_identity_id` (its
 * older versions: `parent_id` beside `resource_group_name`).
 */
export const IDENTITY_VARIABLE = 'azure_user_assigned_identity_id';

export function userAssignedIdentityTrust(
  clientId: string,
  credentials: Credential[],
  resourceName: (credential: string) => string,
): TrustCode {
  const terraform = [
    [
      `variable "${IDENTITY_VARIABLE}" {`,
      `  description = ${hclString(`The resource id of the user-assigned managed identity with client id ${clientId} (/subscriptions/…/resourceGroups/…/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>)`)}`,
      '  type        = string',
      '}',
    ].join('\n'),
    ...credentials.map((c) =>
      hclBlock(
        `resource "azurerm_federated_identity_credential" "${resourceName(c.name)}"`,
        [
          ['name', c.name],
          ['user_assigned_identity_id', raw(`var.${IDENTITY_VARIABLE}`)],
          ['issuer', c.issuer],
          ['subject', c.subject ?? ''],
          ['audience', [c.audience]],
        ],
        c.notes,
      ),
    ),
  ];
  const shell = [
    hclComment(
      `AZURE_IDENTITY_NAME, AZURE_IDENTITY_RESOURCE_GROUP: the name and resource group of the user-assigned managed identity with client id ${clientId}.`,
    ),
    ...credentials.flatMap((c) => [
      ...c.notes.map((n) => hclComment(n)),
      [
        'az identity federated-credential create',
        `--name ${shellWord(c.name)}`,
        '--identity-name "$AZURE_IDENTITY_NAME"',
        '--resource-group "$AZURE_IDENTITY_RESOURCE_GROUP"',
        `--issuer ${shellWord(c.issuer)}`,
        `--subject ${shellWord(c.subject ?? '')}`,
        `--audiences ${shellWord(c.audience)}`,
      ].join(' '),
    ]),
  ];
  return { shell, terraform, providers: [AZURERM] };
}
