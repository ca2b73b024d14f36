import type { HttpClient } from '../../core/http.js';
import { neutralise } from '../../core/neutralise.js';
import type { Plan } from '../../core/plan.js';
import type { TokenSource } from '../../core/token-supply.js';
import type { TrustOptions } from '../../trust/emit.js';

/**
 * `oidc-exchange trust`: the trust that accepts this job's token for every requested target, as a
 * Terraform file (`--format terraform`, the default) or shell commands (`--format shell`) on
 * stdout (or the file `--output` names), nothing else there, so `> trust.tf` is the file to commit. It fetches the token as
 * `explain` does and exchanges nothing; when the token does not meet the step's own expectations
 * it says so on stderr and exits 3, since a trust written from the patterns would refuse it. With
 * no token at hand (before a pipeline's first run) it writes the trust from the inputs alone.
 */
export const TRUST_FORMATS = new Set(['terraform', 'shell']);
const NOT_ACCEPTED = 3;

export function trustFormat(format: string): string | undefined {
  // `env` is the command line's default format: for `trust` that means Terraform.
  const chosen = format === 'env' ? 'terraform' : format;
  return TRUST_FORMATS.has(chosen) ? chosen : undefined;
}

/** `--azure-identity`: only `trust` has it, and only these two values. */
export function azureIdentityProblem(
  command: string | undefined,
  value: string | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  if (command !== 'trust') return '--azure-identity is an option of trust only';
  return value === 'application' || value === 'user-assigned'
    ? undefined
    : `--azure-identity must be application or user-assigned, not '${value}'`;
}

/** Where the trust goes: stdout, or the file of `--output`. */
export type TrustWriter = (text: string) => void;
const toStdout: TrustWriter = (text) => void process.stdout.write(text);

export async function trustCommand(
  plan: Plan,
  deps: { http: HttpClient; source: TokenSource },
  format: string,
  options: TrustOptions = {},
  write: TrustWriter = toStdout,
): Promise<number> {
  // Loaded only here: the trust emitters are not on the start-up of `exchange` and credential-process.
  const { explain } = await import('../../core/explain.js');
  const explained = await explain(plan, { ...deps, registerSecret: () => undefined, trustOptions: options });
  write(format === 'shell' ? explained.trust.shell : explained.trust.terraform);
  if (explained.problems === 0) return 0;
  const unmet = explained.lines.filter((l) => /^\s+(- |Signature: NOT)/.test(l));
  process.stderr.write(
    `oidc-exchange: the token does not meet every expectation, so this trust may refuse it:\n${unmet.map((l) => neutralise(l)).join('\n')}\n`,
  );
  return NOT_ACCEPTED;
}

/** No token at hand: the trust from `issuer`, `subject` and `claims` alone (trust/from-inputs.ts). */
export async function trustWithoutToken(
  plan: Plan,
  issuerWritten: boolean,
  format: string,
  options: TrustOptions = {},
  write: TrustWriter = toStdout,
): Promise<number> {
  const [{ emitTrust }, { trustFromInputs }] = await Promise.all([
    import('../../trust/emit.js'),
    import('../../trust/from-inputs.js'),
  ]);
  const trust = emitTrust(trustFromInputs(plan, issuerWritten), options);
  process.stderr.write(
    'oidc-exchange: no token at hand (not in GitHub Actions, no --token-file or --token-env): this trust is written from --issuer, --subject and --claims alone.\n',
  );
  write(format === 'shell' ? trust.shell : trust.terraform);
  return 0;
}
