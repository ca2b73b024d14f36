/**
 * Races one attempt against a timer. SDKs do not always honour their own timeouts (@azure/identity
 * ignores both `abortSignal` and `requestOptions.timeout` while MSAL waits on a hung token
 * endpoint), so every SDK call is bounded here too; the abandoned request dies with the process.
 */
export function withTimeout<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
