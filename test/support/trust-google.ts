/**
 * The fake Google Cloud trusting one CI subject: a workload identity provider for the issuer
 * (google.subject=assertion.sub, an attribute condition on the repository owner when given) and a
 * service account whose workload identity users include that subject's principal.
 */
import type { FakeCloud } from '../fakes/cloud.ts';

export const googleServiceAccount = 'deploy@octo-project.iam.gserviceaccount.com';

export interface GoogleTrust {
  provider: string;
  serviceAccount: string;
  principal: string;
}

export function trustGoogle(
  cloud: FakeCloud,
  subject: string,
  opts: { issuer?: string; condition?: string; pool?: string; audiences?: string[] } = {},
): GoogleTrust {
  const google = cloud.google;
  const pool = opts.pool ?? 'ci-pool';
  const provider = google.addProvider({
    pool,
    provider: 'ci-provider',
    issuer: opts.issuer ?? cloud.issuer.issuer,
    ...(opts.condition ? { attributeCondition: opts.condition } : {}),
    ...(opts.audiences ? { allowedAudiences: opts.audiences } : {}),
  });
  const principal = `principal://iam.googleapis.com/projects/${google.projectNumber}/locations/global/workloadIdentityPools/${pool}/subject/${subject}`;
  google.addServiceAccount({ email: googleServiceAccount, workloadIdentityUsers: [principal] });
  return { provider, serviceAccount: googleServiceAccount, principal };
}

/** The inputs that point the `gcp` target at the fake (endpoint overrides come only from inputs). */
export function googleInputs(cloud: FakeCloud, trust: GoogleTrust): Record<string, string> {
  return {
    'gcp-workload-identity-provider': trust.provider,
    'gcp-service-account': trust.serviceAccount,
    'gcp-sts-endpoint': cloud.google.url,
    'gcp-iam-credentials-endpoint': cloud.google.url,
  };
}

/**
 * A delegation chain to the trusted service account: each delegate exists, the federated principal
 * is Token Creator on the first, each delegate on the next and the last on the service account,
 * except for the link to `missingOn` (an account of the chain) when given.
 */
export function trustDelegates(
  cloud: FakeCloud,
  trust: GoogleTrust,
  delegates: string[],
  opts: { missingOn?: string } = {},
): void {
  const chain = [...delegates, trust.serviceAccount];
  const creators = new Map<string, string[]>(chain.map((email) => [email, []]));
  chain.forEach((email, i) => {
    if (email === opts.missingOn) return;
    creators.get(email)?.push(i === 0 ? trust.principal : `serviceAccount:${chain[i - 1] ?? ''}`);
  });
  for (const email of delegates) {
    cloud.google.addServiceAccount({
      email,
      workloadIdentityUsers: [],
      tokenCreators: creators.get(email) ?? [],
    });
  }
  const target = creators.get(trust.serviceAccount) ?? [];
  cloud.google.addTokenCreators(trust.serviceAccount, target);
}
