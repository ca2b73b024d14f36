import { OidcExchangeError } from '../../core/errors.js';
import { invalidInput, parseBoolean, shown, splitList } from '../../core/input-parsers.js';
import type { InputReader } from '../../core/inputs.js';

/**
 * The inputs that act through the service account: the delegation chain (`gcp-delegates`) and the
 * ID token (`gcp-id-token-audience`, `gcp-id-token-include-email`). Both need
 * `gcp-service-account`: Google mints ID tokens and delegated tokens only for a service account
 * (docs/protocols.md §7.3), never for the federated identity itself.
 */
export interface ChainSettings {
  /** Service account e-mails, in chain order (the request names them `projects/-/serviceAccounts/<e-mail>`). */
  delegates: string[];
  idTokenAudience: string | undefined;
  idTokenIncludeEmail: boolean;
}

export const SERVICE_ACCOUNT = /^[a-z0-9][a-z0-9._-]{0,99}@[a-z0-9][a-z0-9.-]{0,99}\.gserviceaccount\.com$/;
const RESOURCE_PREFIX = 'projects/-/serviceAccounts/';

export function parseChainSettings(
  read: InputReader,
  serviceAccount: string,
  problems: OidcExchangeError[],
): ChainSettings {
  const delegates = parseDelegates(read('gcp-delegates'), problems);
  const audienceRaw = read('gcp-id-token-audience').trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (audienceRaw && /[\s\u0000-\u001f\u007f]/.test(audienceRaw)) {
    problems.push(
      invalidInput(
        'gcp-id-token-audience',
        'one audience without spaces, like https://my-service-abc123-ew.a.run.app',
        audienceRaw,
      ),
    );
  }
  const idTokenIncludeEmail = parseBoolean(
    'gcp-id-token-include-email',
    read('gcp-id-token-include-email'),
    false,
    problems,
  );
  if (!serviceAccount) {
    for (const [name, given] of [
      ['gcp-id-token-audience', audienceRaw],
      ['gcp-delegates', delegates.join(', ')],
    ] as const) {
      if (given) problems.push(needsServiceAccount(name, given));
    }
  }
  return { delegates, idTokenAudience: audienceRaw || undefined, idTokenIncludeEmail };
}

/** `name@p.iam.gserviceaccount.com` or `projects/-/serviceAccounts/name@…`: e-mails, in order. */
function parseDelegates(raw: string, problems: OidcExchangeError[]): string[] {
  const delegates: string[] = [];
  for (const entry of splitList(raw)) {
    const email = entry.startsWith(RESOURCE_PREFIX) ? entry.slice(RESOURCE_PREFIX.length) : entry;
    if (SERVICE_ACCOUNT.test(email)) delegates.push(email);
    else {
      problems.push(
        invalidInput(
          'gcp-delegates',
          'service account e-mails like relay@my-project.iam.gserviceaccount.com (or projects/-/serviceAccounts/<e-mail>)',
          entry,
          /^projects\/[^-/][^/]*\/serviceAccounts\//.test(entry)
            ? 'Google requires the `-` wildcard in place of the project: `projects/-/serviceAccounts/<e-mail>`.'
            : undefined,
        ),
      );
    }
  }
  return delegates;
}

function needsServiceAccount(name: string, given: string): OidcExchangeError {
  return new OidcExchangeError(
    'INPUT_INVALID',
    `Input \`${name}\` needs \`gcp-service-account\`, but that is empty (\`${name}\` is ${shown(given)}).`,
    {
      hint: 'Google mints ID tokens and delegated tokens only for a service account: set `gcp-service-account` to the account whose identity the token carries (the federated principal needs roles/iam.workloadIdentityUser on it, or roles/iam.serviceAccountTokenCreator on the first of `gcp-delegates`).',
    },
  );
}

/** The form Google's `delegates` field takes (docs/protocols.md §7.3). */
export function delegateResource(email: string): string {
  return `${RESOURCE_PREFIX}${email}`;
}

/**
 * Receivers of Google ID tokens compare `aud` with what they expect: Cloud Run and Cloud Functions
 * the service's URL (or a custom audience set on the service), IAP its OAuth client id. Anything
 * else is most likely a mistake that Google itself does not catch: it signs any audience.
 */
export function unusualAudience(audience: string): boolean {
  return !/^https?:\/\/[^\s/]+/.test(audience) && !/\.apps\.googleusercontent\.com$/.test(audience);
}
