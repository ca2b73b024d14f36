import { describe, expect, it } from 'vitest';
import { bypassed, proxyAuthorization, proxyFor, supportsProxyEnv } from '../../src/core/proxy-tunnel.js';

describe('which Node needs the CONNECT fallback', () => {
  it('is every Node before proxyEnv support (24.5, 22.21)', () => {
    expect(supportsProxyEnv('v20.20.2')).toBe(false);
    expect(supportsProxyEnv('22.20.0')).toBe(false);
    expect(supportsProxyEnv('22.21.0')).toBe(true);
    expect(supportsProxyEnv('24.4.1')).toBe(false);
    expect(supportsProxyEnv('24.21.0')).toBe(true);
    expect(supportsProxyEnv('25.0.0')).toBe(true);
  });
});

describe('NO_PROXY', () => {
  const url = (u: string) => new URL(u);
  it('matches hosts, their subdomains, leading dots and wildcards, and ports', () => {
    expect(bypassed(url('https://login.microsoftonline.com/x'), 'microsoftonline.com')).toBe(true);
    expect(bypassed(url('https://login.microsoftonline.com/x'), '.microsoftonline.com')).toBe(true);
    expect(bypassed(url('https://login.microsoftonline.com/x'), '*.microsoftonline.com')).toBe(true);
    expect(bypassed(url('https://notmicrosoftonline.com/x'), 'microsoftonline.com')).toBe(false);
    expect(bypassed(url('https://dev.azure.com/x'), 'example.com, dev.azure.com')).toBe(true);
    expect(bypassed(url('https://localhost:8443/x'), 'localhost:8443')).toBe(true);
    expect(bypassed(url('https://localhost:9443/x'), 'localhost:8443')).toBe(false);
    expect(bypassed(url('https://dev.azure.com/x'), 'localhost:443,dev.azure.com:443')).toBe(true);
    expect(bypassed(url('http://[::1]:80/x'), '::1')).toBe(true);
    expect(bypassed(url('https://anything/x'), '*')).toBe(true);
    expect(bypassed(url('https://anything/x'), '')).toBe(false);
  });
});

describe('the proxy for a URL', () => {
  const settings = { HTTPS_PROXY: 'http://proxy:3128', HTTP_PROXY: 'proxy-plain:8080', NO_PROXY: 'internal' };
  it('is HTTPS_PROXY for https, HTTP_PROXY for http, none when bypassed', () => {
    expect(proxyFor(new URL('https://dev.azure.com'), settings)?.host).toBe('proxy:3128');
    expect(proxyFor(new URL('http://localhost:1'), settings)?.host).toBe('proxy-plain:8080');
    expect(proxyFor(new URL('https://internal/x'), settings)).toBeUndefined();
    expect(proxyFor(new URL('https://dev.azure.com'), {})).toBeUndefined();
  });
  it('carries the credentials of the proxy URL as Basic authorization, decoded', () => {
    expect(proxyAuthorization(new URL('http://us%40er:p%3Ass@proxy:3128'))).toEqual({
      'proxy-authorization': `Basic ${Buffer.from('us@er:p:ss').toString('base64')}`,
    });
    expect(proxyAuthorization(new URL('http://proxy:3128'))).toEqual({});
  });
});
