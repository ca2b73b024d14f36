import type { AzureDevOpsRunInfo } from './azure-devops-issuers.js';
import type { OidcExchangeError } from './errors.js';
import type { HttpClient } from './http.js';
import type { InputReader } from './inputs.js';
import type { Logger } from './log.js';

/**
 * What a target gives back: credentials as exports, their expiry, and what the job summary may
 * show (never a secret). Targets know nothing of GitHub or Azure DevOps.
 */
export interface Export {
  name: string;
  value: string;
  secret: boolean;
  /**
   * env: a variable for later steps. output: a step output. file: `value` is written to a 0600
   * file in the runner's temp folder and the variable `name` is set to its path.
   */
  kind: 'env' | 'output' | 'file';
}

export interface Grant {
  target: string;
  exports: Export[];
  expiresAt: Date;
  summary: Array<[label: string, value: string]>;
  /** Runs only once every token was verified and every target succeeded, before anything is exported. */
  finalize?: () => Promise<Export[]>;
}

/** Mints OIDC tokens for the target: claim-checked, and signature-checked before anything is exported. */
export interface TokenSupply {
  /** A token for the audience: the step's current one while it has life left, else a new one. */
  current(): Promise<string>;
  /** Always a new token (after a token error, and for every retry). */
  fresh(): Promise<string>;
  /** What the tokens present, for messages: the subject is known once the first token is minted. */
  readonly subject: string;
  readonly issuer: string;
  readonly audience: string;
  /** The token's `azp` (authorised party), when it has one: AWS matches it instead of `aud`. */
  readonly authorizedParty?: string | undefined;
}

export interface TargetContext {
  http: HttpClient;
  log: Logger;
  tokens: TokenSupply;
  /** The runner's private temp folder for this step (removed by the post step). */
  tempDir: string;
  /** Environment for child processes (e.g. `az`), chosen by the runtime. */
  childEnv: Record<string, string | undefined>;
  /** Longest wait for one request (one attempt). */
  timeoutMs: number;
  /** Registers a credential with the runtime's masker the moment it is received. */
  registerSecret: (value: string) => void;
  now: () => Date;
}

/** What a token presents to a cloud's trust check. */
export interface PresentedToken {
  issuer: string;
  subject: string;
  audience: string;
  /** The token's `azp`, when it has one (docs/protocols.md §3.5). */
  authorizedParty?: string | undefined;
}

/** What the runtime knows about the pipeline run, for defaults (e.g. the AWS session name). */
export interface RunInfo {
  runId?: string | undefined;
  runAttempt?: string | undefined;
  /** Which CI runs this step: decides e.g. the Databricks auth type handed to later steps. */
  ci?: 'github' | 'azure-devops' | undefined;
  /** On Azure DevOps: the collection and the service connection, for the accepted issuers and the token request. */
  azureDevOps?: AzureDevOpsRunInfo | undefined;
}

export interface TargetExchange<S> {
  exchange(settings: S, ctx: TargetContext): Promise<Grant>;
}

export interface ParsedTarget<S> {
  settings: S;
  audience: string;
  /** False when the target needs no OIDC token (Azure with the VM's managed identity itself). */
  needsToken?: boolean;
}

/**
 * A target's definition is cheap to load (input parsing only); its exchange, with its SDK, is
 * loaded with `await import()` only when the target is asked for.
 */
export interface TargetDefinition<S> {
  name: string;
  /** Whether any of this target's inputs was given. */
  isRequested(read: InputReader): boolean;
  /** Parses and validates the target's inputs; collects every problem into `errors`. */
  parse(
    read: InputReader,
    errors: OidcExchangeError[],
    audienceOverride: string | undefined,
    run: RunInfo,
  ): ParsedTarget<S> | undefined;
  load(): Promise<TargetExchange<S>>;
  /** The trust configuration that would accept exactly this token, as a command or policy to paste. */
  trustFor(settings: S, presented: PresentedToken): string;
}
