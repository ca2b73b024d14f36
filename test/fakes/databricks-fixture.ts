import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { fetchIdToken } from './clients.ts';
import { startFakeCloud } from './cloud.ts';
import type { FakeCloud } from './cloud.ts';
import type { FakeDatabricks, FederationPolicy, ServicePrincipal } from './databricks.ts';
import { defaultJob } from './github-claims.ts';

export const mainSubject = 'repo:octo-org/app:ref:refs/heads/main';

export interface JsonResponse {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

export interface DatabricksFixture {
  readonly cloud: FakeCloud;
  readonly dbx: FakeDatabricks;
  /** A GitHub token for `aud` (default: the account id, the policies' default audience). */
  githubToken: (aud?: string) => Promise<string>;
  /** A new SP with one SP policy trusting the fake issuer and `mainSubject`; fields override. */
  servicePrincipalWithPolicy: (
    policy?: Partial<Extract<FederationPolicy, { kind: 'servicePrincipal' }>>,
  ) => ServicePrincipal;
  /** POST a token exchange; `subject_token` defaults to a fresh GitHub token. */
  exchange: (form: Record<string, string>, level?: 'workspace' | 'account') => Promise<JsonResponse>;
  /** GET a workspace API with `Authorization: Bearer <token>` unless token is undefined. */
  call: (path: string, token: string | undefined, headers?: Record<string, string>) => Promise<JsonResponse>;
}

/** Starts a fake cloud for the file; before each test, a default GitHub job and no Databricks principals. */
export function useDatabricksFixture(): DatabricksFixture {
  let cloud: FakeCloud | undefined;
  const started = () => cloud ?? expect.fail('the fake cloud is not started');
  const json = async (res: Response): Promise<JsonResponse> => {
    const text = await res.text();
    return {
      status: res.status,
      body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>,
      headers: res.headers,
    };
  };

  const fixture: DatabricksFixture = {
    get cloud() {
      return started();
    },
    get dbx() {
      return started().databricks;
    },
    githubToken: (aud) => fetchIdToken(started().github, aud ?? started().databricks.accountId),
    servicePrincipalWithPolicy(policy = {}) {
      const { dbx } = fixture;
      const applicationId = policy.applicationId ?? randomUUID();
      const sp = dbx.addServicePrincipal({ applicationId, displayName: 'ci-deployer' });
      dbx.addFederationPolicy({
        kind: 'servicePrincipal',
        applicationId,
        issuer: started().issuer.issuer,
        subject: mainSubject,
        ...policy,
      });
      return sp;
    },
    async exchange(form, level = 'workspace') {
      const { dbx } = fixture;
      const path = level === 'workspace' ? '/oidc/v1/token' : `/oidc/accounts/${dbx.accountId}/v1/token`;
      const body = new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        scope: 'all-apis',
        subject_token: form['subject_token'] ?? (await fixture.githubToken()),
        ...form,
      });
      return json(await fetch(`${dbx.workspaceHost}${path}`, { method: 'POST', body }));
    },
    async call(path, token, headers = {}) {
      const auth: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
      return json(await fetch(`${fixture.dbx.workspaceHost}${path}`, { headers: { ...auth, ...headers } }));
    },
  };

  beforeAll(async () => {
    cloud = await startFakeCloud();
  });
  afterAll(() => cloud?.close());
  beforeEach(() => {
    started().github.job = defaultJob();
    started().github.clockOffsetSeconds = 0;
    started().databricks.reset();
    started().databricks.accessTokenLifetimeSeconds = 3600;
  });
  return fixture;
}
