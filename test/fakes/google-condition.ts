/**
 * A subset of CEL, enough for workload identity attribute conditions and mappings as people write
 * them: string literals ('…' or "…" with backslash escapes), `assertion.<claim>`, `google.subject`,
 * `attribute.<name>`, `==`, `!=`, `.startsWith('…')`, `.matches('<RE2>')` (the subset JavaScript reads
 * alike, `(?s)` as a leading flag), `.extract('<prefix>{name}<suffix>')` (Google's extension,
 * documented for attribute mappings), `&&`, `||`, `!` and parentheses. Anything else throws, as
 * Google refuses such an expression when the provider is created.
 */
export type Scope = Record<string, unknown>;

type Token =
  { kind: 'str'; value: string } | { kind: 'ident'; value: string } | { kind: 'op'; value: string };

export function evaluateCondition(expression: string, scope: Scope): boolean {
  return evaluate(expression, scope) === true;
}

/** An attribute mapping's value: a string, or undefined when the expression yields none. */
export function evaluateMapping(expression: string, scope: Scope): string | undefined {
  const value = evaluate(expression, scope);
  return typeof value === 'string' ? value : undefined;
}

export function evaluate(expression: string, scope: Scope): unknown {
  const tokens = tokenize(expression);
  let at = 0;
  const peek = () => tokens[at];
  const take = (op?: string): Token => {
    const t = tokens[at++];
    if (!t || (op !== undefined && t.value !== op)) throw new Error(`condition: expected ${op ?? 'a term'}`);
    return t;
  };
  const or = (): unknown => {
    let left = and();
    while (peek()?.value === '||') {
      take();
      const right = and();
      left = Boolean(left) || Boolean(right);
    }
    return left;
  };
  const and = (): unknown => {
    let left = compare();
    while (peek()?.value === '&&') {
      take();
      const right = compare();
      left = Boolean(left) && Boolean(right);
    }
    return left;
  };
  const compare = (): unknown => {
    const left = unary();
    const op = peek()?.value;
    if (op !== '==' && op !== '!=') return left;
    take();
    const right = unary();
    return op === '==' ? left === right : left !== right;
  };
  const unary = (): unknown => {
    if (peek()?.value === '!') {
      take();
      return !unary();
    }
    if (peek()?.value === '(') {
      take();
      const inner = or();
      take(')');
      return inner;
    }
    const t = take();
    let value: unknown = t.kind === 'str' ? t.value : t.kind === 'ident' ? lookup(t.value, scope) : undefined;
    if (t.kind === 'op') throw new Error(`condition: unexpected ${t.value}`);
    const method = peek()?.value;
    if (method === '.startsWith' || method === '.matches' || method === '.extract') {
      take();
      take('(');
      const argument = take();
      take(')');
      if (argument.kind !== 'str') throw new Error(`condition: ${method} takes a string`);
      if (method === '.extract') {
        const extracted = extract(typeof value === 'string' ? value : '', argument.value); // checks the template
        return typeof value === 'string' ? extracted : undefined;
      }
      value =
        typeof value === 'string' &&
        (method === '.startsWith' ? value.startsWith(argument.value) : re2(argument.value).test(value));
    }
    return value;
  };
  const result = or();
  if (at !== tokens.length) throw new Error('condition: trailing input');
  return result;
}

/**
 * `extract`: the template is `<prefix>{name}<suffix>` with exactly one placeholder. The value is what
 * follows the prefix's first occurrence, up to the suffix's first occurrence after it (to the end
 * when the suffix is empty); an empty string when the prefix or the suffix is not found.
 */
function extract(value: string, template: string): string {
  const m = /^([^{}]*)\{[A-Za-z_][A-Za-z0-9_]*\}([^{}]*)$/.exec(template);
  if (!m) throw new Error(`condition: extract template ${template} needs exactly one {name}`);
  const [, prefix = '', suffix = ''] = m;
  const start = value.indexOf(prefix);
  if (start < 0) return '';
  const rest = value.slice(start + prefix.length);
  if (suffix === '') return rest;
  const end = rest.indexOf(suffix);
  return end < 0 ? '' : rest.slice(0, end);
}

function lookup(path: string, scope: Scope): unknown {
  let value: unknown = scope;
  for (const part of path.split('.')) {
    value =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(\.startsWith|\.matches|\.extract)|([A-Za-z_][\w]*(?:\.(?!startsWith\(|matches\(|extract\()[A-Za-z_][\w]*)*)|('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(==|!=|&&|\|\||[!()]))/y;
  const rest = text.trimEnd();
  let index = 0;
  while (index < rest.length) {
    pattern.lastIndex = index;
    const m = pattern.exec(rest);
    if (!m) throw new Error(`condition: cannot read ${rest.slice(index)}`);
    index = pattern.lastIndex;
    if (m[1]) tokens.push({ kind: 'op', value: m[1] });
    else if (m[2]) tokens.push({ kind: 'ident', value: m[2] });
    else if (m[3]) tokens.push({ kind: 'str', value: unescape(m[3].slice(1, -1)) });
    else if (m[4]) tokens.push({ kind: 'op', value: m[4] });
  }
  return tokens;
}

function unescape(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e === 'n' ? '\n' : e === 't' ? '\t' : e,
  );
}

/** RE2 as JavaScript reads it: the leading `(?s)` flag becomes `s`; anything else is taken as is. */
function re2(source: string): RegExp {
  return source.startsWith('(?s)') ? new RegExp(source.slice(4), 's') : new RegExp(source);
}
