import { randomUUID } from 'node:crypto';

/** The workflow job the fake GitHub endpoint mints tokens for. Mutate it freely between requests. */
export interface FakeJob {
  repository: string;
  repositoryId: string;
  repositoryOwnerId: string;
  repositoryVisibility: string;
  environment?: string | undefined;
  ref: string;
  /** Pull-request target and source branches; GitHub sends '' outside pull requests (docs/protocols.md §1.5). */
  baseRef: string;
  headRef: string;
  eventName: string;
  workflow: string;
  workflowRef: string;
  jobWorkflowRef: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  actor: string;
  actorId: string;
  sha: string;
  runnerEnvironment: string;
  /** Use the `repo:OWNER@OWNER_ID/NAME@REPO_ID:…` subject (docs/protocols.md §1.6). */
  immutableSubject: boolean;
  /** Replaces the computed `sub` entirely (custom subject templates). */
  subject?: string | undefined;
  /** Added to (or overriding) the computed claims. */
  extraClaims?: Record<string, unknown> | undefined;
}

export function defaultJob(): FakeJob {
  return {
    repository: 'octo-org/app',
    repositoryId: '456789',
    repositoryOwnerId: '123456',
    repositoryVisibility: 'private',
    environment: undefined,
    ref: 'refs/heads/main',
    baseRef: '',
    headRef: '',
    eventName: 'push',
    workflow: 'deploy',
    workflowRef: 'octo-org/app/.github/workflows/deploy.yml@refs/heads/main',
    jobWorkflowRef: 'octo-org/app/.github/workflows/deploy.yml@refs/heads/main',
    runId: '9001',
    runNumber: '42',
    runAttempt: '1',
    actor: 'monalisa',
    actorId: '583231',
    sha: 'd6a6bcbf4b8e1c7bb6f36a3bb1c2cd7e5f1b3a90',
    runnerEnvironment: 'github-hosted',
    immutableSubject: false,
  };
}

/** The default `sub` (docs/protocols.md §1.6): environment first, then pull_request, then the ref. */
export function subjectFor(job: FakeJob): string {
  if (job.subject !== undefined) return job.subject;
  const [owner = '', name = ''] = job.repository.split('/');
  const repo = job.immutableSubject
    ? `${owner}@${job.repositoryOwnerId}/${name}@${job.repositoryId}`
    : job.repository;
  // A `:` inside a value is written as %3A, e.g. environment:Production%3AV1.
  const escape = (value: string) => value.replaceAll(':', '%3A');
  if (job.environment !== undefined) return `repo:${repo}:environment:${escape(job.environment)}`;
  if (job.eventName === 'pull_request') return `repo:${repo}:pull_request`;
  return `repo:${repo}:ref:${escape(job.ref)}`;
}

/**
 * The full GitHub claim set (docs/protocols.md §1.4–1.5): numeric ids are JSON strings, nbf = iat − 600,
 * exp = iat + lifetime. `environment` only appears when the job has one.
 */
export function claimsFor(
  job: FakeJob,
  opts: { issuer: string; audience: string; nowSeconds: number; lifetimeSeconds: number },
): Record<string, unknown> {
  const owner = job.repository.split('/')[0] ?? '';
  const iat = opts.nowSeconds;
  const environment = job.environment === undefined ? {} : { environment: job.environment };
  return {
    jti: randomUUID(),
    sub: subjectFor(job),
    aud: opts.audience,
    ref: job.ref,
    sha: job.sha,
    repository: job.repository,
    repository_owner: owner,
    repository_owner_id: job.repositoryOwnerId,
    run_id: job.runId,
    run_number: job.runNumber,
    run_attempt: job.runAttempt,
    repository_visibility: job.repositoryVisibility,
    repository_id: job.repositoryId,
    actor_id: job.actorId,
    actor: job.actor,
    workflow: job.workflow,
    head_ref: job.headRef,
    base_ref: job.baseRef,
    event_name: job.eventName,
    ref_protected: 'false',
    ref_type: job.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    workflow_ref: job.workflowRef,
    workflow_sha: job.sha,
    job_workflow_ref: job.jobWorkflowRef,
    job_workflow_sha: job.sha,
    ...environment,
    runner_environment: job.runnerEnvironment,
    iss: opts.issuer,
    nbf: iat - 600,
    exp: iat + opts.lifetimeSeconds,
    iat,
    ...job.extraClaims,
  };
}
