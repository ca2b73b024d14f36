import { randomUUID } from 'node:crypto';
import { startServer } from './http-server.ts';
import type { Fault, FakeResponse, RecordedRequest } from './http-server.ts';
import { assumeRoleWithWebIdentity, parseRoleArn } from './sts-assume.ts';
import { assumeRole } from './sts-assume-role.ts';
import type { Role } from './sts-assume.ts';
import { uniqueId } from './sts-credentials.ts';
import type { IssuedCredentials } from './sts-credentials.ts';
import { errorResponse, sts } from './sts-errors.ts';
import type { StsError } from './sts-errors.ts';
import { verifySigV4 } from './sts-sigv4.ts';
import { providerArn } from './sts-token.ts';
import type { OidcProvider } from './sts-token.ts';
import { checkTrustPolicy } from './sts-trust.ts';
import type { TrustPolicy } from './sts-trust.ts';
import { actionResponse } from './sts-xml.ts';

export type { IssuedCredentials } from './sts-credentials.ts';
/** For STS-shaped `failNext` faults: `failNext(stsErrorResponse(stsErrors.idpCommunication()))`. */
export { errorResponse as stsErrorResponse, sts as stsErrors } from './sts-errors.ts';
export type { StsError } from './sts-errors.ts';
export type { ConditionOperator, TrustPolicy, TrustStatement } from './sts-trust.ts';

export interface FakeOidcProviderInput {
  accountId: string;
  /** The issuer, e.g. `https://localhost:1234/path`. */
  url: string;
  /** Accepted audiences (IAM's "client IDs"). */
  clientIds: string[];
}

export interface FakeRoleInput {
  /** `arn:aws:iam::<account>:role/[path/]<name>`. */
  arn: string;
  /** 3600 (the IAM default) to 43200. */
  maxSessionDurationSeconds?: number;
  trustPolicy: TrustPolicy;
}

export interface FakeSts {
  /** `https://localhost:PORT`: the SDK's `endpoint`, the CLI's `--endpoint-url`. */
  endpoint: string;
  /** Registers (or replaces) an IAM OIDC provider and returns its ARN. */
  addOidcProvider(provider: FakeOidcProviderInput): string;
  /** Registers (or replaces) a role. */
  addRole(role: FakeRoleInput): void;
  /** When set, issued credentials expire after this many seconds whatever DurationSeconds says. */
  credentialLifetimeSeconds: number | undefined;
  /** How long a fetch of the issuer's discovery or JWKS may take (AWS allows about 5 s). */
  externalFetchTimeoutMs: number;
  issued: IssuedCredentials[];
  /** Answers the next `times` requests, of any action, with `Throttling: Rate exceeded`. */
  throttle(times?: number): void;
  /** Answers the next `times` AssumeRoleWithWebIdentity calls that reach the IdP step with IDPCommunicationError. */
  idpCommunicationError(times?: number): void;
  /**
   * Answers the next `times` calls of `action` (e.g. AssumeRoleWithWebIdentity) with `error`, in
   * STS's XML ErrorResponse; other actions (a later step's GetCallerIdentity) are answered as usual.
   * Returns a function that withdraws what is left of the fault.
   */
  failAction(action: string, error: StsError, times?: number): () => void;
  requests: RecordedRequest[];
  failNext: (fault: Fault, times?: number) => void;
  close: () => Promise<void>;
}

/**
 * AWS STS's query API for AssumeRoleWithWebIdentity (unsigned), and AssumeRole (role chaining) and
 * GetCallerIdentity (SigV4 with the credentials it issued), answering in STS's XML (docs/protocols.md §3). No roles or providers exist
 * until a test adds them.
 */
