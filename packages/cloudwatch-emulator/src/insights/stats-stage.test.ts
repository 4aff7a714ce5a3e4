import { describe, expect, it } from 'vitest';
import { event, json, MINUTE, type Row, requests, rows } from './test-support.js';
import type { InsightsLogRecord } from './types.js';

describe('stats', () => {
  it.each<[string, InsightsLogRecord[], Row[]]>([
    [
      'stats count(*) by level',
      requests,
      [
        { level: 'INFO', 'count(*)': '2' },
        { level: 'ERROR', 'count(*)': '2' },
        { level: 'WARN', 'count(*)': '1' },
      ],
    ],
    [
      'stats count(*) as n, count(user), avg(latency), sum(latency) as total, ' +
        'min(latency), max(latency) by service',
      requests,
      [
        {
          service: 'auth',
          n: '2',
          'count(user)': '2',
          'avg(latency)': '135',
          total: '270',
          'min(latency)': '20',
          'max(latency)': '250',
        },
        {
          service: 'cart',
          n: '3',
          'count(user)': '2',
          'avg(latency)': '146.66666666666666',
          total: '440',
          'min(latency)': '40',
          'max(latency)': '300',
        },
      ],
    ],
    [
      'stats count(*) by bin(5m)',
      [event(0, 'a'), event(30_000, 'b'), event(10 * MINUTE, 'c'), event(-5 * MINUTE, 'd')],
      [
        { 'bin(5m)': '2024-01-02 03:10:00.000', 'count(*)': '1' },
        { 'bin(5m)': '2024-01-02 03:00:00.000', 'count(*)': '2' },
        { 'bin(5m)': '2024-01-02 02:55:00.000', 'count(*)': '1' },
      ],
    ],
    [
      'stats count(*) as n by bin(1h) as hour, level | filter level = "ERROR"',
      requests,
      [{ hour: '2024-01-02 03:00:00.000', level: 'ERROR', n: '2' }],
    ],
    [
      'stats count_distinct(user) as users, pct(latency, 50) as p50, pct(latency, 90) as p90',
      requests,
      [{ users: '3', p50: '100', p90: '300' }],
    ],
    [
      'stats earliest(user) as first, latest(user) as last, ' +
        'sortsFirst(user) as lo, sortsLast(level) as hi',
      requests,
      [{ first: 'ann', last: 'cyd', lo: 'ann', hi: 'WARN' }],
    ],
    [
      'stats min(@timestamp) as start, max(@timestamp) as end',
      requests,
      [{ start: '2024-01-02 03:04:05.678', end: '2024-01-02 03:04:09.678' }],
    ],
    [
      'stats sum(latency) / count(*) as mean, count(*) * 2 as twice',
      requests,
      [{ mean: '142', twice: '10' }],
    ],
    [
      'stats count(*) as n by service | stats sum(n) as total, count(*) as services',
      requests,
      [{ total: '5', services: '2' }],
    ],
    [
      'stats count(*) by level | sort count(*) desc, level asc | limit 2',
      requests,
      [
        { level: 'ERROR', 'count(*)': '2' },
        { level: 'INFO', 'count(*)': '2' },
      ],
    ],
    [
      'stats avg(latency) as a by service | fields a * 2 as doubled | display service, doubled',
      requests,
      [
        { service: 'auth', doubled: '270' },
        { service: 'cart', doubled: '293.3333333333333' },
      ],
    ],
    ['stats count(*)', [], []],
    [
      'stats count(*) by missing',
      [event(0, 'x'), json(1, { missing: 'here' })],
      [{ 'count(*)': '1' }, { missing: 'here', 'count(*)': '1' }],
    ],
  ])('%s', (query, events, expected) => {
    expect(rows(query, events)).toEqual(expected);
  });
});
