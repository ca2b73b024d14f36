/** Injected by the runtime; tests pass a collecting logger. Everything logged is treated as untrusted text. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info() {}, warning() {}, debug() {} };
