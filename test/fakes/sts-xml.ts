import type { FakeResponse } from './http-server.ts';

/** An element's content: text, or child elements in order (undefined children are left out). */
export type XmlContent = string | number | { [name: string]: XmlContent | undefined };

const namespace = 'https://sts.amazonaws.com/doc/2011-06-15/';

/**
 * A successful query-protocol answer (docs/protocols.md §3.3):
 * `<{Action}Response><{Action}Result>…</{Action}Result><ResponseMetadata>…`.
 */
export function actionResponse(action: string, result: XmlContent, requestId: string): FakeResponse {
  const body =
    `<${action}Response xmlns="${namespace}">\n` +
    render(`${action}Result`, result, '  ') +
    render('ResponseMetadata', { RequestId: requestId }, '  ') +
    `</${action}Response>\n`;
  return xmlResponse(200, body, requestId);
}

/** STS answers `text/xml` and echoes the request id in `x-amzn-RequestId` (seen in real responses). */
export function xmlResponse(status: number, body: string, requestId: string): FakeResponse {
  return { status, body, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId } };
}

export function escapeXml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

function render(name: string, content: XmlContent, indent: string): string {
  if (typeof content !== 'object') return `${indent}<${name}>${escapeXml(String(content))}</${name}>\n`;
  const children = Object.entries(content)
    .filter((entry): entry is [string, XmlContent] => entry[1] !== undefined)
    .map(([child, value]) => render(child, value, `${indent}  `))
    .join('');
  return `${indent}<${name}>\n${children}${indent}</${name}>\n`;
}
