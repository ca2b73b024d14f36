import { familyOfToken, TOKEN_EXCHANGE_APP_ID } from '../core/azure-devops-issuers.js';
import type { Plan } from '../core/plan.js';
import { entraMigration } from './ado-migration.js';
import { ID_CLAIMS } from './azure-flexible.js';

/**
 * What a cloud's trust must accept, for one token: the issuer, the audience (and `azp`, which AWS
 * matches instead), and the subject and claim conditions. The subjects are the user's `subject`
 * patterns when there are any (the trust is then exactly as broad as the step's own check), else
 * this token's own subject: never broader than what the user asked for.
 */
export interface TrustedToken {
  issuer: string;
  audience: string;
  authorizedParty?: string | undefined;
  /** Patterns (`*`: any run of characters) or exact subjects. */
  subjects: string[];
  /** True when `subjects` are the user's patterns (`*` is a wildcard), false for exact subjects. */
  patterns: boolean;
  claims: Array<{ name: string; pattern: string }>;
  /** The token's immutable ids (`repository_id`…), which an Entra flexible credential must pin. */
  ids?: Record<string, string>;
  /** The subject this token presents, for clouds that cannot express a pattern. */
  tokenSubject: string;
  /** `entra-issuer`: the Azure DevOps issuer migration's new trust, to add beside the current one. */
  role: 'current' | 'entra-issuer';
}

/** The trust for this token, plus, for an Azure DevOps issuer token of a connection, its Entra-issuer successor. */
export function trustedTokens(plan: Plan, claims: Record<string, unknown>, audience: string): TrustedToken[] {
  const text = (name: string) => (typeof claims[name] === 'string' ? claims[name] : undefined);
  const tokenSubject = text('sub') ?? '';
  const current: TrustedToken = {
    issuer: text('iss') ?? plan.issuer,
    // Azure DevOps chooses the audience: the token's own is the one the cloud must list.
    audience: plan.azureDevOps ? (text('aud') ?? audience) : audience,
    authorizedParty: text('azp'),
    subjects: plan.subjects.length > 0 ? plan.subjects.map((p) => p.source) : [tokenSubject],
    patterns: plan.subjects.length > 0,
    claims: plan.claims.map((c) => ({ name: c.name, pattern: c.pattern.source })),
    ids: Object.fromEntries(
      ID_CLAIMS.flatMap((name) => {
        const value = text(name);
        return value === undefined ? [] : [[name, value] as const];
      }),
    ),
    tokenSubject,
    role: 'current',
  };
  if (!plan.azureDevOps || familyOfToken(claims) !== 'vstoken') return [current];
  const next = entraMigration(plan.azureDevOps, tokenSubject);
  if (!next) return [current];
  return [
    current,
    {
      issuer: next.issuer,
      audience: TOKEN_EXCHANGE_APP_ID,
      authorizedParty: next.authorizedParty,
      subjects: [next.subject],
      patterns: false,
      claims: [],
      tokenSubject: next.subject,
      role: 'entra-issuer',
    },
  ];
}
