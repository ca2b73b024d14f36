/**
 * The hand-written STS call's reading side: the answers the fake STS renders (the shapes of
 * docs/protocols.md §3.3–3.4) become credentials or the refusal's code; XML that STS never sends is
 * refused rather than guessed at.
 */
import { describe, expect, it } from 'vitest';
import type { OidcExchangeError } from '../../src/core/errors.js';
import type { HttpResponse } from '../../src/core/http.js';
import { parsePlan } from '../../src/core/plan.js';
import type { AwsSettings } from '../../src/targets/aws/definition.js';
import { StsServiceError } from '../../src/targets/aws/sts-errors.js';
import { assumeRoleForm, readAssumeAnswer } from '../../src/targets/aws/sts-wire.js';
import { readXml, textAt } from '../../src/targets/aws/xml-reader.js';
import { TARGETS } from '../../src/targets/index.js';
import { errorResponse, sts } from '../fakes/sts-errors.ts';
import { actionResponse } from '../fakes/sts-xml.ts';
import type { FakeResponse } from '../fakes/http-server.ts';

const inputs: Record<string, string> = {
  'aws-role-arn': 'arn:aws:iam::123456789012:role/deploy',
  'aws-region': 'eu-west-1',
  'aws-session-policy': '{"Version":"2012-10-17","Statement":[]}',
  'aws-managed-policy-arns': 'arn:aws:iam::aws:policy/ReadOnlyAccess,arn:aws:iam::aws:policy/Billing',
};
const settings = parsePlan((n) => inputs[n] ?? '', TARGETS).targets[0]?.settings as AwsSettings;

const asResponse = (fake: FakeResponse): HttpResponse => ({
  status: fake.status ?? 200,
  headers: { ...fake.headers },
  body: String(fake.body),
});

const success = () =>
  asResponse(
    actionResponse(
      'AssumeRoleWithWebIdentity',
      {
        Credentials: {
          AccessKeyId: 'ASIAEXAMPLE',
          SecretAccessKey: 'secret/with+chars&more',
          SessionToken: 'session<token>',
          Expiration: '2026-11-23T16:00:00Z',
        },
        SubjectFromWebIdentityToken: 'repo:o/r:ref:refs/heads/main',
        AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/deploy/s', AssumedRoleId: 'AROA:s' },
      },
      'req-1',
    ),
  );

describe('assumeRoleForm', () => {
  it('sends the query-protocol form STS expects, policy ARNs numbered from 1', () => {
    const form = new URLSearchParams(assumeRoleForm(settings, 'eyJ.token'));
    expect(Object.fromEntries(form)).toEqual({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: inputs['aws-role-arn'],
      RoleSessionName: 'oidc-exchange',
      WebIdentityToken: 'eyJ.token',
      DurationSeconds: '3600',
      Policy: inputs['aws-session-policy'],
      'PolicyArns.member.1.arn': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'PolicyArns.member.2.arn': 'arn:aws:iam::aws:policy/Billing',
    });
  });
});

describe('readAssumeAnswer', () => {
  it('reads the credentials, decoding entities, and registers each secret as it is read', () => {
    const secrets: string[] = [];
    const role = readAssumeAnswer(success(), settings, (s) => secrets.push(s));
    expect(role).toEqual({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret/with+chars&more',
      sessionToken: 'session<token>',
      expiration: new Date('2026-11-23T16:00:00Z'),
      assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/deploy/s',
    });
    expect(secrets).toEqual(['ASIAEXAMPLE', 'secret/with+chars&more', 'session<token>']);
  });

  it("turns STS's error document into its code, message and status", () => {
    let error: unknown;
    try {
      readAssumeAnswer(asResponse(errorResponse(sts.accessDenied())), settings, () => undefined);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StsServiceError);
    const refusal = error as StsServiceError;
    expect([refusal.code, refusal.message, refusal.status]).toEqual([
      'AccessDenied',
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      403,
    ]);
  });

  it("judges a body that is not STS's by its status: a proxy's 503 is transient, a 200 page is not", () => {
    const page = (status: number): HttpResponse => ({
      status,
      headers: { 'content-type': 'text/html' },
      body: '<html><body>Service Unavailable<br></body></html>',
    });
    const fail = (res: HttpResponse) => {
      try {
        readAssumeAnswer(res, settings, () => undefined);
      } catch (e) {
        return e as OidcExchangeError;
      }
      throw new Error('expected a failure');
    };
    expect([fail(page(503)).code, fail(page(503)).retryable]).toEqual(['HTTP_FAILED', true]);
    expect(fail(page(200)).message).toContain(
      'not an AssumeRoleWithWebIdentity response (content-type text/html)',
    );
    expect(fail(page(200)).retryable).toBe(false);
  });

  it('refuses an answer without all the credentials, after masking what it had', () => {
    const secrets: string[] = [];
    const res = success();
    res.body = res.body.replace(/<SessionToken>[^<]*<\/SessionToken>/, '');
    expect(() => readAssumeAnswer(res, settings, (s) => secrets.push(s))).toThrow('without credentials');
    expect(secrets).toEqual(['ASIAEXAMPLE', 'secret/with+chars&more']);
  });
});

describe('readXml', () => {
  it('reads elements, attributes, comments, character references and the declaration', () => {
    const root = readXml(
      '<?xml version="1.0"?>\n<A xmlns="urn:x" b=\'1\'><!-- c --><B>x &#65;&#x42; &quot;y&apos;</B><C/></A>',
    );
    expect(textAt(root, 'B')).toBe('x AB "y\'');
    expect(root.children.map((c) => c.name)).toEqual(['B', 'C']);
    expect(textAt(root, 'Missing', 'Deeper')).toBeUndefined();
  });

  it.each([
    ['a DOCTYPE (no entity expansion, ever)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['an unknown entity', '<a>&x;</a>'],
    ['a bare ampersand', '<a>a & b</a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['content after the root', '<a></a><b></b>'],
    ['not XML at all', '{"AssumeRoleWithWebIdentityResponse":{}}'],
    ['nesting beyond any STS answer', '<a>'.repeat(40) + '</a>'.repeat(40)],
  ])('refuses %s', (_what, source) => {
    expect(() => readXml(source)).toThrow();
  });
});
