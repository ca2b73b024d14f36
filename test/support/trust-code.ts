/**
 * Loads what `oidc-exchange trust` emits into the fake clouds, as the clouds would hold it after
 * `terraform apply` or after the pasted commands ran: the Terraform is read with HashiCorp's own
 * HCL parser (@cdktf/hcl2json, WASM), the commands are run by bash against recording stand-ins
 * for `aws`, `az`, `databricks` and `gcloud`. Every value is read back exactly, so a test that
 * then exchanges tokens proves what the emitted text really trusts.
 */
import { parse } from '@cdktf/hcl2json';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeCloud } from '../fakes/cloud.ts';
import type { TrustPolicy } from '../fakes/sts-trust.ts';
import { tempFolder } from './temp-folders.ts';
import { childEnv } from './child-env.ts';
import {
  entraCollector,
  entraFromCall,
  entraFromTerraform,
  SHELL_IDENTITY,
  type TrustIdentity,
} from './trust-code-entra.ts';

/** What the emitted text cannot know and the test supplies: the identities it is applied to. */
export interface TrustTargets {
  accountId: string;
  tenantId: string;
  /** The Databricks service principal's application id (the numeric id is `SP_ID` / the variable). */
  databricksAppId?: string;
  /** The user-assigned managed identity `--azure-identity user-assigned` trust is applied to. */
  identity?: TrustIdentity;
  /** The role's path (`/ci/`): `--role-name` names the role without it. */
  rolePath?: string;
  /** What `terraform apply` is given for the file's variables (`-var name=value`). */
  variables?: Record<string, string>;
  /** Keeps only the resources (Terraform) or commands (shell) for which this says yes. */
  only?: (text: string) => boolean;
}

type Blocks = Record<string, Record<string, Array<Record<string, unknown>>>>;

