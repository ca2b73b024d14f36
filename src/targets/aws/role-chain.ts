import type { OidcExchangeError } from '../../core/errors.js';
import { invalidInput } from '../../core/input-parsers.js';

/**
 * `aws-role-chain`: one hop per line, `<role ARN> [external-id=<id>] [session-name=<name>]`,
 * fields separated by spaces; anything else is an input error naming the line. The limits are
 * STS's for AssumeRole (docs/protocols.md §3.2): an external id of 2–1224 characters of
 * `\w+=,.@:/-`, a session name as for the first role.
 *
 * An external id is never printed (a third party's role may treat it as a shared secret): an input
 * error shows the line with `external-id=…`, a refusal's hint a placeholder, and an upstream text
 * that repeats it has it replaced (withoutExternalId).
 */
export interface ChainHop {
  roleArn: string;
  accountId: string;
  externalId: string | undefined;
  sessionName: string;
}

const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const MAX_HOPS = 5;
const FORM = 'lines of `<role ARN> [external-id=<id>] [session-name=<name>]`';

export function parseRoleChain(
  raw: string,
  defaults: { sessionName: string; partition: string | undefined },
  problems: OidcExchangeError[],
): ChainHop[] {
  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length > MAX_HOPS)
    problems.push(invalidInput('aws-role-chain', `at most ${MAX_HOPS} roles`, `${lines.length} roles`));
  const hops: ChainHop[] = [];
  for (const line of lines) {
    const shownLine = hideExternalIds(line);
    const [arn = '', ...fields] = line.split(/\s+/);
    const role = ROLE_ARN.exec(arn);
    if (!role) {
      problems.push(invalidInput('aws-role-chain', `${FORM}; the line's role ARN is not one`, shownLine));
      continue;
    }
    if (defaults.partition && role[1] !== defaults.partition) {
      problems.push(
        invalidInput(
          'aws-role-chain',
          `roles of partition ${defaults.partition}, like aws-role-arn`,
          shownLine,
        ),
      );
      continue;
    }
    const hop: ChainHop = {
      roleArn: arn,
      accountId: role[2] ?? '',
      externalId: undefined,
      sessionName: defaults.sessionName,
    };
    for (const field of fields) {
      const [key, ...rest] = field.split('=');
      const value = rest.join('=');
      if (key === 'external-id' && EXTERNAL_ID.test(value) && hop.externalId === undefined)
        hop.externalId = value;
      else if (key === 'session-name' && SESSION_NAME.test(value)) hop.sessionName = value;
      else {
        problems.push(
          invalidInput(
            'aws-role-chain',
            `${FORM} (external-id: 2–1224 of letters, digits and _+=,.@:/-; session-name: 2–64 of letters, digits and _+=,.@-)`,
            shownLine,
          ),
        );
        break;
      }
    }
    hops.push(hop);
  }
  return hops;
}

/** A line of the input as it may be printed: the value of `external-id=` (or a misspelt key like it) hidden. */
function hideExternalIds(line: string): string {
  return line.replace(/(^|\s)([^\s=]*external[^\s=]*)=\S*/gi, '$1$2=…');
}

/**
 * `text` (an upstream message, an error) with the hop's external id replaced wherever it stands as
 * a word of its own (not inside a longer run of id characters, so a short id cannot garble the
 * rest of the text).
 */
export function withoutExternalId(text: string, externalId: string | undefined): string {
  if (!externalId) return text;
  const escaped = externalId.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\w+=,.@:/-])${escaped}(?![\\w+=,.@:/-])`, 'g'), '…');
}
