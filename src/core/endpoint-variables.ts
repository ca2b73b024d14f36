import { OidcExchangeError } from './errors.js';
import type { InputReader } from './inputs.js';

/**
 * Endpoint overrides that a runtime takes from a variable when the input is empty
 * (AZURE_AUTHORITY_HOST; AWS_ENDPOINT_URL_STS in the Azure DevOps task). An earlier step can set
 * variables (`##vso[task.setvariable]`, GITHUB_ENV), and so can whoever queues an Azure DevOps run
 * when the variable is settable at queue time: a variable may therefore only name the cloud's own
 * hosts, where the token was going anyway. Any other endpoint must be written in the workflow or
 * pipeline file, as the input.
 */
interface EndpointVariable {
  /** What the variable may name, for the message. */
  expected: string;
  isCloudHost(host: string): boolean;
}

const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d{1,2}';

/**
 * AWS STS (docs/protocols.md §3.1; VPC endpoint names as AWS PrivateLink documents them): regional `sts.<region>.amazonaws.com` (`.com.cn` in China), the
 * global `sts.amazonaws.com`, FIPS `sts-fips.<region>.amazonaws.com`, dual-stack
 * `sts[-fips].<region>.api.aws`, and interface VPC endpoints' own names,
 * `vpce-<id>-<suffix>[-<zone>].sts[-fips].<region>.vpce.amazonaws.com[.cn]`.
 */
const AWS_STS_HOST = new RegExp(
  [
    '^sts\\.amazonaws\\.com$',
    `^sts(?:-fips)?\\.${REGION}\\.(?:amazonaws\\.com(?:\\.cn)?|api\\.aws)$`,
    `^vpce-[0-9a-z]+(?:-[0-9a-z]+)*\\.sts(?:-fips)?\\.${REGION}\\.vpce\\.amazonaws\\.com(?:\\.cn)?$`,
  ].join('|'),
);

/** The Entra authority hosts of the clouds Microsoft runs (docs/protocols.md §2.4). */
const ENTRA_AUTHORITY_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.sovcloud-identity.fr',
  'login.sovcloud-identity.de',
  'login.sovcloud-identity.sg',
]);

const ENDPOINT_VARIABLES: Record<string, EndpointVariable> = {
  'aws-sts-endpoint': {
    expected:
      'an AWS STS host (sts[-fips].<region>.amazonaws.com, .amazonaws.com.cn, .api.aws, or an STS VPC endpoint’s vpce-….sts.<region>.vpce.amazonaws.com)',
    isCloudHost: (host) => AWS_STS_HOST.test(host),
  },
  'azure-authority-host': {
    expected: `the Entra authority host of a Microsoft cloud (${[...ENTRA_AUTHORITY_HOSTS].slice(0, 3).join(', ')}…)`,
    isCloudHost: (host) => ENTRA_AUTHORITY_HOSTS.has(host),
  },
};

/**
 * A reader whose values for some inputs may come from a variable says which one, so that the
 * plan can hold that value to the rule above.
 */
export type ReaderWithVariables = InputReader & { variableFor?: (input: string) => string | undefined };

/** Attaches to `read` the variable each input fell back to (when it did). */
export function withVariables(
  read: InputReader,
  variableFor: (input: string) => string | undefined,
): ReaderWithVariables {
  return Object.assign((name: string) => read(name), { variableFor });
}

/**
 * The problem with an endpoint `value` read for `input`, when it came from a variable that names
 * a host other than the cloud's own; undefined when the value is the user's input or allowed.
 */
export function endpointVariableProblem(
  read: ReaderWithVariables,
  input: string,
  value: string,
): OidcExchangeError | undefined {
  const variable = read.variableFor?.(input);
  const rule = ENDPOINT_VARIABLES[input];
  if (!variable || !rule || value.trim() === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' && rule.isCloudHost(url.hostname.toLowerCase())) return undefined;
  return new OidcExchangeError(
    'INPUT_INVALID',
    `The variable ${variable} (used because \`${input}\` is empty) must name ${rule.expected}; it is ${value.trim()}. Nothing was sent to it: a variable can be set by an earlier step, so it may only name the cloud's own hosts.`,
    {
      hint: `To use that endpoint, write it in the workflow or pipeline file as \`${input}\`; otherwise remove ${variable} from the job's variables.`,
    },
  );
}
