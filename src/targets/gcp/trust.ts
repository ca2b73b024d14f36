import type { PresentedToken } from '../../core/target.js';
import type { GcpSettings } from './definition.js';
import { shellQuote } from '../../core/shell-quote.js';

/**
 * The Google Cloud trust that accepts exactly this token, as `gcloud` commands to paste: the OIDC
 * provider (issuer, allowed audience, `google.subject=assertion.sub`, and an attribute condition
 * on this subject), then the IAM binding that lets this subject's principal impersonate the
 * service account (`roles/iam.workloadIdentityUser`) or, without one, use resources directly.
 * Every value is one shell word whatever the claims hold.
 */
export function trustCommands(settings: GcpSettings, presented: PresentedToken): string[] {
  return [providerCommand(settings, presented), ...chainBindingCommands(settings, presented.subject)];
}

/**
 * Every IAM binding a request through `gcp-delegates` needs (docs/protocols.md §7.3): the federated
 * principal roles/iam.serviceAccountTokenCreator on the first delegate (workloadIdentityUser has no
 * `iam.serviceAccounts.implicitDelegation`), each delegate the same role on the next account, the
 * last one on the service account. Without delegates: the one workloadIdentityUser binding.
 */
export function chainBindingCommands(settings: GcpSettings, subject: string): string[] {
  const [first, ...rest] = settings.delegates;
  if (!settings.serviceAccount || first === undefined) return [bindingCommand(settings, subject)];
  const member = principalFor(settings, subject);
  const links: Array<[account: string, member: string]> = [[first, member]];
  [...rest, settings.serviceAccount].forEach((next, i) => {
    links.push([next, `serviceAccount:${settings.delegates[i] ?? ''}`]);
  });
  return links.map(([account, who]) =>
    [
      'gcloud iam service-accounts add-iam-policy-binding',
      shellQuote(account),
      '--role=roles/iam.serviceAccountTokenCreator',
      `--member=${shellQuote(who)}`,
    ].join(' '),
  );
}

export function providerCommand(settings: GcpSettings, presented: PresentedToken): string {
  const id = settings.provider.split('/').at(-1) ?? '';
  const defaultAudience = `https://iam.googleapis.com/${settings.provider}`;
  return [
    'gcloud iam workload-identity-pools providers create-oidc',
    shellQuote(id),
    `--project=${shellQuote(settings.projectNumber)}`,
    '--location=global',
    `--workload-identity-pool=${shellQuote(settings.pool)}`,
    `--issuer-uri=${shellQuote(presented.issuer)}`,
    // Without allowed audiences Google accepts exactly the default one.
    ...(presented.audience === defaultAudience
      ? []
      : [`--allowed-audiences=${shellQuote(listArgument(presented.audience))}`]),
    `--attribute-mapping=${shellQuote('google.subject=assertion.sub')}`,
    `--attribute-condition=${shellQuote(`assertion.sub == ${celString(presented.subject)}`)}`,
  ].join(' ');
}

export function bindingCommand(settings: GcpSettings, subject: string): string {
  const member = `--member=${shellQuote(principalFor(settings, subject))}`;
  if (settings.serviceAccount) {
    return [
      'gcloud iam service-accounts add-iam-policy-binding',
      shellQuote(settings.serviceAccount),
      '--role=roles/iam.workloadIdentityUser',
      member,
    ].join(' ');
  }
  return [
    'gcloud projects add-iam-policy-binding',
    shellQuote(settings.projectId ?? settings.projectNumber),
    `--role=${shellQuote('roles/<the role the job needs>')}`,
    member,
  ].join(' ');
}

/** The federated principal of one subject (google.subject), as IAM policies name it. */
export function principalFor(settings: Pick<GcpSettings, 'projectNumber' | 'pool'>, subject: string): string {
  return `principal://iam.googleapis.com/projects/${settings.projectNumber}/locations/global/workloadIdentityPools/${settings.pool}/subject/${subject}`;
}

/** A CEL string literal: double quotes, with `\`, `"` and control characters escaped. */
export function celString(value: string): string {
  const escaped = value.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    /[\\"\u0000-\u001f\u007f]/g,
    (c) => (c === '\\' || c === '"' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  return `"${escaped}"`;
}

/** gcloud splits list flags at commas; `^;^` switches the delimiter for a value that holds one. */
export function listArgument(value: string): string {
  return value.includes(',') ? `^;^${value}` : value;
}
