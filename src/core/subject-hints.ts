import type { Pattern } from './pattern.js';

/**
 * Explains why a `sub` did not match, in the terms of GitHub's subject rules (PROTOCOLS.md §1.6):
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
