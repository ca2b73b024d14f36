import { describe, expect, it } from 'vitest';
import { render } from '../../src/runtimes/cli/render.js';
import { shellQuote } from '../../src/core/shell-quote.js';
import { parseArgs } from '../../src/runtimes/cli/args.js';
import type { Export } from '../../src/core/target.js';

describe('CLI output', () => {
  it('quotes values so that a shell evaluating the output runs nothing', () => {
    expect(shellQuote(`a'b $(rm -rf ~) \`x\``)).toBe(`'a'\\''b $(rm -rf ~) \`x\`'`);
  });

  it('writes variables as export lines or dotenv, and outputs only in JSON', () => {
    const exports: Export[] = [
      { name: 'A', value: 'x', secret: false, kind: 'env' },
      { name: 'F', value: 'secret', secret: true, kind: 'file' },
      { name: 'out', value: 'y', secret: true, kind: 'output' },
    ];
    const files = new Map([['F', '/tmp/f']]);
    expect(render(exports, files, 'env')).toBe("export A='x'\nexport F='/tmp/f'\n");
    expect(render(exports, files, 'dotenv')).toBe("A='x'\nF='/tmp/f'\n");
    expect(JSON.parse(render(exports, files, 'json'))).toEqual({
      variables: { A: 'x', F: '/tmp/f' },
      outputs: { out: 'y' },
    });
  });

  it('reads inputs by their action names, repeated ones one per line', () => {
    const args = parseArgs([
      'exchange',
      '--subject',
      'a',
      '--subject=b',
      '--aws-region',
      'eu-west-1',
      '--format',
      'json',
    ]);
    expect(args.inputs.get('subject')).toBe('a\nb');
    expect(args.inputs.get('aws-region')).toBe('eu-west-1');
    expect([args.command, args.format, args.problems]).toEqual(['exchange', 'json', []]);
    expect(parseArgs(['exchange', '--subject']).problems).toEqual(['--subject needs a value']);
  });
});
