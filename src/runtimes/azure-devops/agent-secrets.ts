/**
 * Imported first by the task's entry points, before azure-pipelines-task-lib loads: task-lib moves
 * endpoint and secret variables into its vault at load time and later prints them in its debug
 * lines (`<endpoint> auth param AccessToken = …`, `System.AccessToken=…`). The agent masks its own
 * secrets, but this task's rule is stricter: every secret is registered with `##vso[task.setsecret]`
 * by this step before anything can print it. So the job's access token and every secret variable
 * handed to the task are read here, from the environment the agent set, and masked at once. The
 * agent hands a task its secret variables as SECRET_<NAME> only, the proxy password among them
 * (SECRET_AGENT_PROXYPASSWORD; docs/protocols.md §6.7),
 * and task-lib reads them from there (getVariable, getHttpProxyConfiguration).
 */
import { EOL } from 'node:os';

/** task-lib's escaping of a command's message (taskcommand.ts): the agent decodes it back. */
export function escapeMessage(text: string): string {
  return text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

const SECRET_NAMES = [
  /^SECRET_/,
  /^ENDPOINT_AUTH_PARAMETER_.+_(ACCESSTOKEN|SERVICEPRINCIPALKEY|IDTOKEN)$/,
  // A public variable when the job enables it (System.EnableAccessToken), yet the job's token.
  /^SYSTEM_ACCESSTOKEN$/,
];

export interface AgentSecrets {
  /** The job access token: SystemVssConnection's (works in classic pipelines too), else System.AccessToken. */
  accessToken: string | undefined;
}

function capture(env: NodeJS.ProcessEnv): AgentSecrets {
  for (const [name, value] of Object.entries(env)) {
    if (value && SECRET_NAMES.some((p) => p.test(name)))
      process.stdout.write(`##vso[task.setsecret]${escapeMessage(value)}${EOL}`);
  }
  const accessToken =
    env['ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN'] ||
    env['SYSTEM_ACCESSTOKEN'] ||
    env['SECRET_SYSTEM_ACCESSTOKEN'] ||
    undefined;
  return { accessToken };
}

export const agentSecrets: AgentSecrets = capture(process.env);
