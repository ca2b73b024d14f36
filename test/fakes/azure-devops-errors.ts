import type { FakeResponse } from './http-server.ts';

/**
 * Azure DevOps' error answers: JSON `{$id, innerException, message, typeName, typeKey, errorCode,
 * eventId}` for API errors, and for a refused access token the HTML sign-in page with status 203
 * (Non-Authoritative Information), which naive clients take for success (docs/protocols.md §6.1, §6.12).
 */
export function vssError(status: number, typeKey: string, message: string): FakeResponse {
  return {
    status,
    body: {
      $id: '1',
      innerException: null,
      message,
      typeName: `Microsoft.VisualStudio.Services.WebApi.${typeKey}, Microsoft.VisualStudio.Services.WebApi`,
      typeKey,
      errorCode: 0,
      eventId: 3000,
    },
  };
}

export function signInPage(collectionUri: string): FakeResponse {
  const body =
    '<!DOCTYPE html>\r\n<html>\r\n<head>\r\n<title>Azure DevOps Services | Sign In</title>\r\n' +
    '<meta http-equiv="X-UA-Compatible" content="IE=11;&#32;IE=10;&#32;IE=9;&#32;IE=8" />\r\n' +
    '<link rel="SHORTCUT ICON" href="/favicon.ico"/>\r\n</head>\r\n<body>\r\n' +
    `<form name="hiddenform" action="${collectionUri}_signin?realm=dev.azure.com&amp;reply_to=${encodeURIComponent(collectionUri)}" method="POST">\r\n` +
    '<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit" /></noscript>\r\n' +
    '</form>\r\n<script language="javascript">window.setTimeout(\'document.forms[0].submit()\', 0);</script>\r\n' +
    '</body>\r\n</html>\r\n';
  return { status: 203, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}
