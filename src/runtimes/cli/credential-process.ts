import { readFileSync } from 'node:fs';
import { asOidcExchangeError, errorLines, OidcExchangeError } from '../../core/errors.js';
import { neutralise } from '../../core/neutralise.js';
import type { HttpClient } from '../../core/http.js';
import { parsePlan } from '../../core/plan.js';
import { run } from '../../core/run.js';
import { awsTarget } from '../../targets/aws/definition.js';
import type { RunInfo } from '../../core/target.js';
import { planSource } from '../shared/choose-source.js';

/**
 * The key under which the settings file may hold the main step's RunInfo (non-secret: ids of the
 * run, the collection, the service connection), beside the inputs.
 */
const RUN_INFO_KEY = '$runInfo';

/**
 * `oidc-exchange credential-process --inputs-file PATH`: the AWS CLI's and SDKs' external
 * credential source (docs/protocols.md §3.6). Mints a fresh OIDC token from the job's own
 * environment (GitHub's request variables; on Azure DevOps SYSTEM_OIDCREQUESTURI and the
 * SYSTEM_ACCESSTOKEN the step maps, with the job's facts from the settings file), checks it as
 * the main step did, assumes the role through the AWS target's exchange (one unsigned STS request:
 * no AWS SDK, so nothing here reads this very profile and calls us again), and prints
 * `{"Version":1,…,"Expiration":"<RFC 3339>"}` on stdout, nothing else. On failure: one line on stderr (which the AWS CLI shows) and exit code 1; never a secret on stderr.
 */
export async function credentialProcess(
  inputsFile: string,
  env: NodeJS.ProcessEnv,
  http: HttpClient,
): Promise<number> {
  try {
    const { inputs, runInfo } = readSettings(inputsFile);
    const plan = parsePlan(
      (name) => inputs[name] ?? '',
      [awsTarget],
      runInfo ?? { runId: env['GITHUB_RUN_ID'], runAttempt: env['GITHUB_RUN_ATTEMPT'] },
    );
    if (plan.source.kind === 'azure-devops' && !env['SYSTEM_ACCESSTOKEN']) {
      // A script step has the job access token only when the pipeline maps it.
      throw new OidcExchangeError(
        'TOKEN_REQUEST_UNAVAILABLE',
        'This step cannot request an OIDC token: SYSTEM_ACCESSTOKEN is not in its environment.',
        {
          hint: 'Map it in the step that uses the AWS profile: `env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)`.',
        },
      );
    }
    const result = await run(plan, {
      http,
      source: planSource(plan, env, http),
      registerSecret: () => undefined,
      tempDir: '',
      childEnv: {},
      log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
    });
    const value = (name: string) => result.exports.find((e) => e.name === name)?.value ?? '';
    const grant = result.grants.find((g) => g.target === 'aws');
    process.stdout.write(
      `${JSON.stringify({
        Version: 1,
        AccessKeyId: value('AWS_ACCESS_KEY_ID'),
        SecretAccessKey: value('AWS_SECRET_ACCESS_KEY'),
        SessionToken: value('AWS_SESSION_TOKEN'),
        Expiration: (grant?.expiresAt ?? result.expiresAt).toISOString(),
      })}\n`,
    );
    return 0;
  } catch (thrown) {
    // The AWS CLI shows this line in the step's log, which the runner also reads for commands.
    const lines = errorLines(asOidcExchangeError(thrown)).map(neutralise);
    process.stderr.write(`oidc-exchange credential-process: ${lines.join('\n')}\n`);
    return 1;
  }
}

function readSettings(path: string): { inputs: Record<string, string>; runInfo: RunInfo | undefined } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'not JSON';
    throw new OidcExchangeError('INPUT_INVALID', `Could not read the settings file ${path} (${code}).`, {
      hint: 'Give --inputs-file the path of a JSON object of the inputs (`{"aws-role-arn": …, "aws-region": …}`) that the profile’s `credential_process` line names.',
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new OidcExchangeError('INPUT_INVALID', `The settings file ${path} is not a JSON object.`, {
      hint: 'Write the inputs as one JSON object of strings, e.g. `{"aws-role-arn": "arn:aws:iam::123456789012:role/deploy", "aws-region": "eu-west-1"}`.',
    });
  const runInfo = (parsed as Record<string, unknown>)[RUN_INFO_KEY];
  return {
    inputs: Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
    runInfo: typeof runInfo === 'object' && runInfo !== null ? runInfo : undefined,
  };
}
