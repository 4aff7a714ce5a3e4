import { describe, expect, it } from 'vitest';
import { setupService as setup, T0, thrown } from './test-support.js';

describe('GetQueryResults, StopQuery and DescribeQueries', () => {
  it('refuses an unknown or missing queryId', () => {
    const { service } = setup();
    expect(thrown(() => service.getQueryResults({ queryId: 'nope' })).awsErrorName).toBe(
      'ResourceNotFoundException',
    );
    expect(thrown(() => service.stopQuery({})).message).toContain('queryId is required');
  });

  it('lists queries newest first, filtered by status and log group, page by page', () => {
    const { clock, service, start } = setup({ runTimeMs: 1000 });
    const done = start({ logGroupNames: ['/app/api'], queryString: 'stats count(*)' });
    clock.now += 2000;
    const running = start();
    const other = start({ logGroupNames: ['/app/empty'] });

    expect(service.describeQueries({})).toEqual({
      queries: [
        {
          queryId: other,
          queryString: 'fields n',
          status: 'Scheduled',
          createTime: 1_002_000,
          logGroupName: '/app/empty',
        },
        {
          queryId: running,
          queryString: 'fields n',
          status: 'Scheduled',
          createTime: 1_002_000,
          logGroupName: '/app/api',
        },
        {
          queryId: done,
          queryString: 'stats count(*)',
          status: 'Complete',
          createTime: 1_000_000,
          logGroupName: '/app/api',
        },
      ],
    });
    const complete = service.describeQueries({ status: 'Complete' }) as { queries: unknown[] };
    expect(complete.queries).toHaveLength(1);
    const api = service.describeQueries({ logGroupName: '/app/api' }) as { queries: unknown[] };
    expect(api.queries).toHaveLength(2);

    const page1 = service.describeQueries({ maxResults: 2 }) as {
      queries: Array<{ queryId: string }>;
      nextToken: string;
    };
    expect(page1.queries.map((q) => q.queryId)).toEqual([other, running]);
    const page2 = service.describeQueries({ maxResults: 2, nextToken: page1.nextToken }) as Record<
      string,
      unknown
    >;
    expect(page2).toEqual({ queries: [expect.objectContaining({ queryId: done })] });

    expect(thrown(() => service.describeQueries({ status: 'Done' })).message).toContain(
      'status must be one of Scheduled, Running, Complete, Failed, Cancelled, Timeout, got Done',
    );
    expect(thrown(() => service.describeQueries({ maxResults: 0 })).awsErrorName).toBe(
      'InvalidParameterException',
    );
    expect(thrown(() => service.describeQueries({ nextToken: '!!' })).message).toContain(
      'nextToken',
    );
  });
});

describe('GetLogRecord', () => {
  it('returns every field of the event a @ptr points at', () => {
    const { start, results, service } = setup({ runTimeMs: 0 });
    const queryId = start({ queryString: 'filter n = 4' });
    const row = results(queryId).results[0]!;
    const pointer = row.find((field) => field.field === '@ptr')!.value;

    expect(service.getLogRecord({ logRecordPointer: pointer })).toEqual({
      logRecord: {
        '@timestamp': String(T0 + 4000),
        '@message': '{"n":4,"level":"INFO"}',
        '@logStream': 'main',
        '@log': '111122223333:/app/api',
        '@ingestionTime': String(T0 + 4007),
        n: '4',
        level: 'INFO',
      },
    });
  });

  it.each<[string, unknown, string]>([
    ['a pointer of no query', 'bm90IGEgcG9pbnRlcg', 'InvalidParameterException'],
    ['no pointer', undefined, 'InvalidParameterException'],
    [
      'a record that is gone',
      Buffer.from(`/app/api\n${T0}\nevent-99`).toString('base64url'),
      'ResourceNotFoundException',
    ],
    [
      'a group that is gone',
      Buffer.from(`/gone\n${T0}\nevent-0`).toString('base64url'),
      'ResourceNotFoundException',
    ],
  ])('refuses %s', (_, logRecordPointer, awsErrorName) => {
    const { service } = setup();
    expect(thrown(() => service.getLogRecord({ logRecordPointer })).awsErrorName).toBe(
      awsErrorName,
    );
  });
});
