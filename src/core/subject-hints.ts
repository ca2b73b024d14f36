import {
  describeFamily,
  familyOfToken,
  federatedCredentialFor,
  type AzureDevOpsExpectations,
} from './azure-devops-issuers.js';
import type { Pattern } from './pattern.js';

/**
 * Explains why a `sub` did not match, in the terms of GitHub's subject rules (docs/protocols.md §1.6):
 * an environment takes precedence over the ref, pull requests have their own form, immutable
 * subjects carry owner and repository ids, and every comparison is case-sensitive.
 */
export function subjectHint(claims: Record<string, unknown>, patterns: Pattern[]): string {
  const sub = claims['sub'];
  if (typeof sub !== 'string') return 'The token has no `sub` claim.';
  const wanted = patterns.map((p) => p.source);

  if (patterns.some((p) => p.testIgnoringCase(sub))) {
    return 'They differ only in case; Entra and AWS compare subjects case-sensitively, and so does this check.';
  }
  const environment = typeof claims['environment'] === 'string' ? claims['environment'] : '';
  const context = sub.slice(sub.indexOf(':', 'repo:'.length) + 1);
  if (environment && wanted.some((w) => /:ref:/.test(w)) && context.startsWith('environment:')) {
    return (
      `This job has \`environment: ${environment}\`, so its subject ends in \`:${context}\`, not \`:ref:…\`` +
      ' (an environment takes precedence over the branch).'
    );
  }
  if (wanted.some((w) => /:environment:/.test(w)) && context.startsWith('ref:')) {
    return `This job has no environment, so its subject ends in \`:${context}\`; add \`environment:\` to the job or match the ref.`;
  }
  if (wanted.some((w) => /:environment:|:ref:/.test(w)) && context === 'pull_request') {
    return 'Pull-request runs get the subject `…:pull_request`, whatever the branch.';
  }
  const immutable = /^repo:[^/:]+@\d+\/[^/:]+@\d+:/.test(sub);
  if (immutable && wanted.some((w) => /^repo:[^@/:]+\/[^@:]+:/.test(w))) {
    return (
      'This repository uses immutable subjects (`repo:owner@id/name@id:…`); write the trust and `subject` in that form' +
      ` (e.g. \`${sub}\`).`
    );
  }
  if (!immutable && wanted.some((w) => /^repo:[^/:]+@\d+\//.test(w))) {
    return 'This repository uses name-based subjects (`repo:owner/name:…`), not the immutable `@id` form.';
  }
  const repo = typeof claims['repository'] === 'string' ? claims['repository'] : undefined;
  if (repo && !wanted.some((w) => w.includes(repo) || w.includes('*'))) {
    return `The token comes from repository \`${repo}\`; check the owner and name in \`subject\`.`;
  }
  return `Set \`subject\` (and the cloud's trust) to the token's subject, \`${sub}\`, if this job is meant to be trusted.`;
}

/**
 * Why an Azure DevOps `sub` did not match (docs/protocols.md §6.2, §6.5, §6.12): the pipeline token where
 * a connection was meant, the other issuer family's subject form, a renamed organisation, project
 * or connection (name-based subjects), or case. Always ends with the federated credential that
 * would accept exactly this token.
 */
export function adoSubjectHint(
  claims: Record<string, unknown>,
  patterns: Pattern[],
  expected: AzureDevOpsExpectations,
): string {
  const sub = claims['sub'];
  if (typeof sub !== 'string') return 'The token has no `sub` claim.';
  const family = familyOfToken(claims);
  const fic = `The federated credential for this token must contain ${federatedCredentialFor(claims)}.`;
  const wanted = patterns.map((p) => p.source);
  if (patterns.some((p) => p.testIgnoringCase(sub))) {
    return `They differ only in case; Entra and AWS compare subjects case-sensitively, and so does this check. ${fic}`;
  }
  if (sub.startsWith('p://')) {
    return expected.serviceConnectionId
      ? `This is the pipeline's own token, not service connection ${expected.serviceConnectionId}'s: reference the connection by its id in an input of this job. ${fic}`
      : `This is the pipeline's own token (\`p://org/project/pipeline\`): no service connection was given. ${fic}`;
  }
  if (family === 'entra' && wanted.some((w) => /^(sc|p):\/\//.test(w))) {
    return `The token comes from ${describeFamily('entra')}, not the Azure DevOps issuer: the connection was created or converted to use Entra-issued tokens. ${fic}`;
  }
  if (family === 'vstoken' && wanted.some((w) => w.startsWith('/eid1/'))) {
    return `The token comes from ${describeFamily('vstoken')}, not the Entra issuer: convert the service connection, or expect its \`sc://\` subject. ${fic}`;
  }
  if (family === 'vstoken') {
    return `Azure DevOps issuer subjects carry the organisation, project and connection names, which change when any of them is renamed. ${fic}`;
  }
  return fic;
}
