import { describe, expect, it } from 'vitest';
import { END, records, START, setupService as setup, T0, thrown } from './test-support.js';
import type { InsightsSource } from './types.js';

describe('query lifecycle', () => {
  it('goes Scheduled, Running with a growing prefix of the rows, then Complete', () => {
    const { clock, start, results } = setup({ runTimeMs: 1000 });
    const queryId = start();

    expect(results(queryId)).toMatchObject({ status: 'Scheduled', results: [] });

    clock.now += 600;
    const running = results(queryId);
    expect(running.status).toBe('Running');
    expect(running.results).toHaveLength(5);
    expect(running.statistics.recordsScanned).toBe(5);

    clock.now += 400;
    const complete = results(queryId);
    expect(complete.status).toBe('Complete');
    expect(complete.results.map((row) => row[0])).toEqual(
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((n) => ({ field: 'n', value: String(n) })),
    );
    expect(complete.results[0]!.at(-1)!.field).toBe('@ptr');
    expect(complete.statistics).toEqual({
      recordsMatched: 10,
      recordsScanned: 10,
      bytesScanned: records.reduce((sum, r) => sum + r.message.length, 0),
    });
    expect(running.results).toEqual(complete.results.slice(0, 5));
  });

  it('completes at once with a run time of 0, and setRunTime applies to later queries', () => {
    const { clock, service, start, results } = setup({ runTimeMs: 0 });
    const first = start();
    expect(results(first).status).toBe('Complete');

    service.setRunTime(5000);
    const second = start();
    clock.now += 4999;
    expect(results(second).status).toBe('Running');
    clock.now += 1;
    expect(results(second).status).toBe('Complete');
    expect(() => service.setRunTime(-1)).toThrow('runTimeMs must be a number of milliseconds');
  });

  it('cancels a running query on StopQuery and keeps what it had found', () => {
    const { clock, service, start, results } = setup({ runTimeMs: 1000 });
    const queryId = start();
    clock.now += 600;

    expect(service.stopQuery({ queryId })).toEqual({ success: true });
    clock.now += 10_000;
    const cancelled = results(queryId);
    expect(cancelled.status).toBe('Cancelled');
    expect(cancelled.results).toHaveLength(5);
    expect(service.stopQuery({ queryId })).toEqual({ success: false });
  });

  it('answers success false when stopping a query that already finished', () => {
    const { clock, service, start } = setup({ runTimeMs: 100 });
    const queryId = start();
    clock.now += 100;
    expect(service.stopQuery({ queryId })).toEqual({ success: false });
  });

  it('times out a query that would run longer than an hour', () => {
    const { clock, start, results } = setup({ runTimeMs: 2 * 3600_000 });
    const queryId = start();
    clock.now += 3600_000 - 1;
    expect(results(queryId).status).toBe('Running');
    clock.now += 1;
    expect(results(queryId).status).toBe('Timeout');
  });

  it('fails a query whose records cannot be read', () => {
    const source: InsightsSource = {
      hasLogGroup: () => true,
      scan: () => {
        throw new Error('disk gone');
      },
    };
    const { clock, start, results } = setup({ source, runTimeMs: 100 });
    const queryId = start();
    clock.now += 100;
    expect(results(queryId)).toMatchObject({ status: 'Failed', results: [] });
  });

  it('refuses a query beyond the concurrency limit until one finishes', () => {
    const { clock, service, start } = setup({ runTimeMs: 1000, maxConcurrentQueries: 2 });
    const first = start();
    start();
    const error = thrown(() => start());
    expect(error.awsErrorName).toBe('LimitExceededException');
    expect(error.message).toContain('the account allows 2 at once');

    service.stopQuery({ queryId: first });
    expect(start()).toMatch(/^[0-9a-f-]{36}$/);
    clock.now += 1000;
    start();
  });
});

describe('StartQuery input', () => {
  it('reads only the given time range, the end second included', () => {
    const { start, results } = setup({ runTimeMs: 0 });
    const t = Math.floor(T0 / 1000);
    const queryId = start({ startTime: t + 2, endTime: t + 4, queryString: 'stats count(*) as n' });
    expect(results(queryId).results).toEqual([[{ field: 'n', value: '3' }]]);
  });

  it('accepts log group ARNs, with or without :*, and a row limit', () => {
    const { start, results } = setup({ runTimeMs: 0 });
    const queryId = start({
      logGroupNames: undefined,
      logGroupIdentifiers: [
        'arn:aws:logs:us-east-1:111122223333:log-group:/app/api:*',
        'arn:aws:logs:us-east-1:111122223333:log-group:/app/worker',
      ],
      limit: 3,
    });
    expect(results(queryId).results.map((row) => row[0]!.value)).toEqual(['9', '8', '7']);
    const single = start({ logGroupNames: undefined, logGroupName: '/app/worker' });
    expect(results(single).results).toHaveLength(5);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'an unknown group',
      { logGroupNames: ['/nope'] },
      'ResourceNotFoundException',
      "Log group '/nope' does not exist",
    ],
    [
      'more than 50 groups',
      { logGroupNames: Array.from({ length: 51 }, (_, i) => `/g${i}`) },
      'InvalidParameterException',
      'logGroupNames has 51 log groups; a query can read at most 50',
    ],
    [
      'no group',
      { logGroupNames: undefined },
      'InvalidParameterException',
      'Give exactly one of logGroupName, logGroupNames or logGroupIdentifiers, got none',
    ],
    [
      'two ways of naming groups',
      { logGroupName: '/app/api' },
      'InvalidParameterException',
      'got logGroupName and logGroupNames',
    ],
    [
      'an empty group list',
      { logGroupNames: [] },
      'InvalidParameterException',
      'logGroupNames must be a non-empty list',
    ],
    [
      'a group that is not a name',
      { logGroupNames: [5] },
      'InvalidParameterException',
      'logGroupNames must hold log group names, got 5',
    ],
    [
      'endTime before startTime',
      { startTime: END, endTime: START },
      'InvalidParameterException',
      `endTime ${START} is before startTime ${END}`,
    ],
    [
      'a startTime in milliseconds as text',
      { startTime: '17' },
      'InvalidParameterException',
      'startTime is required: whole seconds since the epoch, got 17',
    ],
    [
      'no queryString',
      { queryString: undefined },
      'InvalidParameterException',
      'queryString is required',
    ],
    [
      'a limit of 0',
      { limit: 0 },
      'InvalidParameterException',
      'limit must be a whole number from 1 to 10000, got 0',
    ],
    ['a limit above 10,000', { limit: 10_001 }, 'InvalidParameterException', 'got 10001'],
    [
      'another query language',
      { queryLanguage: 'SQL' },
      'InvalidParameterException',
      'queryLanguage SQL is not supported by this emulator; only CWLI is',
    ],
    [
      'a syntax error',
      { queryString: 'fields a b' },
      'MalformedQueryException',
      "Expected '|' or the end of the query but found 'b'",
    ],
  ])('refuses %s', (_, input, awsErrorName, message) => {
    const { start } = setup();
    const error = thrown(() => start(input));
    expect(error.awsErrorName).toBe(awsErrorName);
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain(message);
  });

  it('gives the position of a syntax error as AWS does', () => {
    const { start } = setup();
    const error = thrown(() => start({ queryString: 'fields a | sort b sideways' }));
    expect(error.details).toEqual({
      queryCompileError: {
        location: { startCharOffset: 18, endCharOffset: 26 },
        message: "Expected asc or desc after the sort key but found 'sideways' (line 1, column 19)",
      },
    });
  });
});
