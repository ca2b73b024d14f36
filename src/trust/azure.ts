import { createHash } from 'node:crypto';
import { ADO_AUDIENCE, TOKEN_EXCHANGE_APP_ID } from '../core/azure-devops-issuers.js';
import { shellWord } from './shell-word.js';
import { isWildcard, label, unenforcedClaims, type TrustCode } from './code.js';
import { userAssignedIdentityTrust } from './azure-identity.js';
import { expressible, flexibleTerms, type FlexibleTerms } from './azure-flexible.js';
import { hclBlock, hclComment, raw } from './hcl.js';
import { AZUREAD, AZUREAD_FLEXIBLE } from './providers.js';
import type { TrustedToken } from './trusted-token.js';

/**
 * Entra (docs/protocols.md §2.5): one federated identity credential per exact subject on the
 * application. A `subject` pattern with `*` becomes a flexible federated credential
 * (`claimsMatchingExpression`, `claims['sub'] matches '…'`), which Entra accepts only for the
 * issuers it lists (GitHub, GitLab, Terraform Cloud) and Graph sets, on its beta endpoint only (v1.0
 * has no `claimsMatchingExpression`): `az` has no flag for it, so the command is `az rest` against
 * Graph beta, and Terraform's azuread provider has a resource of its
 * own for it (`azuread_application_flexible_federated_identity_credential`; the plain resource
 * has no field for it, its issue #1715); azure-flexible.ts writes its terms after `sub`'s (for
 * GitHub and GitLab, one pins the repository's or project's id). Elsewhere the credential is for
 * this token's exact subject.
 * A user-assigned managed identity (`identity`, from `oidc-exchange trust --azure-identity`) gets
 * ordinary credentials only (azure-identity.ts).
 */

/** What the step signs in as: an app registration, or a user-assigned managed identity. */
export type AzureIdentity = 'application' | 'user-assigned';

export interface Credential {
  name: string;
  issuer: string;
  audience: string;
  subject?: string;
  expression?: string;
  notes: string[];
}

export function azureTrust(
  clientId: string,
  trusts: TrustedToken[],
  label = 'oidc_exchange',
  identity: AzureIdentity = 'application',
): TrustCode {
  const results = trusts.map((trust) => credentialsFor(trust, identity));
  const credentials = results.flatMap((r) => r.credentials);
  // Patterns no credential holds (no token to narrow them to): said once, before the resources.
  const skipped = results.flatMap((r) => r.skipped).map((n) => hclComment(n));
  const code =
    identity === 'user-assigned'
      ? userAssignedIdentityTrust(clientId, credentials, (n) => resourceName(label, n))
      : applicationTrust(clientId, credentials, label);
  if (skipped.length === 0) return code;
  return { ...code, shell: [...skipped, ...code.shell], terraform: [skipped.join('\n'), ...code.terraform] };
}

