/**
 * A small, strict reader for the XML STS answers with (docs/protocols.md §3.3, §3.4): elements,
 * attributes (read past, never used), text, the five predefined entities and character
 * references. No DOCTYPE, no CDATA, no processing instructions beyond the leading `<?xml …?>`:
 * STS sends none of them, and refusing them means no entity expansion can ever happen. Anything
 * else, or tags that do not match, is an error rather than a guess.
 */
export interface XmlElement {
  name: string;
  children: XmlElement[];
  /** The element's own text, entities decoded (whitespace between child elements included). */
  text: string;
}

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function readXml(source: string): XmlElement {
  let at = 0;
  const fail = (what: string): never => {
    throw new XmlSyntaxError(`${what} at offset ${at}`);
  };
  const skipSpace = (): void => {
    while (at < source.length && /\s/.test(source.charAt(at))) at++;
  };
  const readName = (): string => {
    const name = NAME.exec(source.slice(at, at + 256))?.[0];
    if (!name) return fail('expected a name');
    at += name.length;
    return name;
  };
  const readText = (end: number): string =>
    source.slice(at, end).replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);|&/g, (whole, ref?: string) => {
      if (ref === undefined) return fail('a bare &');
      if (ref.startsWith('#')) {
        const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        if (!(code > 0 && code <= 0x10ffff)) return fail(`a bad character reference ${whole}`);
        return String.fromCodePoint(code);
      }
      return ENTITIES[ref] ?? fail(`an unknown entity ${whole}`);
    });
  const skipAttributes = (): boolean => {
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return true;
      }
      if (source.charAt(at) === '>') {
        at++;
        return false;
      }
      readName();
      skipSpace();
      if (source.charAt(at) !== '=') fail('expected = after an attribute name');
      at++;
      skipSpace();
      const quote = source.charAt(at);
      if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value');
      const close = source.indexOf(quote, at + 1);
      if (close < 0 || source.slice(at + 1, close).includes('<')) fail('an unterminated attribute value');
      at = close + 1;
    }
  };
  const readElement = (depth: number): XmlElement => {
    if (depth > 32) fail('elements nested too deeply');
    if (source.charAt(at) !== '<') fail('expected <');
    at++;
    const element: XmlElement = { name: readName(), children: [], text: '' };
    if (skipAttributes()) return element;
    for (;;) {
      const next = source.indexOf('<', at);
      if (next < 0) fail(`an unclosed <${element.name}>`);
      element.text += readText(next);
      at = next;
      if (source.startsWith('</', at)) {
        at += 2;
        const closing = readName();
        if (closing !== element.name) fail(`</${closing}> closing <${element.name}>`);
        skipSpace();
        if (source.charAt(at) !== '>') fail('expected >');
        at++;
        return element;
      }
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at + 4);
        if (end < 0) fail('an unterminated comment');
        at = end + 3;
        continue;
      }
      if (source.startsWith('<!', at) || source.startsWith('<?', at)) fail('markup STS never sends');
      element.children.push(readElement(depth + 1));
    }
  };

  if (source.charCodeAt(0) === 0xfeff) at = 1;
  skipSpace();
  if (source.startsWith('<?xml', at)) {
    const end = source.indexOf('?>', at);
    if (end < 0) fail('an unterminated XML declaration');
    at = end + 2;
  }
  skipSpace();
  const root = readElement(0);
  skipSpace();
  if (at !== source.length) fail('content after the root element');
  return root;
}

/** The text of the element at `path` below `from` (first match at each step), trimmed. */
export function textAt(from: XmlElement, ...path: string[]): string | undefined {
  let node: XmlElement | undefined = from;
  for (const name of path) node = node?.children.find((c) => c.name === name);
  return node?.text.trim();
}
