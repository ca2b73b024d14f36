/**
 * Google Cloud without `gcp-service-account` (direct resource access): the binding is on the
 * project with a role the inputs do not know, `var.gcp_role` in Terraform and `$GCP_ROLE` in the
 * commands, which say once what to set it to.
 */
import { describe, expect, it } from 'vitest';
import { gcpTrust } from '../../src/trust/gcp.js';
import type { GcpSettings } from '../../src/targets/gcp/definition.js';
import { runShell } from '../support/trust-code.ts';

const settings = {
  provider: 'projects/123/locations/global/workloadIdentityPools/pool/providers/prov',
  projectNumber: '123',
  pool: 'pool',
  projectId: 'p-123456',
} as GcpSettings;

describe('Google Cloud, direct resource access', () => {
  it('the commands name $GCP_ROLE once and bind each exact subject on the project with it', () => {
    const code = gcpTrust(settings, [
      {
        issuer: 'https://token.actions.githubusercontent.com',
        audience:
          'https://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/pool/providers/prov',
        subjects: ['repo:o/r:ref:refs/heads/main', 'repo:o/r:environment:prod'],
        patterns: true,
        claims: [],
        tokenSubject: 'repo:o/r:ref:refs/heads/main',
        role: 'current',
      },
    ]);
    const notes = code.shell.filter((l) => l.startsWith('# GCP_ROLE:'));
    expect(notes).toEqual([
      '# GCP_ROLE: the role the job needs on the project (direct resource access, no service account).',
    ]);
    const bindings = runShell(code.shell.join('\n')).filter((c) => c[1] === 'projects');
    expect(bindings.map((c) => c.find((a) => a.startsWith('--role=')))).toEqual([
      '--role=roles/viewer', // runShell's GCP_ROLE
      '--role=roles/viewer',
    ]);
    expect(code.terraform.join('\n').match(/variable "gcp_role"/g)).toHaveLength(1);
  });
});
