import { accessSync, constants, statSync } from 'node:fs';
import { OidcExchangeError } from '../../core/errors.js';
import type { HttpClient } from '../../core/http.js';
import type { Plan } from '../../core/plan.js';
import type { TokenSource } from '../../core/token-supply.js';
import { fileSource, valueSource } from '../../sources/file.js';
import { planSource } from '../shared/choose-source.js';
import type { CliArgs } from './args.js';

/**
 * Where the command line's token comes from. A token that did not come from the runner itself is
 * always verified against an issuer the caller names. A token file that cannot be read, or a
 * variable that is not set, is bad usage (exit 2), found before any request.
 */
export function chooseSource(
  args: CliArgs,
  plan: Plan,
  env: NodeJS.ProcessEnv,
  http: HttpClient,
): TokenSource {
  const explicit =
    args.tokenFile !== undefined ? '--token-file' : args.tokenEnv !== undefined ? '--token-env' : undefined;
  if (explicit) {
    if (!args.inputs.get('issuer')) {
      throw new OidcExchangeError(
        'INPUT_INVALID',
        `Input \`issuer\` is required with ${explicit}: such a token is always verified against the issuer you name.`,
        {
          hint: 'Add `--issuer` with your CI’s issuer, e.g. `https://gitlab.com` (or your instance), `https://oidc.circleci.com/org/<org id>`, `https://agent.buildkite.com`, or your cluster’s.',
        },
      );
    }
    if (/^(false|no|off|0)$/i.test(args.inputs.get('verify-signature') ?? '')) {
      throw new OidcExchangeError(
        'INPUT_INVALID',
        `Input \`verify-signature\` cannot be off with ${explicit}.`,
        {
          hint: 'Remove `--verify-signature`: a token from a file or variable is always checked against its issuer’s keys; `oidc-exchange explain` shows why one fails.',
        },
      );
    }
    if (args.tokenFile !== undefined) {
      checkTokenFile(args.tokenFile);
      return fileSource(args.tokenFile);
    }
    const name = args.tokenEnv ?? '';
    if (!env[name]?.trim()) {
      throw new OidcExchangeError(
        'INPUT_INVALID',
        `--token-env names the environment variable ${name}, but it is ${env[name] === undefined ? 'not set' : 'empty'}.`,
        {
          hint: 'Give the name of the variable that holds the token, not the token: in GitLab, the name under the job’s `id_tokens:`; in CircleCI, CIRCLE_OIDC_TOKEN_V2.',
        },
      );
    }
    return valueSource(name, env[name]);
  }
  if (plan.source.kind === 'azure-managed-identity' || env['ACTIONS_ID_TOKEN_REQUEST_URL']) {
    return planSource(plan, env, http);
  }
  throw new OidcExchangeError(
    'INPUT_INVALID',
    'No OIDC token: not in GitHub Actions, and neither --token-file nor --token-env was given.',
    {
      hint: 'In GitLab, declare `id_tokens:` in the job and pass --token-env with its name.',
    },
  );
}

/** Whether chooseSource has a token to give (`trust` writes from the inputs alone when not). */
export function tokenAtHand(args: CliArgs, plan: Plan, env: NodeJS.ProcessEnv): boolean {
  return (
    args.tokenFile !== undefined ||
    args.tokenEnv !== undefined ||
    plan.source.kind === 'azure-managed-identity' ||
    Boolean(env['ACTIONS_ID_TOKEN_REQUEST_URL'])
  );
}

function checkTokenFile(path: string): void {
  let problem: string | undefined;
  try {
    if (!statSync(path).isFile()) problem = 'is not a file';
    else accessSync(path, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problem = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
  }
  if (problem) {
    throw new OidcExchangeError('INPUT_INVALID', `--token-file ${path} ${problem}.`, {
      hint: 'Give the path of the file that holds the token, e.g. a Kubernetes projected service-account token, or the file your CI writes it to before this step.',
    });
  }
}
