import { INPUTS, type InputReader } from '../../../core/inputs.js';
import type { PortableSource } from '../../../core/source-recipe.js';
import type { RunInfo } from '../../../core/target.js';
import type { SeedCredentials } from '../../refresher/aws-service.js';

/**
 * What the main step hands the background refresher, as one JSON line on its stdin (never a file
 * or its command line, since it carries the request token). Everything but `source.secret` is
 * non-secret: the refresher re-plans from the step's own inputs, so it checks every new token
 * against exactly what the main step checked.
 */
export interface RefresherOrder {
  /** Lets the post step stop this refresher and no other process (not a secret: it can only stop it). */
  nonce: string;
  source: PortableSource;
  inputs: Record<string, string>;
  runInfo: RunInfo;
  /** The step's private folder: the refresher's log lives there, and it exits once it is removed. */
  tempDir: string;
  /** Epoch milliseconds after which the refresher exits, whatever else happens. */
  deadline: number;
  /** Files rewritten (atomically, 0600) with a fresh, verified ID token for the audience. */
  tokenFiles: Array<{ audience: string; path: string; firstRenewalMs: number }>;
  /** Log the Azure CLI in again with fresh tokens of the Azure target's audience. */
  azureCliLogin: boolean;
  /** Serve Databricks tokens at this unguessable loopback path (the metadata-service protocol). */
  databricksPath: string | undefined;
  /**
   * Serve AWS credentials to the container-credentials provider, to callers presenting this
   * authorization token (a secret), starting from the step's own role session.
   */
  aws?: { authorization: string; seed: SeedCredentials | undefined } | undefined;
  /** Google ID token file (`gcp-id-token-audience`) rewritten with a fresh ID token: refresher/gcp-id-token-file.ts. */
  gcpIdTokenFile?: { path: string; firstRenewalMs: number } | undefined;
  /** The Azure DevOps agent's proxy (its URL holds the credentials); absent: the environment's. */
  proxy?: RefresherProxy | undefined;
}

export interface RefresherProxy {
  url: string;
  /** Regular expressions matched against whole URLs (Agent.ProxyBypassList). */
  bypass: string[];
}

/** What the refresher answers on its IPC channel once it listens, before the main step lets go of it. */
export type RefresherReady = { ready: true; port: number } | { ready: false; error: string };

/**
 * Every input that was given, by its full name: the same reader the plan was made from, so a
 * per-target action's unprefixed inputs come out under their full names.
 */
export function givenInputs(read: InputReader, keep: (group: string) => boolean = () => true) {
  const inputs: Record<string, string> = {};
  for (const spec of INPUTS) {
    const value = read(spec.name);
    if (value.trim() !== '' && keep(spec.group)) inputs[spec.name] = value;
  }
  return inputs;
}

/**
 * The key under which credential-process's settings file holds the main step's RunInfo (non-secret:
 * ids of the run, the collection, the service connection), beside the inputs, on Azure DevOps.
 */
export const RUN_INFO_KEY = '$runInfo';
