import type { ListenOptions } from 'node:net';
import type { RefresherListener } from '../protocol.js';

/**
 * The refresher's side of the listener handover (../step/listener.ts): listen on the socket the
 * step bound and handed over as a descriptor, where clients may already wait in the kernel's
 * queue, or, without one (Windows), on a loopback port of its own that it reports over IPC.
 */
export function listenOptions(listener: RefresherListener | undefined): ListenOptions | { fd: number } {
  return listener?.kind === 'handed' ? { fd: listener.fd } : { port: 0, host: '127.0.0.1' };
}

/**
 * Whether the server listens where the step said: on loopback, and on the handed port. A
 * descriptor that is not the step's socket (a runner that passes descriptors of its own) must not
 * be served on.
 */
export function listensAsHanded(
  listener: RefresherListener | undefined,
  address: { address: string; port: number } | string | null,
): boolean {
  if (typeof address !== 'object' || address === null || address.address !== '127.0.0.1') return false;
  return listener?.kind !== 'handed' || address.port === listener.port;
}

/**
 * The log line of a refresher that could not listen. It then exits and nothing holds the socket
 * any more, so clients of the port are refused at once rather than kept waiting.
 */
export function listenFailure(listener: RefresherListener | undefined, cause: string): string {
  const where =
    listener?.kind === 'handed'
      ? `the loopback port ${listener.port} the step handed over`
      : 'a loopback port';
  return `could not start: cannot listen on ${where} (${cause}); its clients are refused`;
}
