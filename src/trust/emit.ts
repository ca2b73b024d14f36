import type { PlannedTarget } from '../core/plan.js';
import type { AwsSettings } from '../targets/aws/definition.js';
import type { AzureSettings } from '../targets/azure/definition.js';
import type { DatabricksSettings } from '../targets/databricks/definition.js';
import type { GcpSettings } from '../targets/gcp/definition.js';
import { awsTrust } from './aws.js';
import { azureTrust, type AzureIdentity } from './azure.js';
import type { TrustCode } from './code.js';
import { databricksTrust } from './databricks.js';
import { gcpTrust } from './gcp.js';
import { hclComment } from './hcl.js';
import { requiredProviders } from './providers.js';
import type { TrustedToken } from './trusted-token.js';

/**
 * Trust as code (docs/trust.md): for each requested target, the trust that accepts the token it
 * presents, as shell commands and as one Terraform file a team can commit. Same input, same bytes.
 */
export interface TrustOutput {
  shell: string;
  terraform: string;
}

/** Facts no input of the step holds, given to `oidc-exchange trust` as options. */
export interface TrustOptions {
  /** What the `azure` target signs in as (`--azure-identity`): an app registration by default. */
  azureIdentity?: AzureIdentity;
}

export function emitTrust(
  entries: Array<{ target: PlannedTarget; trusts: TrustedToken[] }>,
  options: TrustOptions = {},
): TrustOutput {
  const codes = entries.flatMap(({ target, trusts }) => {
    const code = codeFor(target, trusts, options);
    return code ? [{ name: target.definition.name, code }] : [];
  });
  const terraform = [
    hclComment(
      "Written by oidc-exchange trust: the trust that accepts this job's token, and nothing broader than its subject and claims.",
    ),
    requiredProviders(codes.flatMap((c) => c.code.providers)),
    ...codes.flatMap((c) => [hclComment(`--- ${c.name} ---`), ...c.code.terraform]),
  ].join('\n\n');
  const shell = codes.flatMap((c) => [`# --- ${c.name} ---`, ...c.code.shell]).join('\n');
  return { shell: `${shell}\n`, terraform: `${terraform}\n` };
}

function codeFor(
  target: PlannedTarget,
  trusts: TrustedToken[],
  options: TrustOptions,
): TrustCode | undefined {
  switch (target.definition.name) {
    case 'aws':
      return awsTrust(target.settings as AwsSettings, trusts);
    case 'azure':
      return azureTrust(
        (target.settings as AzureSettings).clientId,
        trusts,
        'oidc_exchange',
        options.azureIdentity ?? 'application',
      );
    case 'databricks': {
      const settings = target.settings as DatabricksSettings;
      return settings.entra
        ? azureTrust(settings.entra.app.clientId, trusts, 'databricks')
        : databricksTrust(settings, trusts);
    }
    case 'gcp':
      return gcpTrust(target.settings as GcpSettings, trusts);
    default:
      return undefined;
  }
}
