import { describe, expect, it } from 'vitest';
import {
  AWS_SIGNING_HEADERS,
  canonicalHeaderKey,
  compileHeaderAllowlist,
  missingSigningHeaders,
} from './signing-headers.js';

// SignedHeaders of requests from @aws-sdk/client-cloudwatch-logs (DescribeLogGroups,
// FilterLogEvents) and @aws-sdk/client-cloudwatch (ListMetrics, GetMetricData), v3.1177.
const JS_SDK_SIGNED = [
  'amz-sdk-invocation-id',
  'amz-sdk-request',
  'content-length',
  'content-type',
  'host',
  'x-amz-content-sha256',
  'x-amz-date',
  'x-amz-target',
  'x-amz-user-agent',
  'x-amzn-query-mode',
];

describe('AWS_SIGNING_HEADERS', () => {
  it('keeps every header the JS SDK signs for CloudWatch Logs and CloudWatch', () => {
    const allowed = compileHeaderAllowlist(AWS_SIGNING_HEADERS);
    expect(JS_SDK_SIGNED.filter((name) => !allowed(name))).toEqual([]);
  });

  it('keeps what aws_auth writes and what other SDKs and protocols sign', () => {
    const allowed = compileHeaderAllowlist(AWS_SIGNING_HEADERS);
    const names = ['Authorization', 'X-Amz-Security-Token', 'Accept', 'Smithy-Protocol'];
    expect(names.filter((name) => !allowed(name))).toEqual([]);
  });

  it('is complete by its own measure', () => {
    expect(missingSigningHeaders(AWS_SIGNING_HEADERS)).toEqual([]);
  });
});

describe('compileHeaderAllowlist', () => {
  it.each<[string[], string, boolean]>([
    [['content-type'], 'Content-Type', true],
    [['Content-Type'], 'content-type', true],
    [['/^x-amz-.*$/'], 'X-Amz-Date', true],
    [['/x-amz/'], 'Not-X-Amz-Header', true],
    [['/^x-amz-.*$/'], 'X-Amzn-Query-Mode', false],
    [['/(?i)^host$/'], 'Host', true],
    [['/[/'], 'X', false],
  ])('%j allows %s: %s', (headers, name, expected) => {
    expect(compileHeaderAllowlist(headers)(name)).toBe(expected);
  });
});

describe('canonicalHeaderKey', () => {
  it.each([
    ['x-amz-date', 'X-Amz-Date'],
    ['CONTENT-TYPE', 'Content-Type'],
    ['smithy-protocol', 'Smithy-Protocol'],
    ['bad header', 'bad header'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalHeaderKey(name)).toBe(canonical);
  });
});
