import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { OidcExchangeErrors } from '../../src/core/errors.js';
import { parsePlan } from '../../src/core/plan.js';
import type { GcpSettings } from '../../src/targets/gcp/definition.js';
import { trustCommands } from '../../src/targets/gcp/trust.js';
import { TARGETS } from '../../src/targets/index.js';
import { evaluateCondition } from '../fakes/google-condition.ts';

const provider = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/my-repo';

function plan(inputs: Record<string, string>) {
  const p = parsePlan((n) => inputs[n] ?? '', TARGETS, { ci: 'github' });
  return { settings: p.targets[0]?.settings as GcpSettings, audience: p.targets[0]?.audience };
}

function problems(inputs: Record<string, string>): string[] {
  try {
    parsePlan((n) => inputs[n] ?? '', TARGETS);
  } catch (error) {
    return (error as OidcExchangeErrors).errors.map((e) => `${e.message} ${e.hint ?? ''}`);
  }
  throw new Error('expected the plan to fail');
}

/** The words bash makes of a command line (what a person pasting it would run). */
function words(command: string): string[] {
  const out = execFileSync('bash', ['-c', `set -- ${command}; printf '%s\\0' "$@"`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

describe('Google Cloud inputs', () => {
  it('asks for the audience Google expects for the provider, and takes the project from the service account', () => {
    const { settings, audience } = plan({
      'gcp-workload-identity-provider': provider,
      'gcp-service-account': 'deploy@my-project.iam.gserviceaccount.com',
    });
    expect(audience).toBe(`https://iam.googleapis.com/${provider}`);
    expect(settings).toMatchObject({
      projectNumber: '123456789012',
      pool: 'github',
      projectId: 'my-project',
      scopes: ['https://www.googleapis.com/auth/cloud-platform'],
      lifetimeSeconds: 3600,
      stsEndpoint: 'https://sts.googleapis.com',
      iamCredentialsEndpoint: 'https://iamcredentials.googleapis.com',
    });
  });

  it('is not asked for by its defaults alone (the runner passes every default)', () => {
    const p = () =>
      parsePlan(
        (n) => ({ 'gcp-scopes': 'cloud-platform', 'gcp-token-lifetime-seconds': '3600' })[n] ?? '',
        TARGETS,
      );
    expect(p).toThrow('No target was given');
  });

  it('names the input, the expected form and the mistake', () => {
    expect(problems({ 'gcp-workload-identity-provider': `//iam.googleapis.com/${provider}` })[0]).toContain(
      'without the `//iam.googleapis.com/`',
    );
    expect(
      problems({ 'gcp-workload-identity-provider': provider.replace('123456789012', 'my-project') })[0],
    ).toContain('project number, not the project id');
    const many = problems({
      'gcp-workload-identity-provider': provider,
      'gcp-service-account': 'deploy@example.com',
      'gcp-token-lifetime-seconds': '30',
      'gcp-sts-endpoint': 'http://sts.example.com',
    });
    expect(many.map((m) => /`([a-z-]+)`/.exec(m)?.[1])).toEqual([
      'gcp-service-account',
      'gcp-token-lifetime-seconds',
      'gcp-sts-endpoint',
    ]);
  });
});

describe('Google Cloud trust commands', () => {
  const { settings } = plan({
    'gcp-workload-identity-provider': provider,
    'gcp-service-account': 'deploy@my-project.iam.gserviceaccount.com',
  });

  it('stay one shell word per value, and the condition accepts exactly the hostile subject', () => {
    const subject = `repo:o/r:ref:refs/heads/x'$(touch /tmp/pwned)\`id\`"\\`;
    const [create = '', bind = ''] = trustCommands(settings, {
      issuer: 'https://token.actions.githubusercontent.com',
      subject,
      audience: 'https://example.com/a,b',
    });
    const created = words(create);
    expect(created.slice(0, 6)).toEqual([
      'gcloud',
      'iam',
      'workload-identity-pools',
      'providers',
      'create-oidc',
      'my-repo',
    ]);
    expect(created).toContain('--allowed-audiences=^;^https://example.com/a,b');
    const condition = created.find((w) => w.startsWith('--attribute-condition='))?.slice(22) ?? '';
    expect(evaluateCondition(condition, { assertion: { sub: subject } })).toBe(true);
    expect(evaluateCondition(condition, { assertion: { sub: `${subject}x` } })).toBe(false);
    expect(words(bind)).toEqual([
      'gcloud',
      'iam',
      'service-accounts',
      'add-iam-policy-binding',
      'deploy@my-project.iam.gserviceaccount.com',
      '--role=roles/iam.workloadIdentityUser',
      `--member=principal://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/github/subject/${subject}`,
    ]);
  });

  it('leave out allowed audiences when the token carries the default one', () => {
    const [create = ''] = trustCommands(settings, {
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:o/r:ref:refs/heads/main',
      audience: `https://iam.googleapis.com/${provider}`,
    });
    expect(create).not.toContain('--allowed-audiences');
  });
});
