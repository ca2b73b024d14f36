import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type {
  AssumeRoleWithWebIdentityCommandInput,
  AssumeRoleWithWebIdentityCommandOutput,
  GetCallerIdentityCommandOutput,
} from '@aws-sdk/client-sts';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { fetchIdToken } from './clients.ts';
import { startFakeCloud } from './cloud.ts';
import type { FakeCloud } from './cloud.ts';
import { defaultJob } from './github-claims.ts';
import type { IssuedCredentials, TrustStatement } from './sts.ts';

export const account = '123456789012';
export const roleArn = `arn:aws:iam::${account}:role/ci/deploy`;
export const audience = 'sts.amazonaws.com';
export const mainSubject = 'repo:octo-org/app:ref:refs/heads/main';

export interface StsFixture {
  readonly cloud: FakeCloud;
  /** The issuer without `https://`: the provider's condition-key prefix. */
  readonly host: string;
  readonly providerArn: string;
  /** Replaces the role `ci/deploy` with one Allow statement for the fake issuer, plus `extra`. */
  trust: (condition: TrustStatement['Condition'], extra?: TrustStatement[]) => void;
  githubToken: (aud?: string) => Promise<string>;
  /** @aws-sdk/client-sts, unsigned, with a fresh GitHub token unless one is given. */
  assume: (
    input?: Partial<AssumeRoleWithWebIdentityCommandInput>,
  ) => Promise<AssumeRoleWithWebIdentityCommandOutput>;
  /** GetCallerIdentity signed by @aws-sdk/client-sts with these credentials. */
  callerIdentity: (
    credentials: Pick<IssuedCredentials, 'accessKeyId' | 'secretAccessKey' | 'sessionToken'>,
  ) => Promise<GetCallerIdentityCommandOutput>;
  lastIssued: () => IssuedCredentials;
}

/**
 * Registers hooks that start a fake cloud with an OIDC provider for its issuer (audience
 * sts.amazonaws.com) and, before each test, a role trusting the default GitHub job's subject.
 */
export function useStsFixture(): StsFixture {
  let cloud: FakeCloud | undefined;
  let providerArn = '';
  const started = () => cloud ?? expect.fail('the fake cloud is not started');
  const host = () => started().issuer.issuer.replace('https://', '');
  const client = (credentials?: Parameters<StsFixture['callerIdentity']>[0]) =>
    new STSClient({
      region: 'eu-west-1',
      endpoint: started().sts.endpoint,
      maxAttempts: 1,
      ...(credentials ? { credentials } : {}),
    });

  const fixture: StsFixture = {
    get cloud() {
      return started();
    },
    get host() {
      return host();
    },
    get providerArn() {
      return providerArn;
    },
    trust(condition, extra = []) {
      const statement: TrustStatement = {
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        ...(condition === undefined ? {} : { Condition: condition }),
      };
      started().sts.addRole({
        arn: roleArn,
        trustPolicy: { Version: '2012-10-17', Statement: [statement, ...extra] },
      });
    },
    githubToken: (aud = audience) => fetchIdToken(started().github, aud),
    async assume(input = {}) {
      const token = input.WebIdentityToken ?? (await fixture.githubToken());
      const command = { RoleArn: roleArn, RoleSessionName: 'ci-run', ...input, WebIdentityToken: token };
      return client().send(new AssumeRoleWithWebIdentityCommand(command));
    },
    callerIdentity: (credentials) => client(credentials).send(new GetCallerIdentityCommand({})),
    lastIssued: () => started().sts.issued.at(-1) ?? expect.fail('no credentials were issued'),
  };

  beforeAll(async () => {
    cloud = await startFakeCloud();
    providerArn = cloud.sts.addOidcProvider({
      accountId: account,
      url: cloud.issuer.issuer,
      clientIds: [audience],
    });
  });
  afterAll(() => cloud?.close());
  beforeEach(() => {
    started().github.job = defaultJob();
    started().github.clockOffsetSeconds = 0;
    started().sts.credentialLifetimeSeconds = undefined;
    fixture.trust({ StringEquals: { [`${host()}:aud`]: audience, [`${host()}:sub`]: mainSubject } });
  });
  return fixture;
}

/** The wire code, HTTP status and message of a call STS refused. */
export async function refusal(
  call: Promise<unknown>,
): Promise<{ code: string; status: number | undefined; message: string }> {
  const error = (await call.then(
    () => expect.fail('expected STS to refuse'),
    (e: unknown) => e,
  )) as { Code: string; message: string; $metadata: { httpStatusCode?: number } };
  return { code: error.Code, status: error.$metadata.httpStatusCode, message: error.message };
}
