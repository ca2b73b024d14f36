/**
 * The one error type of oidc-exchange. Every failure a user can see is one of these: a stable
 * `code` (listed, with its meaning and fix, in ./error-codes.ts), a message that says what failed and
 * what was expected versus found, and a `hint` that says how to fix it.
 *
 * Messages never carry tokens, keys or request bodies (the runtimes mask secrets as a second line
 * of defence, not the first).
 */
import type { ErrorCode } from './error-codes.js';

export type { ErrorCode };

export interface ErrorDetails {
  hint?: string | undefined;
  /** Transient failures may be retried; trust and validation failures never are. */
  retryable?: boolean | undefined;
  cause?: unknown;
}

export class OidcExchangeError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'OidcExchangeError';
    this.code = code;
    this.hint = details.hint;
    this.retryable = details.retryable ?? false;
  }
}

/** Several problems found at once (all input errors are reported together, before any network call). */
export class OidcExchangeErrors extends OidcExchangeError {
  readonly errors: readonly OidcExchangeError[];

  constructor(errors: readonly OidcExchangeError[]) {
    const first = errors[0];
    super(
      first?.code ?? 'INTERNAL',
      errors.length === 1 ? (first?.message ?? '') : `${errors.length} problems:\n${listMessages(errors)}`,
      { hint: errors.length === 1 ? first?.hint : undefined },
    );
    this.name = 'OidcExchangeErrors';
    this.errors = errors;
  }
}

function listMessages(errors: readonly OidcExchangeError[]): string {
  return errors.map((e) => `  - ${e.message}${e.hint ? ` (${e.hint})` : ''}`).join('\n');
}

/** Anything thrown that is not ours becomes an INTERNAL error with its message, never its stack. */
export function asOidcExchangeError(error: unknown): OidcExchangeError {
  if (error instanceof OidcExchangeError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new OidcExchangeError('INTERNAL', `Unexpected failure: ${message}`, {
    hint: 'This is a bug in oidc-exchange; please report it with the step log.',
    cause: error,
  });
}

/**
 * The lines every runtime prints for an error: "[CODE] message", then "Hint: hint"; several
 * problems one per line. A sink neutralises each line by itself, so a line break inside one (an
 * upstream message's) is escaped while these stay.
 */
export function errorLines(error: OidcExchangeError): string[] {
  const lines =
    error instanceof OidcExchangeErrors && error.errors.length > 1
      ? [
          `[${error.code}] ${error.errors.length} problems:`,
          ...error.errors.map((e) => `  - ${e.message}${e.hint ? ` (${e.hint})` : ''}`),
        ]
      : [`[${error.code}] ${error.message}`];
  return error.hint ? [...lines, `Hint: ${error.hint}`] : lines;
}

/** errorLines() as one text: "[CODE] message\nHint: hint". */
export function formatError(error: OidcExchangeError): string {
  return errorLines(error).join('\n');
}
