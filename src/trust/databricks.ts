import { shellWord } from './shell-word.js';
import type { DatabricksSettings } from '../targets/databricks/definition.js';
import { isWildcard, label, unenforcedClaims, type TrustCode } from './code.js';
import { hclBlock, hclComment } from './hcl.js';
import { DATABRICKS } from './providers.js';
import type { TrustedToken } from './trusted-token.js';

/**
 * Databricks (docs/protocols.md §4.3): a service principal's federation policy (issuer,
 * audiences, one exact subject: one policy per subject), or without a client id an account-wide
 * policy whose subject claim names the user or service principal. Databricks has no wildcard and
 * no other claim condition: a pattern becomes this token's exact subject. The service principal's
 * numeric id is not in any token or input: it is `$SP_ID` in the commands and the variable
 * `databricks_service_principal_id` in Terraform.
 */
export function databricksTrust(settings: DatabricksSettings, trusts: TrustedToken[]): TrustCode {
  const shell: string[] = [];
  const terraform: string[] = [];
  if (settings.clientId) {
    terraform.push(
      [
        'variable "databricks_service_principal_id" {',
        `  description = ${JSON.stringify(`The numeric id of the service principal with application id ${settings.clientId} (not its application id)`)}`,
        '  type        = number',
        '}',
      ].join('\n'),
    );
    shell.push(`# SP_ID: the numeric id of the service principal with application id ${settings.clientId}.`);
  }
  for (const trust of trusts) {
    const prefix = trust.role === 'entra-issuer' ? 'oidc_exchange_entra' : 'oidc_exchange';
    const notes = [label(trust), ...unenforcedClaims('Databricks', trust, () => false)];
    const subjects = [
      ...new Set(trust.subjects.map((s) => (isWildcard(trust, s) ? trust.tokenSubject : s))),
    ].filter((s) => s !== '');
    if (trust.subjects.some((s) => isWildcard(trust, s)))
      notes.push(
        trust.tokenSubject === ''
          ? 'Databricks federation policies take one exact subject, and without a token there is none to narrow a pattern to: no policy is written for it; give exact subjects for Databricks.'
          : "Databricks federation policies take one exact subject: this policy is for this token's subject.",
      );
    const forEach = settings.clientId ? subjects : [undefined];
    if (forEach.length === 0) {
      terraform.push(notes.map((c) => hclComment(c)).join('\n'));
      shell.push(...notes.map((c) => hclComment(c)));
    }
    forEach.forEach((subject, i) => {
      const n = `${prefix}_${i + 1}`;
      const oidc =
        subject === undefined
          ? { issuer: trust.issuer, audiences: [trust.audience], subject_claim: 'sub' }
          : { issuer: trust.issuer, audiences: [trust.audience], subject };
      const comments = i === 0 ? notes : [];
      const block = [
        ...comments.map((c) => hclComment(c)),
        subject === undefined
          ? `resource "databricks_account_federation_policy" "${n}" {`
          : `resource "databricks_service_principal_federation_policy" "${n}" {`,
        ...(subject === undefined ? [] : ['  service_principal_id = var.databricks_service_principal_id']),
        `  policy_id = "${n.replace(/_/g, '-')}"`,
        // A nested attribute in the provider (plugin framework), not a block: `oidc_policy = {`.
        hclBlock(
          '  oidc_policy =',
          Object.entries(oidc).map(([k, v]) => [k, v]),
        ).replace(/\n/g, '\n  '),
        '}',
      ];
      terraform.push(block.join('\n'));
      shell.push(
        ...comments.map((c) => hclComment(c)),
        subject === undefined
          ? `databricks account federation-policy create --json ${shellWord(JSON.stringify({ oidc_policy: oidc }))}`
          : `databricks account service-principal-federation-policy create "$SP_ID" --json ${shellWord(JSON.stringify({ oidc_policy: oidc }))}`,
      );
    });
  }
  return { shell, terraform, providers: [DATABRICKS] };
}
