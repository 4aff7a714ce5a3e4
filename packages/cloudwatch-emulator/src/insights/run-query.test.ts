import { describe, expect, it } from 'vitest';
import { decodePointer } from './log-record-pointer.js';
import { event, json, MINUTE, type Row, requests, rows, run } from './test-support.js';
import type { InsightsLogRecord } from './types.js';

describe('runQuery: events', () => {
  it.each<[string, InsightsLogRecord[], Row[]]>([
    [
      'filter @message like "boom"',
      [event(0, 'boom 1'), event(MINUTE, 'quiet'), event(2 * MINUTE, 'boom 2')],
      [
        { '@timestamp': '2024-01-02 03:06:05.678', '@message': 'boom 2' },
        { '@timestamp': '2024-01-02 03:04:05.678', '@message': 'boom 1' },
      ],
    ],
    [
      'fields level, latency | filter latency > 100',
      requests,
      [
        { level: 'ERROR', latency: '300' },
        { level: 'ERROR', latency: '250' },
      ],
    ],
    [
      'fields user.id, tags.1, `@@odd`, ok, missing',
      [json(0, { user: { id: 7 }, tags: ['a', 'b'], '@odd': 'x', ok: false, nil: null })],
      [{ 'user.id': '7', 'tags.1': 'b', '@@odd': 'x', ok: '0' }],
    ],
    ['filter ok = 1 | fields user', requests, [{ user: 'ann' }]],
    [
      'filter status = 200 and path like "/api" | fields user, ms * 2 as doubled',
      [
        event(0, 'user=ann status=200 path="/api/a b" ms=3'),
        event(1, 'user=bob status=500 path=/api ms=4'),
        event(2, 'not a key=value line'),
      ],
      [{ user: 'ann', doubled: '6' }],
    ],
    [
      'fields @log, @logStream, @ingestionTime | limit 1',
      [event(0, 'x')],
      [
        {
          '@log': '111122223333:/app/api',
          '@logStream': 'web-1',
          '@ingestionTime': '2024-01-02 03:04:05.683',
        },
      ],
    ],
    [
      'fields `foo-bar` as fb, a+b as sum',
      [json(0, { 'foo-bar': 'v', a: '2', b: 3 })],
      [{ fb: 'v', sum: '5' }],
    ],
    [
      'filter level in ["ERROR", "WARN"] and latency >= 250 | fields user',
      requests,
      [{}, { user: 'bob' }],
    ],
    ['filter level not in ["ERROR", "INFO"] | fields level', requests, [{ level: 'WARN' }]],
    ['filter not ispresent(user) | fields service', requests, [{ service: 'cart' }]],
    ['filter user != "ann" | fields user', requests, [{ user: 'cyd' }, { user: 'bob' }]],
    [
      'filter @message =~ /(?i)TIMEOUT/ or @message like /^\\d+$/ | fields @message',
      [event(0, 'db timeout'), event(1, 'fine'), event(2, '12345')],
      [{ '@message': '12345' }, { '@message': 'db timeout' }],
    ],
    [
      'filter @message not like "debug" | fields @message',
      [event(0, 'debug x'), event(1, 'info y')],
      [{ '@message': 'info y' }],
    ],
    [
      'sort latency desc | limit 2 | fields service, latency',
      requests,
      [
        { service: 'cart', latency: '300' },
        { service: 'auth', latency: '250' },
      ],
    ],
    [
      'fields name | sort name asc',
      ['b10', 'b9', 'B2', '10', '9', 'a'].map((name, i) => json(i, { name })),
      [
        { name: 'B2' },
        { name: 'a' },
        { name: 'b9' },
        { name: 'b10' },
        { name: '9' },
        { name: '10' },
      ],
    ],
    [
      'fields n | sort n desc',
      [json(0, { n: 5 }), json(1, {}), json(2, { n: 40 })],
      [{ n: '40' }, { n: '5' }, {}],
    ],
    [
      'limit 2',
      [event(0, 'old'), event(MINUTE, 'newest'), event(30_000, 'middle')],
      [
        { '@timestamp': '2024-01-02 03:05:05.678', '@message': 'newest' },
        { '@timestamp': '2024-01-02 03:04:35.678', '@message': 'middle' },
      ],
    ],
    [
      'parse @message "* [*] *" as ts, level, text | display level, text',
      [event(0, '2024 [WARN] disk almost full'), event(1, 'no brackets')],
      [{}, { level: 'WARN', text: 'disk almost full' }],
    ],
    [
      'parse @message /user=(?<user>\\w+) took (?<ms>\\d+)ms/ | filter ms > 10 | fields user, ms',
      [event(0, 'user=ann took 5ms'), event(1, 'user=bob took 50ms')],
      [{ user: 'bob', ms: '50' }],
    ],
    [
      'parse @message "id=*;" as id',
      [event(0, 'req id=42; ok')],
      [{ '@timestamp': '2024-01-02 03:04:05.678', '@message': 'req id=42; ok', id: '42' }],
    ],
    [
      'fields host | sort @timestamp desc | dedup host',
      [json(0, { host: 'a' }), json(1, { host: 'b' }), json(2, { host: 'a' }), json(3, {})],
      [{}, { host: 'a' }, { host: 'b' }],
    ],
    ['display a, b | fields c', [json(0, { a: 1, b: 2, c: 3 })], [{ a: '1', b: '2', c: '3' }]],
    [
      '# comment line\nfields x # trailing\n| filter x > 1',
      [json(0, { x: 1 }), json(1, { x: 2 })],
      [{ x: '2' }],
    ],
    [
      'filter @type = "REPORT" | fields @requestId, @duration, @maxMemoryUsed / 1000 / 1000 as mb',
      [
        event(0, 'START RequestId: 8f5e-11 Version: $LATEST', { logGroupName: '/aws/lambda/f' }),
        event(
          1,
          'REPORT RequestId: 8f5e-11\tDuration: 12.5 ms\tBilled Duration: 13 ms\t' +
            'Memory Size: 128 MB\tMax Memory Used: 70 MB\t',
          { logGroupName: '/aws/lambda/f' },
        ),
      ],
      [{ '@requestId': '8f5e-11', '@duration': '12.5', mb: '70' }],
    ],
    [
      'fields level',
      [
        event(0, '2024-01-02T03:04:05.678Z\t8f5e-11\tINFO\t{"level":"DEBUG"}', {
          logGroupName: '/aws/lambda/f',
        }),
      ],
      [{ level: 'DEBUG' }],
    ],
  ])('%s', (query, events, expected) => {
    expect(rows(query, events)).toEqual(expected);
  });
});

