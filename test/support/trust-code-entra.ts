/**
 * The Entra part of loading emitted trust into the fake cloud (trust-code.ts): an application's
 * federated credentials (ordinary and flexible) and a user-assigned managed identity's, from the
 * Terraform resources or from the recorded `az` calls. Each is registered under the client id the
 * step signs in with, as the kind it is, so the fake Entra refuses what Entra would.
 */
import type { FakeCloud } from '../fakes/cloud.ts';
import type { FederatedCredential, FakeEntraAppInput } from '../fakes/entra.ts';

/** The user-assigned managed identity the emitted trust is applied to (the emitted text cannot know it). */
export interface TrustIdentity {
  clientId: string;
  /** What `var.azure_user_assigned_identity_id` is set to. */
  resourceId: string;
  /** What `$AZURE_IDENTITY_NAME` and `$AZURE_IDENTITY_RESOURCE_GROUP` hold (runShell sets them). */
  name: string;
  resourceGroup: string;
}

export const SHELL_IDENTITY = { name: 'ci-identity', resourceGroup: 'ci-rg' };

type Kind = NonNullable<FakeEntraAppInput['kind']>;
type Blocks = Record<string, Record<string, Array<Record<string, unknown>>>>;

export function entraCollector() {
  const apps = new Map<string, { kind: Kind; fics: FederatedCredential[] }>();
  return {
    add(clientId: string, fic: FederatedCredential, kind: Kind = 'application') {
      const app = apps.get(clientId) ?? { kind, fics: [] };
      if (app.kind !== kind) throw new Error(`${clientId} is both an application and an identity`);
      app.fics.push(fic);
      apps.set(clientId, app);
    },
    load(cloud: FakeCloud, tenantId: string) {
      for (const [clientId, app] of apps)
        cloud.entra.addApp({ tenantId, clientId, federatedCredentials: app.fics, kind: app.kind });
    },
  };
}

export function entraFromTerraform(
  resources: Blocks,
  data: Blocks,
  keep: (name: string) => boolean,
  literal: (value: unknown) => string,
  identity: TrustIdentity | undefined,
  entra: ReturnType<typeof entraCollector>,
): void {
  const each = (type: string) =>
    Object.entries(resources[type] ?? {}).flatMap(([name, blocks]) =>
      keep(name) ? blocks.map((b) => ({ name, b })) : [],
    );
  const appOf = (reference: unknown) => {
    const label = /^\$\{data\.azuread_application\.(\w+)\.id\}$/.exec(String(reference))?.[1] ?? '';
    return literal(data['azuread_application']?.[label]?.[0]?.['client_id']);
  };
  for (const { b } of each('azuread_application_federated_identity_credential'))
    entra.add(appOf(b['application_id']), {
      name: literal(b['display_name']),
      issuer: literal(b['issuer']),
      subject: literal(b['subject']),
      audiences: (b['audiences'] as string[]).map(literal),
    });
  for (const { b } of each('azuread_application_flexible_federated_identity_credential'))
    entra.add(appOf(b['application_id']), {
      name: literal(b['display_name']),
      issuer: literal(b['issuer']),
      subject: '',
      audiences: [literal(b['audience'])],
      claimsMatchingExpression: literal(b['claims_matching_expression']),
    });
  for (const { b } of each('azurerm_federated_identity_credential')) {
    // terraform apply with the variable set to the identity's resource id.
    if (b['user_assigned_identity_id'] !== '${var.azure_user_assigned_identity_id}' || !identity)
      throw new Error(`unexpected identity ${String(b['user_assigned_identity_id'])}`);
    entra.add(
      identity.clientId,
      {
        name: literal(b['name']),
        issuer: literal(b['issuer']),
        subject: literal(b['subject']),
        audiences: (b['audience'] as string[]).map(literal),
      },
      'user-assigned-identity',
    );
  }
}

/** One recorded `az` call; false when it is not an Entra one. */
export function entraFromCall(
  c: string[],
  flag: (call: string[], name: string) => string | undefined,
  identity: TrustIdentity | undefined,
  entra: ReturnType<typeof entraCollector>,
): boolean {
  if (c.slice(0, 5).join(' ') === 'az ad app federated-credential create') {
    const p = JSON.parse(flag(c, 'parameters') ?? '') as FederatedCredential;
    entra.add(flag(c, 'id') ?? '', {
      name: p.name ?? '',
      issuer: p.issuer,
      subject: p.subject,
      audiences: p.audiences,
    });
    return true;
  }
  if (c.slice(0, 2).join(' ') === 'az rest') {
    // Graph takes `claimsMatchingExpression` on its beta endpoint only: v1.0 has no such property.
    const uri = flag(c, 'uri') ?? '';
    const client =
      /^https:\/\/graph\.microsoft\.com\/beta\/applications\(appId='([^']+)'\)\/federatedIdentityCredentials$/.exec(
        uri,
      )?.[1];
    if (client === undefined) throw new Error(`not Graph beta's federatedIdentityCredentials: ${uri}`);
    const body = JSON.parse(flag(c, 'body') ?? '') as {
      name: string;
      issuer: string;
      audiences: string[];
      claimsMatchingExpression: { value: string; languageVersion: number };
    };
    entra.add(client, {
      name: body.name,
      issuer: body.issuer,
      subject: '',
      audiences: body.audiences,
      claimsMatchingExpression: body.claimsMatchingExpression.value,
    });
    return true;
  }
  if (c.slice(0, 4).join(' ') === 'az identity federated-credential create') {
    const named = flag(c, 'identity-name') === identity?.name;
    if (!identity || !named || flag(c, 'resource-group') !== identity.resourceGroup)
      throw new Error(`unexpected identity in ${c.join(' ')}`);
    entra.add(
      identity.clientId,
      {
        name: flag(c, 'name') ?? '',
        issuer: flag(c, 'issuer') ?? '',
        subject: flag(c, 'subject') ?? '',
        audiences: (flag(c, 'audiences') ?? '').split(' '),
      },
      'user-assigned-identity',
    );
    return true;
  }
  return false;
}
