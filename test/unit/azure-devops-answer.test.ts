/**
 * What each answer of the oidctoken endpoint becomes: only 200 with JSON `oidcToken` is a token;
 * sign-in pages say the access token was refused without quoting HTML; Azure DevOps' JSON errors
 * are quoted with their diagnostic ids; only transient failures are retryable.
 */
import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../../src/core/http.js';
import { answerError, readOidcToken } from '../../src/sources/azure-devops-answer.js';

const origin = 'the Azure DevOps oidctoken endpoint';
const res = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { ...(typeof body === 'string' ? {} : { 'content-type': 'application/json' }), ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const page =
  '<!DOCTYPE html><html><head><title>Azure DevOps Services | Sign In</title></head><body><form></form></body></html>';

describe('oidctoken answers', () => {
  it('a sign-in page, whatever its status, is a refused access token, never quoted', () => {
    for (const answer of [
      res(203, page, { 'content-type': 'text/html; charset=utf-8' }),
      res(200, page, { 'content-type': 'text/html' }),
      res(302, '', { location: 'https://dev.azure.com/contoso/_signin?realm=dev.azure.com' }),
    ]) {
      const error =
        answer.status === 200
          ? catchError(() => readOidcToken(answer, origin))
          : answerError(answer, origin, undefined);
      expect(error.message).toContain('refused the job access token');
      expect(error.message).toContain(`HTTP ${answer.status}`);
      expect(`${error.message}${error.hint}`).not.toMatch(/<|DOCTYPE|Sign In/);
      expect(error.retryable).toBe(false);
    }
  });

  it("quotes Azure DevOps' JSON error with its diagnostic ids, and hints at the connection reference", () => {
    const error = answerError(
      res(
        400,
        {
          message: 'There is no explicit reference to service connection abc from current stage.',
          typeKey: 'InvalidRequestException',
        },
        { 'x-vss-e2eid': 'e2e-123', 'x-msedge-ref': 'Ref A: 0A1B' },
      ),
      origin,
      'abc',
    );
    expect(error.message).toBe(
      'The Azure DevOps oidctoken endpoint answered HTTP 400: There is no explicit reference to service connection abc from current stage. (x-vss-e2eid e2e-123, x-msedge-ref Ref A: 0A1B).',
    );
    expect(error.hint).toContain('this step asked for connection abc');
    expect(error.retryable).toBe(false);
  });

  it('says which api-version problem it is', () => {
    const error = answerError(
      res(400, { message: 'The requested version "7.1" …', typeKey: 'VssInvalidPreviewVersionException' }),
      origin,
      undefined,
    );
    expect(error.hint).toContain('api-version 7.1');
  });

  it('a 401 with JSON is a refused access token', () => {
    const error = answerError(
      res(401, {
        message: 'TF400813: Resource not available for anonymous access.',
        typeKey: 'UnauthorizedRequestException',
      }),
      origin,
      undefined,
    );
    expect(error.message).toContain('refused the job access token (HTTP 401: TF400813');
    expect(error.hint).toContain('SystemVssConnection');
  });

  it('retries 5xx and 429, honouring Retry-After, and not 404', () => {
    expect(answerError(res(503, { message: 'busy' }), origin, undefined).retryable).toBe(true);
    const throttled = answerError(res(429, '', { 'retry-after': '2' }), origin, undefined) as {
      retryable: boolean;
      delayMs?: number;
    };
    expect(throttled.retryable).toBe(true);
    expect(throttled.delayMs).toBe(2000);
    const missing = answerError(res(404, ''), origin, undefined);
    expect(missing.retryable).toBe(false);
    expect(missing.hint).toContain('System.OidcRequestUri');
  });

  it('a 200 without `oidcToken` is a retryable failure; with one, the token', () => {
    const error = catchError(() => readOidcToken(res(200, { oidcToken: null }), origin));
    expect(error.message).toContain('has no `oidcToken`');
    expect(error.retryable).toBe(true);
    expect(readOidcToken(res(200, { oidcToken: ' a.b.c ' }), origin)).toBe('a.b.c');
  });
});

function catchError(fn: () => unknown): Error & { hint?: string; retryable?: boolean } {
  try {
    fn();
  } catch (error) {
    return error as Error & { hint?: string; retryable?: boolean };
  }
  throw new Error('expected a failure');
}
