import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { OidcExchangeErrors } from '../../src/core/errors.js';
import { parsePlan } from '../../src/core/plan.js';
import { externalAccountFile } from '../../src/targets/gcp/credentials-file.js';
import { impersonationRefused } from '../../src/targets/gcp/google-errors.js';
import type { GcpSettings } from '../../src/targets/gcp/definition.js';
import { trustCommands } from '../../src/targets/gcp/trust.js';
import { TARGETS } from '../../src/targets/index.js';

const provider = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/my-repo';
const deploy = 'deploy@my-project.iam.gserviceaccount.com';
const relay = 'relay@my-project.iam.gserviceaccount.com';
const hop = 'hop@other-project.iam.gserviceaccount.com';

function settingsOf(inputs: Record<string, string>): GcpSettings {
  const p = parsePlan((n) => inputs[n] ?? '', TARGETS, { ci: 'github' });
  return p.targets[0]?.settings as GcpSettings;
}

function problems(inputs: Record<string, string>): string[] {
  try {
    parsePlan((n) => inputs[n] ?? '', TARGETS);
  } catch (error) {
    return (error as OidcExchangeErrors).errors.map((e) => `${e.message} ${e.hint ?? ''}`);
  }
  throw new Error('expected the plan to fail');
}

function words(command: string): string[] {
  const out = execFileSync('bash', ['-c', `set -- ${command}; printf '%s\\0' "$@"`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

describe('Google Cloud delegation chain and ID token inputs', () => {
  it('takes delegates as e-mails or resource names, in order, and the ID token settings', () => {
    const settings = settingsOf({
      'gcp-workload-identity-provider': provider,
      'gcp-service-account': deploy,
      'gcp-delegates': `projects/-/serviceAccounts/${relay}\n${hop}`,
      'gcp-id-token-audience': 'https://my-service-abc123-ew.a.run.app',
      'gcp-id-token-include-email': 'true',
    });
    expect(settings).toMatchObject({
      delegates: [relay, hop],
      idTokenAudience: 'https://my-service-abc123-ew.a.run.app',
      idTokenIncludeEmail: true,
    });
  });

  it('is asked for by the ID token audience alone, not by the include-email default', () => {
    expect(() => parsePlan((n) => ({ 'gcp-id-token-include-email': 'false' })[n] ?? '', TARGETS)).toThrow(
      'No target was given',
    );
    expect(problems({ 'gcp-id-token-audience': 'https://x.run.app' }).join('\n')).toContain(
      'Input `gcp-workload-identity-provider` is required',
    );
  });

  it('names each mistake: no service account, a project in place of `-`, an audience with spaces', () => {
    const found = problems({
      'gcp-workload-identity-provider': provider,
      'gcp-delegates': `projects/my-project/serviceAccounts/${relay}, not-an-account`,
      'gcp-id-token-audience': 'https://a.run.app https://b.run.app',
      'gcp-id-token-include-email': 'maybe',
    });
    expect(found).toEqual([
      expect.stringContaining('Input `gcp-delegates` must be service account e-mails'),
      expect.stringContaining("it is 'not-an-account'"),
      expect.stringContaining('Input `gcp-id-token-audience` must be one audience without spaces'),
      expect.stringContaining('Input `gcp-id-token-include-email` must be `true` or `false`'),
      expect.stringContaining('Input `gcp-id-token-audience` needs `gcp-service-account`'),
    ]);
    expect(found[0]).toContain('the `-` wildcard');
    expect(problems({ 'gcp-workload-identity-provider': provider, 'gcp-delegates': relay })[0]).toContain(
      'Input `gcp-delegates` needs `gcp-service-account`, but that is empty',
    );
  });

  it('prints one Token Creator binding per link, each value one shell word', () => {
    const settings = settingsOf({
      'gcp-workload-identity-provider': provider,
      'gcp-service-account': deploy,
      'gcp-delegates': `${relay},${hop}`,
    });
    const subject = `repo:o/r:ref:refs/heads/x'$(id)`;
    const [, ...bindings] = trustCommands(settings, { issuer: 'https://i', subject, audience: 'a' });
    const principal = `principal://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/github/subject/${subject}`;
    expect(bindings.map((b) => words(b).slice(4))).toEqual([
      [relay, '--role=roles/iam.serviceAccountTokenCreator', `--member=${principal}`],
      [hop, '--role=roles/iam.serviceAccountTokenCreator', `--member=serviceAccount:${relay}`],
      [deploy, '--role=roles/iam.serviceAccountTokenCreator', `--member=serviceAccount:${hop}`],
    ]);
  });

  it('writes the chain into an impersonated_service_account file around the external account', () => {
    const base = {
      'gcp-workload-identity-provider': provider,
      'gcp-service-account': deploy,
      'gcp-iam-credentials-endpoint': 'https://iamcredentials-psc.p.googleapis.com',
    };
    const plain = JSON.parse(externalAccountFile(settingsOf(base), '/t/token')) as Record<string, unknown>;
    expect(plain).toMatchObject({ type: 'external_account' });
    expect(plain).not.toHaveProperty('delegates');
    const chained = JSON.parse(
      externalAccountFile(settingsOf({ ...base, 'gcp-delegates': relay }), '/t/token'),
    ) as Record<string, unknown>;
    expect(chained).toEqual({
      type: 'impersonated_service_account',
      service_account_impersonation_url: `https://iamcredentials-psc.p.googleapis.com/v1/projects/-/serviceAccounts/${deploy}:generateAccessToken`,
      delegates: [`projects/-/serviceAccounts/${relay}`],
      scopes: ['https://www.googleapis.com/auth/cloud-platform'],
      lifetime: 3600,
      endpoint: 'https://iamcredentials-psc.p.googleapis.com',
      source_credentials: {
        type: 'external_account',
        audience: `//iam.googleapis.com/${provider}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: 'https://sts.googleapis.com/v1/token',
        credential_source: { file: '/t/token', format: { type: 'text' } },
        universe_domain: 'googleapis.com',
      },
    });
  });
});

describe("Google's refusals of generateIdToken", () => {
  const settings = settingsOf({
    'gcp-workload-identity-provider': provider,
    'gcp-service-account': deploy,
    'gcp-id-token-audience': 'https://x.run.app',
  });
  const presented = { issuer: 'https://i', subject: 'repo:o/r:ref:refs/heads/main', audience: 'a' };
  const answer = (status: number, code: string, message: string) => ({
    status,
    headers: {},
    body: JSON.stringify({ error: { code: status, status: code, message } }),
  });

  it('says what an audience must be when Google refuses it', () => {
    const error = impersonationRefused(
      answer(400, 'INVALID_ARGUMENT', 'Invalid audience: audience is required.'),
      settings,
      presented,
      'generateIdToken',
    );
    expect(error.code).toBe('GCP_EXCHANGE_FAILED');
    expect(error.message).toContain(`refused generateIdToken for ${deploy} (HTTP 400: INVALID_ARGUMENT`);
    expect(error.hint).toContain('a Cloud Run or Cloud Functions service by its URL');
  });

  it('without delegates, asks for the workloadIdentityUser binding (it grants getOpenIdToken)', () => {
    const error = impersonationRefused(
      answer(
        403,
        'PERMISSION_DENIED',
        "Permission 'iam.serviceAccounts.getOpenIdToken' denied on resource (or it may not exist).",
      ),
      settings,
      presented,
      'generateIdToken',
    );
    expect(error.code).toBe('GCP_PERMISSION_DENIED');
    expect(error.hint).toContain(`add-iam-policy-binding '${deploy}' --role=roles/iam.workloadIdentityUser`);
    expect(error.retryable).toBeFalsy();
  });
});