/** A Terraform JSON string back to its value: `$${` and `%%{` are the escapes of `${` and `%{`. */
export function literal(value: unknown): string {
  if (typeof value !== 'string') throw new Error(`expected a string, got ${JSON.stringify(value)}`);
  if (/(^|[^$])\$\{|(^|[^%])%\{/.test(value)) throw new Error(`unexpected interpolation in ${value}`);
  return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

export async function parseTerraform(text: string): Promise<Record<string, unknown>> {
  return (await parse('trust.tf', text)) as Record<string, unknown>;
}

/** `${jsonencode({…})}` → the object, references left as `${…}` strings. */
export async function jsonencoded(expression: unknown): Promise<unknown> {
  const inner = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(String(expression))?.[1];
  if (inner === undefined) throw new Error(`not a jsonencode(): ${String(expression)}`);
  const parsed = (await parse('inner.tf', `locals {\n  v = ${inner}\n}\n`)) as {
    locals: Array<{ v: unknown }>;
  };
  return parsed.locals[0]?.v;
}

/** Deep copy with every string read back, references resolved by `ref`. */
export function values(value: unknown, ref: (name: string) => string): unknown {
  if (typeof value === 'string') {
    const reference = /^\$\{([\w.]+)\}$/.exec(value)?.[1];
    return reference ? ref(reference) : literal(value);
  }
  if (Array.isArray(value)) return value.map((v) => values(v, ref));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [literal(k), values(v, ref)]));
  return value;
}

export async function loadTerraform(cloud: FakeCloud, text: string, t: TrustTargets): Promise<void> {
  const tf = await parseTerraform(text);
  const resources = (tf['resource'] ?? {}) as Blocks;
  const data = (tf['data'] ?? {}) as Blocks;
  const keep = (name: string) => t.only?.(name) ?? true;
  const each = (type: string) =>
    Object.entries(resources[type] ?? {}).flatMap(([name, blocks]) =>
      keep(name) ? blocks.map((b) => ({ name, b })) : [],
    );

  // AWS: providers, then roles whose trust references them.
  const providerArns = new Map<string, string>();
  for (const { name, b } of Object.entries(resources['aws_iam_openid_connect_provider'] ?? {}).flatMap(
    ([n, bs]) => bs.map((b) => ({ name: n, b })),
  )) {
    const url = literal(b['url']);
    const arn = `arn:aws:iam::${t.accountId}:oidc-provider/${url.replace('https://', '')}`;
    providerArns.set(`aws_iam_openid_connect_provider.${name}.arn`, arn);
    if (keep(name))
      cloud.sts.addOidcProvider({
        accountId: t.accountId,
        url,
        clientIds: (b['client_id_list'] as string[]).map(literal),
      });
  }
  for (const { b } of each('aws_iam_role')) {
    const policy = values(await jsonencoded(b['assume_role_policy']), (r) => {
      const value = providerArns.get(r) ?? t.variables?.[r.replace(/^var\./, '')];
      if (value === undefined) throw new Error(`unknown reference ${r}`);
      return value;
    }) as TrustPolicy;
    policy.Statement = policy.Statement.filter((s) => {
      const federated = s.Principal.Federated;
      return (
        federated === undefined ||
        [...providerArns].some(([r, arn]) => arn === federated && keep(r.split('.')[1] ?? ''))
      );
    });
    cloud.sts.addRole({
      arn: `arn:aws:iam::${t.accountId}:role${literal(b['path'])}${literal(b['name'])}`,
      trustPolicy: policy,
    });
  }

  // Entra: applications and user-assigned identities, by client id, and their credentials.
  const entra = entraCollector();
  entraFromTerraform(resources, data, keep, literal, t.identity, entra);
  entra.load(cloud, t.tenantId);

  // Databricks: service principal policies (the numeric id is a variable: the test names the SP).
  for (const { b } of each('databricks_account_federation_policy')) {
    const oidc = oidcPolicy(b);
    cloud.databricks.addFederationPolicy({
      kind: 'account',
      issuer: literal(oidc['issuer']),
      audiences: (oidc['audiences'] as string[]).map(literal),
      subjectClaim: literal(oidc['subject_claim']),
    });
  }
  for (const { b } of each('databricks_service_principal_federation_policy')) {
    const oidc = oidcPolicy(b);
    cloud.databricks.addFederationPolicy({
      kind: 'servicePrincipal',
      applicationId: t.databricksAppId ?? '',
      issuer: literal(oidc['issuer']),
      audiences: (oidc['audiences'] as string[]).map(literal),
      subject: literal(oidc['subject']),
    });
  }

  // Google: providers and the service account's workload identity users.
  for (const { b } of each('google_iam_workload_identity_pool_provider')) {
    const oidc = (b['oidc'] as Array<Record<string, unknown>>)[0] ?? {};
    const pool = literal(
      ((resources['google_iam_workload_identity_pool'] ?? {})['oidc_exchange'] ?? [])[0]?.[
        'workload_identity_pool_id'
      ],
    );
    cloud.google.addProvider({
      projectNumber: literal(b['project']),
      pool,
      provider: literal(b['workload_identity_pool_provider_id']),
      issuer: literal(oidc['issuer_uri']),
      allowedAudiences: ((oidc['allowed_audiences'] as string[] | undefined) ?? []).map(literal),
      attributeMapping: values(b['attribute_mapping'], () => '') as Record<string, string>,
      attributeCondition: literal(b['attribute_condition']),
    });
  }
  const members = new Map<string, string[]>();
  for (const { b } of each('google_service_account_iam_member')) {
    const email = literal(b['service_account_id']).split('/').at(-1) ?? '';
    members.set(email, [...(members.get(email) ?? []), literal(b['member'])]);
  }
  for (const [email, workloadIdentityUsers] of members)
    cloud.google.addServiceAccount({ email, workloadIdentityUsers });
}

/**
 * `oidc_policy` is a nested attribute in the Databricks provider (`oidc_policy = { … }`): the
 * parser gives an object. A block (`oidc_policy { … }`, an array here) is what the provider refuses.
 */
function oidcPolicy(b: Record<string, unknown>): Record<string, unknown> {
  const policy = b['oidc_policy'];
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy))
    throw new Error(`oidc_policy must be an attribute (oidc_policy = {…}), got ${JSON.stringify(policy)}`);
  return policy as Record<string, unknown>;
}

const TOOLS = ['aws', 'az', 'databricks', 'gcloud'];

let standIns: string | undefined;

