/**
 * Ends the step once its work is done: SDK connection pools (kept alive for speed) must not keep
 * the process waiting, and stdout must be flushed before exit so no line is lost.
 */
export async function finish(work: Promise<number>): Promise<void> {
  let code: number;
  try {
    code = await work;
  } catch {
    // main() turns every failure into a message; reaching here is a bug, reported without a stack.
    process.stdout.write('::error::oidc-exchange failed unexpectedly.\n');
    code = 1;
  }
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}