function applicationTrust(clientId: string, credentials: Credential[], label: string): TrustCode {
  const data = `data.azuread_application.${label}.id`;
  const terraform = [
    hclBlock(
      `data "azuread_application" "${label}"`,
      [['client_id', clientId]],
      [
        `The application the step signs in as (a user-assigned managed identity: oidc-exchange trust --azure-identity user-assigned).`,
      ],
    ),
    ...credentials.map((c) =>
      c.expression === undefined
        ? hclBlock(
            `resource "azuread_application_federated_identity_credential" "${resourceName(label, c.name)}"`,
            [
              ['application_id', raw(data)],
              ['display_name', c.name],
              ['issuer', c.issuer],
              ['subject', c.subject ?? ''],
              ['audiences', [c.audience]],
            ],
            c.notes,
          )
        : hclBlock(
            `resource "azuread_application_flexible_federated_identity_credential" "${resourceName(label, c.name)}"`,
            [
              ['application_id', raw(data)],
              ['display_name', c.name],
              ['issuer', c.issuer],
              ['audience', c.audience],
              ['claims_matching_expression', c.expression],
            ],
            [...c.notes, 'A flexible credential: azuread provider 3.7.0 or later has this resource.'],
          ),
    ),
  ];
  const shell = credentials.flatMap((c) => [
    ...c.notes.map((n) => hclComment(n)),
    c.expression === undefined
      ? `az ad app federated-credential create --id ${shellWord(clientId)} --parameters ${shellWord(
          JSON.stringify({ name: c.name, issuer: c.issuer, subject: c.subject, audiences: [c.audience] }),
        )}`
      : `az rest --method post --uri ${shellWord(`https://graph.microsoft.com/beta/applications(appId='${clientId}')/federatedIdentityCredentials`)} --body ${shellWord(
          JSON.stringify({
            name: c.name,
            issuer: c.issuer,
            subject: null,
            claimsMatchingExpression: { value: c.expression, languageVersion: 1 },
            audiences: [c.audience],
          }),
        )}`,
  ]);
  return {
    shell,
    terraform,
    providers: [credentials.some((c) => c.expression !== undefined) ? AZUREAD_FLEXIBLE : AZUREAD],
  };
}

function credentialsFor(
  trust: TrustedToken,
  identity: AzureIdentity,
): { credentials: Credential[]; skipped: string[] } {
  const skipped: string[] = [];
  // Entra-issued Azure DevOps tokens carry the exchange app's id; the credential names its URI (§6.5).
  const audience = trust.audience === TOKEN_EXCHANGE_APP_ID ? ADO_AUDIENCE : trust.audience;
  const prefix = trust.role === 'entra-issuer' ? 'oidc-exchange-entra' : 'oidc-exchange';
  const flex: FlexibleTerms = identity === 'application' ? flexibleTerms(trust) : { ok: false };
  const why = flex.ok ? ' (a quote or backslash)' : flex.reason ? ` (${flex.reason})` : '';
  // `named`: what the credential's name is read from (the pattern a flexible credential holds).
  const subjects: Array<{ subject?: string; expression?: string; note?: string; named: string }> = [];
  for (const subject of trust.subjects) {
    const pattern = isWildcard(trust, subject);
    if ((pattern || (flex.ok && flex.fromRules)) && flex.ok && expressible(subject)) {
      subjects.push({ expression: `claims['sub'] matches '${subject}'${flex.terms}`, named: subject });
    } else if (pattern && trust.tokenSubject === '') {
      skipped.push(
        `Entra cannot hold \`${subject}\` here${why}, and without a token there is no exact subject to narrow it to: no credential is written for it; give exact subjects for Entra.`,
      );
    } else if (pattern) {
      subjects.push({
        subject: trust.tokenSubject,
        named: trust.tokenSubject,
        note:
          identity === 'application'
            ? `Entra matches \`${subject}\` only with a flexible credential, which it accepts for GitHub, GitLab and Terraform Cloud tokens and patterns without quotes${why}: this credential is for this token's exact subject.`
            : `A user-assigned managed identity gets no flexible credential (claims-matching expression: ARM takes one only in a preview API, azurerm has no field for it), so this trust cannot hold \`${subject}\` on it: this credential is for this token's exact subject. For the pattern, add one credential per exact subject (at most 20 per identity) or sign in as an app registration.`,
      });
    } else subjects.push({ subject, named: subject });
  }
  const unique = subjects.filter(
    (s, i) => subjects.findIndex((o) => o.subject === s.subject && o.expression === s.expression) === i,
  );
  // Claim rules hold only in a flexible credential's expression.
  const expressed = subjects.some((s) => s.expression !== undefined) && flex.ok ? flex.enforced : [];
  const claimNotes = unenforcedClaims('Entra', trust, (name) => expressed.includes(name));
  const credentials = unique.map((s, i) => ({
    name: credentialName(prefix, trust.issuer, s.named, s.subject ?? s.expression ?? ''),
    issuer: trust.issuer,
    audience,
    ...(s.subject === undefined ? {} : { subject: s.subject }),
    ...(s.expression === undefined ? {} : { expression: s.expression }),
    notes: [...(i === 0 ? [label(trust), ...claimNotes] : []), ...(s.note ? [s.note] : [])],
  }));
  return { credentials, skipped };
}

/**
 * A credential's name, unique on the app or identity (a fixed `oidc-exchange-1` could clash with a
 * credential already there, or with another subject's on a second run): the subject made readable
 * (Entra takes letters, digits, `-` and `_`, at most 120 characters, starting with a letter or
 * digit) and the first 8 hex digits of a SHA-256 of the issuer and the exact subject or
 * expression, so subjects that read alike still differ. Same input, same name.
 */
function credentialName(prefix: string, issuer: string, named: string, exact: string): string {
  const readable = named
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .slice(0, 80)
    .replace(/^[-_]+|[-_]+$/g, '');
  const digest = createHash('sha256').update(`${issuer}\n${exact}`).digest('hex').slice(0, 8);
  return [prefix, readable, digest].filter((part) => part !== '').join('-');
}

/** `oidc-exchange-entra-<subject>-<digest>` → `<label>_entra_<subject>_<digest>`. */
function resourceName(label: string, name: string): string {
  return `${label}_${name.replace(/^oidc-exchange-/, '').replace(/-/g, '_')}`;
}