export async function startSts(): Promise<FakeSts> {
  const providers = new Map<string, OidcProvider>();
  const roles = new Map<string, Role>();
  let throttled = 0;
  let idpFaults = 0;
  const actionFaults: Array<{ action: string; error: StsError; remaining: number }> = [];

  const handle = async (req: RecordedRequest): Promise<FakeResponse> => {
    const requestId = randomUUID();
    if (throttled > 0) {
      throttled--;
      return errorResponse(sts.throttling(), requestId);
    }
    if (req.path !== '/') return { status: 404, body: '' };
    const params = { ...req.query, ...req.form };
    const { Action: action, Version: version } = params;
    const fault = actionFaults.find((f) => f.action === action);
    if (fault) {
      if (--fault.remaining <= 0) actionFaults.splice(actionFaults.indexOf(fault), 1);
      return errorResponse(fault.error, requestId);
    }
    if (version === '2011-06-15' && action === 'AssumeRoleWithWebIdentity') {
      const outcome = await assumeRoleWithWebIdentity(params, {
        providers,
        roles,
        credentialLifetimeSeconds: fake.credentialLifetimeSeconds,
        externalFetchTimeoutMs: fake.externalFetchTimeoutMs,
        takeIdpFault: () => {
          if (idpFaults === 0) return false;
          idpFaults--;
          return true;
        },
      });
      if (!outcome.ok) return errorResponse(outcome.error, requestId);
      fake.issued.push(outcome.issued);
      return actionResponse(action, outcome.result, requestId);
    }
    if (version === '2011-06-15' && action === 'AssumeRole') {
      const verified = verifySigV4(req, (id) => fake.issued.find((c) => c.accessKeyId === id));
      if (!verified.ok) return errorResponse(verified.error, requestId);
      const outcome = assumeRole(params, verified.credentials, {
        roles,
        credentialLifetimeSeconds: fake.credentialLifetimeSeconds,
      });
      if (!outcome.ok) return errorResponse(outcome.error, requestId);
      fake.issued.push(outcome.issued);
      return actionResponse(action, outcome.result, requestId);
    }
    if (version === '2011-06-15' && action === 'GetCallerIdentity') {
      const verified = verifySigV4(req, (id) => fake.issued.find((c) => c.accessKeyId === id));
      if (!verified.ok) return errorResponse(verified.error, requestId);
      const { assumedRoleArn, assumedRoleId, accountId } = verified.credentials;
      return actionResponse(
        action,
        { Arn: assumedRoleArn, UserId: assumedRoleId, Account: accountId },
        requestId,
      );
    }
    return errorResponse(sts.invalidAction(action, version), requestId);
  };

  const server = await startServer(handle);
  const fake: FakeSts = {
    endpoint: server.url,
    addOidcProvider({ accountId, url, clientIds }) {
      if (!/^\d{12}$/.test(accountId))
        throw new Error(`addOidcProvider: account ${accountId} is not 12 digits`);
      if (!url.startsWith('https://')) throw new Error(`addOidcProvider: ${url} is not an https URL`);
      const arn = providerArn(accountId, url);
      providers.set(arn, {
        arn,
        accountId,
        url,
        keyPrefix: url.slice('https://'.length),
        clientIds: [...clientIds],
      });
      return arn;
    },
    addRole({ arn, maxSessionDurationSeconds = 3600, trustPolicy }) {
      const parsed = parseRoleArn(arn);
      if (!parsed) throw new Error(`addRole: ${arn} is not a role ARN`);
      if (maxSessionDurationSeconds < 3600 || maxSessionDurationSeconds > 43200) {
        throw new Error('addRole: maxSessionDurationSeconds must be 3600 to 43200');
      }
      checkTrustPolicy(trustPolicy);
      const roleId = roles.get(arn)?.roleId ?? uniqueId('AROA', 21);
      roles.set(arn, { ...parsed, arn, roleId, maxSessionDurationSeconds, trustPolicy });
    },
    credentialLifetimeSeconds: undefined,
    externalFetchTimeoutMs: 5000,
    issued: [],
    failAction(action, error, times = 1) {
      const fault = { action, error, remaining: times };
      actionFaults.push(fault);
      return () => {
        const index = actionFaults.indexOf(fault);
        if (index >= 0) actionFaults.splice(index, 1);
      };
    },
    throttle(times = 1) {
      throttled += times;
    },
    idpCommunicationError(times = 1) {
      idpFaults += times;
    },
    requests: server.requests,
    failNext: server.failNext,
    close: server.close,
  };
  return fake;
}
