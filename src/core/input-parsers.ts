import { OidcExchangeError } from './errors.js';
import { isLoopbackHost } from './http.js';
import { INPUTS } from './inputs.js';

/**
 * Small parsers shared by plan.ts and the targets' settings. Each one records a problem as an
 * INPUT_INVALID error naming the input, the expected form and the given value, and returns
 * undefined, so that every problem in the inputs is reported at once.
 */
export type Problems = OidcExchangeError[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Shows a given value in a message: quoted, bounded, control characters made visible. */
export function shown(value: string, maxLength = 120): string {
  const visible = value.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be made visible
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return `'${visible.length > maxLength ? `${visible.slice(0, maxLength - 3)}...` : visible}'`;
}

/**
 * Every input error carries a fix. Without a more specific one, the fix is what the input is, from
 * the one table of inputs (its description names the form and an example).
 */
const DESCRIPTIONS = new Map(INPUTS.map((i) => [i.name, i.description]));
export function inputHint(name: string): string {
  const description = DESCRIPTIONS.get(name);
  return description === undefined ? `Check \`${name}\`.` : `Set \`${name}\`: ${description}`;
}

export function invalidInput(
  name: string,
  expected: string,
  given: string,
  hint?: string,
): OidcExchangeError {
  return new OidcExchangeError(
    'INPUT_INVALID',
    `Input \`${name}\` must be ${expected}, but it is ${shown(given)}.`,
    { hint: hint ?? inputHint(name) },
  );
}

export function missingInput(name: string, why: string, hint?: string): OidcExchangeError {
  return new OidcExchangeError('INPUT_INVALID', `Input \`${name}\` is required ${why}, but it is empty.`, {
    hint: hint ?? inputHint(name),
  });
}

export function parseBoolean(name: string, raw: string, fallback: boolean, problems: Problems): boolean {
  const value = raw.trim();
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  problems.push(invalidInput(name, '`true` or `false`', raw));
  return fallback;
}

export function parseInteger(
  name: string,
  raw: string,
  range: { min: number; max: number; fallback: number },
  problems: Problems,
): number {
  const value = raw.trim();
  if (value === '') return range.fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= range.min && n <= range.max) return n;
  problems.push(invalidInput(name, `a whole number from ${range.min} to ${range.max}`, raw));
  return range.fallback;
}

export function parseUuid(name: string, raw: string, problems: Problems): string | undefined {
  const value = raw.trim();
  if (UUID.test(value)) return value.toLowerCase();
  problems.push(invalidInput(name, 'a UUID like 00000000-0000-0000-0000-000000000000', raw));
  return undefined;
}

/** A tenant is a UUID or a verified domain name (docs/protocols.md §2.1). */
export function parseTenant(name: string, raw: string, problems: Problems): string | undefined {
  const value = raw.trim();
  if (UUID.test(value)) return value.toLowerCase();
  if (/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(value))
    return value.toLowerCase();
  problems.push(invalidInput(name, 'a tenant UUID or a verified domain like contoso.onmicrosoft.com', raw));
  return undefined;
}

/** An https URL (http only for loopback, i.e. tests), with no query, fragment or credentials. */
export function parseHttpsUrl(name: string, raw: string, problems: Problems): string | undefined {
  const value = raw.trim();
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const ok =
    url !== undefined &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '';
  if (!ok) {
    problems.push(
      invalidInput(name, 'an https URL with no query or fragment, like https://login.example.com', raw),
    );
    return undefined;
  }
  return value;
}

/** Splits a list given one per line or comma-separated; blank entries are dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Splits a list given one per line only (patterns may contain commas); blank lines are dropped. */
export function splitLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
