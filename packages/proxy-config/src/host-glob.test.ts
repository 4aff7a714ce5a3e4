import { describe, expect, it } from 'vitest';
import { hostCovers, hostsMayOverlap, matchHost } from './host-glob.js';

describe('matchHost', () => {
  it.each<[string, string, boolean]>([
    ['*', 'anything.example.com', true],
    ['*.amazonaws.com', 'logs.eu-west-1.amazonaws.com', true],
    ['*.amazonaws.com', 'amazonaws.com', true],
    ['*.amazonaws.com', 'amazonaws.com.evil.test', false],
    ['logs.*.amazonaws.com', 'logs.eu-west-1.amazonaws.com', true],
    ['logs.*.amazonaws.com', 'logs.amazonaws.com', false],
    ['logs.*.amazonaws.com', 'monitoring.eu-west-1.amazonaws.com', false],
    ['logs.?s-east-1.amazonaws.com', 'logs.us-east-1.amazonaws.com', true],
    ['logs.[a-z][a-z]-west-1.amazonaws.com', 'logs.eu-west-1.amazonaws.com', true],
    ['logs.[^e]u-west-1.amazonaws.com', 'logs.eu-west-1.amazonaws.com', false],
    ['logs.[a-z.amazonaws.com', 'logs.a.amazonaws.com', false],
    ['api.example.com', 'api.example.com', true],
  ])('%s matches %s: %s', (pattern, host, expected) => {
    expect(matchHost(pattern, host)).toBe(expected);
  });
});

describe('hostCovers', () => {
  it.each<[string, string, boolean]>([
    ['*.amazonaws.com', 'logs.*.amazonaws.com', true],
    ['logs.*.amazonaws.com', 'logs.*.amazonaws.com', true],
    ['logs.*', 'logs.*.amazonaws.com', true],
    ['logs.eu-west-1.amazonaws.com', 'logs.*.amazonaws.com', false],
    ['logs.e*.amazonaws.com', 'logs.*.amazonaws.com', false],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(hostCovers(outer, inner)).toBe(expected);
  });
});

describe('hostsMayOverlap', () => {
  it.each<[string, string, boolean]>([
    ['*.amazonaws.com', 'logs.*.amazonaws.com', true],
    ['logs.eu-west-1.amazonaws.com', 'logs.*.amazonaws.com', true],
    ['logs.*.amazonaws.com', 'logs.eu-*', true],
    ['*.openai.com', 'logs.*.amazonaws.com', false],
    ['api.example.com', 'logs.*.amazonaws.com', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(hostsMayOverlap(a, b)).toBe(expected);
    expect(hostsMayOverlap(b, a)).toBe(expected);
  });
});
