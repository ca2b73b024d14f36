/**
 * neutralise() turns untrusted text into ONE line that neither runner acts on, read with the
 * runners' own parsing rules (test/support: workflow-commands.ts, vso-commands.ts, dotnet-text.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise } from '../../src/core/neutralise.ts';
import { cultureIndexOf } from '../support/dotnet-text.ts';
import { parseVsoCommands } from '../support/vso-commands.ts';
import { workflowCommands } from '../support/workflow-commands.ts';

const FRAGMENTS = [
  '::',
  ':',
  '##',
  '#',
  '[',
  ']',
  '##[',
  '##vso[',
  'vso[',
  'warning',
  'set-env name=X',
  'add-mask',
  'task.setvariable variable=X',
  'error',
  'group',
  ' ',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\u000c',
  '\u001b[31m',
  '\u0000',
  '\u009b',
  '\u007f',
  '\u200b',
  '\u00a0',
  '\u3000',
  '%0A',
  '%25',
  'arn:aws:iam::123456789012:role/x',
  'é',
  '\uff1a',
  '\uff03',
];
/** Text built from the pieces of commands, line breaks and look-alikes, mixed with anything. */
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 24,
  })
  .map((parts) => parts.join(''));

// eslint-disable-next-line no-control-regex -- control characters are what must not come out
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** What a runner would act on in `line` printed after our own `prefix`, on stdout or stderr. */
function actedOn(line: string): string[] {
  return [
    ...workflowCommands(line, line).map((c) => c.line),
    ...parseVsoCommands(line, line).map((c) => c.name),
    ...(cultureIndexOf(line, '##[') >= 0 || cultureIndexOf(line, '##vso') >= 0 ? [line] : []),
  ];
}

describe('neutralise', () => {
  it('leaves one line that no runner reads as a command, alone or after our own prefix', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('', ' ', '  ', '\t', 'oidc-exchange: '), (text, prefix) => {
        const out = neutralise(text);
        expect(out).not.toMatch(CONTROL);
        expect(actedOn(`${prefix}${out}`)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing the second time (text neutralised upstream passes a sink unchanged)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const once = neutralise(text);
        expect(neutralise(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves text with no control character, `::` or `##` exactly as it is', () => {
    const plain = fc
      .string({ unit: 'binary', maxLength: 60 })
      .filter((t) => !CONTROL.test(t) && !t.includes('::') && cultureIndexOf(t, '##') < 0);
    fc.assert(
      fc.property(plain, (text) => {
        expect(neutralise(text)).toBe(text);
      }),
    );
  });

  it('escapes line breaks readably and keeps the command text legible', () => {
    expect(
      neutralise('denied\r\n##vso[task.setvariable variable=X]y\u2028::warning::z\u0085w\u001b[31m'),
    ).toBe(
      'denied\\r\\n\uff03#vso[task.setvariable variable=X]y\\u2028\uff1a:warning\uff1a:z\\x85w\\x1b[31m',
    );
    expect(neutralise('  :: x ##[error]')).toBe('  \uff1a: x \uff03#[error]');
  });

  it('finds `##` markers as .NET does, with format characters inside them', () => {
    // fast-check's counterexample: the agent reads `##\u200bvso[` as `##vso[`.
    expect(actedOn('##\u200bvso[task.setvariable variable=X]y')).not.toEqual([]);
    expect(neutralise('##\u200bvso[task.setvariable variable=X]y')).toBe(
      '\uff03#\u200bvso[task.setvariable variable=X]y',
    );
    expect(neutralise('#\u00ad#[error]x')).toBe('\uff03\u00ad#[error]x');
    expect(neutralise('##v\u200bs\ufeffo[x.y]z')).toBe('\uff03#v\u200bs\ufeffo[x.y]z');
    for (const text of ['##\u200bvso[a.b]c', '#\u2060#[warning]d', '###vso[a.b]'])
      expect(actedOn(neutralise(text))).toEqual([]);
  });

  it('leaves ARNs as they are, so they can be copied from the log', () => {
    expect(neutralise('arn:aws:iam::123456789012:role/deploy')).toBe('arn:aws:iam::123456789012:role/deploy');
  });
});
