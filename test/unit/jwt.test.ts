import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../src/core/jwt.js';

const seg = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const good = `${seg({ alg: 'RS256', typ: 'JWT' })}.${seg({ sub: 'x' })}.c2ln`;

describe('decodeJwt', () => {
  it('decodes a compact JWS', () => {
    expect(decodeJwt(good, 'test').payload).toEqual({ sub: 'x' });
  });

  it.each([
    ['two segments', 'a.b', /2 segments instead of 3/],
    ['four segments', `${good}.x`, /4 segments instead of 3/],
    ['bad base64', `${seg({})}.!!!.x`, /payload is not base64url/],
    ['bad JSON', `${Buffer.from('{nope').toString('base64url')}.${seg({})}.x`, /header is not JSON/],
    ['a JSON array', `${seg({})}.${seg([1])}.x`, /payload is not a JSON object/],
    ['oversized', `${seg({})}.${'a'.repeat(20_001)}.x`, /characters long \(limit 20000\)/],
  ])('refuses %s', (_name, token, message) => {
    expect(() => decodeJwt(token, 'test')).toThrow(message);
  });
});