/** Runs the commands in bash with only recording stand-ins on PATH; returns each call's arguments. */
export function runShell(shell: string): string[][] {
  if (standIns === undefined) {
    standIns = tempFolder('trust-shell-');
    for (const tool of TOOLS) {
      writeFileSync(
        join(standIns, tool),
        `#!/bin/bash\nprintf '%s\\0' "\${0##*/}" "$#" "$@" >> "$RECORD_LOG"\n`,
      );
      chmodSync(join(standIns, tool), 0o755);
    }
  }
  const bin = standIns;
  const log = join(bin, 'calls');
  writeFileSync(log, '');
  execFileSync('/bin/bash', ['-e', '-c', shell], {
    env: childEnv({
      PATH: bin,
      RECORD_LOG: log,
      SP_ID: '1234567',
      GCP_ROLE: 'roles/viewer',
      AZURE_IDENTITY_NAME: SHELL_IDENTITY.name,
      AZURE_IDENTITY_RESOURCE_GROUP: SHELL_IDENTITY.resourceGroup,
    }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const fields = readFileSync(log, 'utf8').split('\0').slice(0, -1);
  const calls: string[][] = [];
  for (let i = 0; i < fields.length;) {
    const count = Number(fields[i + 1]);
    calls.push([fields[i] ?? '', ...fields.slice(i + 2, i + 2 + count)]);
    i += 2 + count;
  }
  return calls;
}

/** `--name=value` or `--name value`. */
function flag(call: string[], name: string): string | undefined {
  const i = call.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const arg = call[i] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : call[i + 1];
}

export function loadShell(cloud: FakeCloud, shell: string, t: TrustTargets): string[][] {
  const calls = runShell(shell).filter((c) => t.only?.(c.join(' ')) ?? true);
  const entra = entraCollector();
  const accounts = new Map<string, string[]>();
  const pools = new Set<string>();
  for (const c of calls) {
    const command = c.slice(0, 4).join(' ');
    if (command.startsWith('aws iam create-open-id-connect-provider')) {
      cloud.sts.addOidcProvider({
        accountId: t.accountId,
        url: flag(c, 'url') ?? '',
        clientIds: (flag(c, 'client-id-list') ?? '').split(','),
      });
    } else if (c.slice(0, 3).join(' ') === 'aws iam update-assume-role-policy') {
      cloud.sts.addRole({
        arn: `arn:aws:iam::${t.accountId}:role${t.rolePath ?? '/'}${flag(c, 'role-name') ?? ''}`,
        trustPolicy: JSON.parse(flag(c, 'policy-document') ?? '') as TrustPolicy,
      });
    } else if (entraFromCall(c, flag, t.identity, entra)) {
      continue;
    } else if (c.slice(0, 4).join(' ') === 'databricks account federation-policy create') {
      const { oidc_policy: p } = JSON.parse(flag(c, 'json') ?? '') as {
        oidc_policy: { issuer: string; audiences: string[]; subject_claim: string };
      };
      cloud.databricks.addFederationPolicy({
        kind: 'account',
        issuer: p.issuer,
        audiences: p.audiences,
        subjectClaim: p.subject_claim,
      });
    } else if (c.slice(0, 4).join(' ') === 'databricks account service-principal-federation-policy create') {
      const { oidc_policy: p } = JSON.parse(flag(c, 'json') ?? '') as {
        oidc_policy: { issuer: string; audiences: string[]; subject: string };
      };
      cloud.databricks.addFederationPolicy({
        kind: 'servicePrincipal',
        applicationId: t.databricksAppId ?? '',
        ...p,
      });
    } else if (c.slice(0, 4).join(' ') === 'gcloud iam workload-identity-pools create') {
      pools.add(`${flag(c, 'project') ?? ''}/${c[4] ?? ''}/${flag(c, 'location') ?? ''}`);
    } else if (c.slice(0, 5).join(' ') === 'gcloud iam workload-identity-pools providers create-oidc') {
      // gcloud creates a provider only in a pool that exists: the commands must create it first.
      const pool = `${flag(c, 'project') ?? ''}/${flag(c, 'workload-identity-pool') ?? ''}/${flag(c, 'location') ?? ''}`;
      if (!pools.has(pool)) throw new Error(`a provider in pool ${pool}, which no command created`);
      const audiences = flag(c, 'allowed-audiences');
      cloud.google.addProvider({
        projectNumber: flag(c, 'project') ?? '',
        pool: flag(c, 'workload-identity-pool') ?? '',
        provider: c[5] ?? '',
        issuer: flag(c, 'issuer-uri') ?? '',
        allowedAudiences: audiences === undefined ? [] : [audiences.replace(/^\^;\^/, '')],
        attributeMapping: Object.fromEntries([(flag(c, 'attribute-mapping') ?? '').split('=')]) as Record<
          string,
          string
        >,
        attributeCondition: flag(c, 'attribute-condition') ?? '',
      });
    } else if (c.slice(0, 4).join(' ') === 'gcloud iam service-accounts add-iam-policy-binding') {
      const email = c[4] ?? '';
      accounts.set(email, [...(accounts.get(email) ?? []), flag(c, 'member') ?? '']);
    } else throw new Error(`unexpected command ${c.join(' ')}`);
  }
  entra.load(cloud, t.tenantId);
  for (const [email, workloadIdentityUsers] of accounts)
    cloud.google.addServiceAccount({ email, workloadIdentityUsers });
  return calls;
}