describe('runQuery: results', () => {
  it('ends each event row with a @ptr naming its group and event, and stats rows with none', () => {
    const events = [event(0, 'one'), event(1, 'two')];
    const result = run('fields @message', events);
    const pointer = result.rows[0]!.at(-1)!;
    expect(pointer.field).toBe('@ptr');
    expect(decodePointer(pointer.value)).toEqual({
      logGroupName: '/app/api',
      timestamp: events[1]!.timestamp,
      eventId: events[1]!.eventId,
    });
    expect(run('stats count(*)', events).rows).toEqual([[{ field: 'count(*)', value: '2' }]]);
  });

  it('counts scanned records and bytes, and the records that matched the filters', () => {
    const result = run('filter level = "ERROR" | limit 1', requests);
    const bytes = requests.reduce((sum, r) => sum + Buffer.byteLength(r.message), 0);
    expect(result.statistics).toEqual({
      recordsScanned: 5,
      recordsMatched: 2,
      bytesScanned: bytes,
    });
    expect(result.rows).toHaveLength(1);
    expect(run('stats count(*) by level', requests).statistics.recordsMatched).toBe(5);
    expect(Buffer.byteLength('é')).toBe(2);
    expect(run('fields @message', [event(0, 'é')]).statistics.bytesScanned).toBe(2);
  });

  it('keeps at most the requested number of rows, the most recent ones', () => {
    const events = Array.from({ length: 50 }, (_, i) => event(i * 1000, `m${i}`));
    const result = run('fields @message', events, 3);
    expect(result.rows.map((row) => row[0]!.value)).toEqual(['m49', 'm48', 'm47']);
  });
});
