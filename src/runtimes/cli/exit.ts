/**
 * The command line's exit codes (documented in its help and in docs/other-ci.md), and what
 * happens when the reader of stdout goes away early (`oidc-exchange --help | head -1`, a shell
 * killed mid-`eval`): Node reports EPIPE as an error event on stdout, which would otherwise end
 * the process with an unhandled exception and a stack trace.
 */
export const EXIT = {
  /** Credentials printed; `explain`: every expectation met and the signature verified. */
  ok: 0,
  /** The token or an exchange failed. */
  failed: 1,
  /** Bad usage or input: found before any request. */
  usage: 2,
  /** `explain`: the token would be refused (an expectation not met, or the signature not verified). */
  notAccepted: 3,
} as const;

export function stdoutGuard(): { settle: (code: number) => Promise<number> } {
  let closed = false;
  process.stdout.on('error', () => {
    closed = true;
  });
  return {
    async settle(code) {
      if (!closed) {
        // Everything written reaches the pipe before exit (a large JSON result included).
        await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
      }
      if (!closed || code !== EXIT.ok) return code;
      // A result that did not reach its reader is not a success: `set -o pipefail` sees it.
      process.stderr.write('oidc-exchange: stdout was closed before everything was written.\n');
      return EXIT.failed;
    },
  };
}
