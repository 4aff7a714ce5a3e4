import { describe, expect, it } from 'vitest';
import type { FakeAws, FakeHandler, ReceivedRequest } from './fakeAws.js';
import { toolFor } from './fakeAwsFixture.js';

const row = (message: string) => [
  { field: '@timestamp', value: '2024-05-01 10:40:00.000' },
  { field: '@message', value: message },
  { field: '@ptr', value: 'CmAKJgoi...' },
];

/** An Insights service whose query runs for `polls` GetQueryResults calls, then completes. */
function insights(polls: number): FakeHandler {
  let calls = 0;
  return (request: ReceivedRequest) => {
    if (request.operation === 'StartQuery') return { body: { queryId: 'q-1' } };
    if (request.operation === 'StopQuery') return { body: { success: true } };
    calls += 1;
    const done = calls > polls;
    return {
      body: {
        status: done ? 'Complete' : 'Running',
        results: done ? [row('first'), row('second')] : [row('partial')],
        statistics: { recordsMatched: 2, recordsScanned: 10, bytesScanned: 512 },
      },
    };
  };
}

const operations = (s: FakeAws) => s.requests.map((r) => r.operation);

describe('startQuery / getQueryResults / stopQuery', () => {
  it('sends whole epoch seconds and returns rows as objects without @ptr', async () => {
    const { tool, server } = await toolFor(insights(0));

    const { queryId } = await tool.startQuery({
      logGroupNames: ['/app/web'],
      queryString: 'fields @timestamp, @message',
      start: '2024-05-01T10:00:00.500Z',
      end: '2024-05-01T11:00:00.500Z',
    });
    const results = await tool.getQueryResults({ queryId });
    const withPtr = await tool.getQueryResults({ queryId, includePtr: true });
    const stopped = await tool.stopQuery({ queryId });

    expect(server.requests[0]!.body).toEqual({
      logGroupNames: ['/app/web'],
      queryString: 'fields @timestamp, @message',
      limit: 100,
      startTime: Date.parse('2024-05-01T10:00:00Z') / 1000,
      endTime: Date.parse('2024-05-01T11:00:01Z') / 1000,
    });
    expect(results).toEqual({
      status: 'Complete',
      rows: [
        { '@timestamp': '2024-05-01 10:40:00.000', '@message': 'first' },
        { '@timestamp': '2024-05-01 10:40:00.000', '@message': 'second' },
      ],
      statistics: { recordsMatched: 2, recordsScanned: 10, bytesScanned: 512 },
    });
    expect(withPtr.rows[0]!['@ptr']).toBe('CmAKJgoi...');
    expect(stopped).toEqual({ success: true });
  });

  it.each([
    [{ logGroupNames: [], queryString: 'x' }, 'logGroupNames must be a list of 1 to 50'],
    [{ logGroupNames: ['g'], queryString: ' ' }, 'queryString must be a non-empty string'],
    [{ logGroupNames: ['g'], queryString: 'x', limit: 0 }, 'limit must be an integer from 1'],
  ])('%j is E_INPUT', async (options, message) => {
    const { tool } = await toolFor(insights(0));
    await expect(tool.startQuery(options)).rejects.toMatchObject({
      code: 'E_INPUT',
      message: expect.stringContaining(message),
    });
  });
});

describe('query', () => {
  it('polls with growing pauses until the query completes', async () => {
    const { tool, server } = await toolFor(insights(3));

    const result = await tool.query({
      logGroupNames: ['/app/web'],
      queryString: 'fields @message',
    });

    expect(result).toMatchObject({ queryId: 'q-1', status: 'Complete' });
    expect(result.rows).toHaveLength(2);
    expect(result.stoppedBy).toBeUndefined();
    expect(operations(server)).toEqual([
      'StartQuery',
      'GetQueryResults',
      'GetQueryResults',
      'GetQueryResults',
      'GetQueryResults',
    ]);
  });

  it('stops the query on timeout and returns the partial rows', async () => {
    const { tool, server } = await toolFor(insights(Number.POSITIVE_INFINITY));

    const result = await tool.query({
      logGroupNames: ['/app/web'],
      queryString: 'fields @message',
      timeoutMs: 400,
    });

    expect(result).toMatchObject({ queryId: 'q-1', status: 'Timeout', stoppedBy: 'timeout' });
    expect(result.rows).toEqual([
      { '@timestamp': '2024-05-01 10:40:00.000', '@message': 'partial' },
    ]);
    expect(operations(server).at(-1)).toBe('StopQuery');
    expect(server.requests.at(-1)!.body).toEqual({ queryId: 'q-1' });
  });

  it('stops the query when the signal aborts', async () => {
    const { tool, server } = await toolFor(insights(Number.POSITIVE_INFINITY));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 250);

    const result = await tool.query({
      logGroupNames: ['/app/web'],
      queryString: 'fields @message',
      signal: controller.signal,
    });

    expect(result).toMatchObject({ status: 'Cancelled', stoppedBy: 'signal' });
    expect(operations(server).at(-1)).toBe('StopQuery');
  });

  it('returns a query that failed on the service side as it is', async () => {
    const { tool, server } = await toolFor((request) =>
      request.operation === 'StartQuery'
        ? { body: { queryId: 'q-2' } }
        : { body: { status: 'Failed', results: [] } },
    );

    const result = await tool.query({ logGroupNames: ['g'], queryString: 'x' });

    expect(result).toEqual({ queryId: 'q-2', status: 'Failed', rows: [] });
    expect(operations(server)).not.toContain('StopQuery');
  });

  it('stops the query when polling fails, and reports the failure', async () => {
    const { tool, server } = await toolFor((request) => {
      if (request.operation === 'StartQuery') return { body: { queryId: 'q-3' } };
      if (request.operation === 'StopQuery') return { body: { success: true } };
      return { status: 400, body: { __type: 'AccessDeniedException', message: 'no' } };
    });

    await expect(tool.query({ logGroupNames: ['g'], queryString: 'x' })).rejects.toMatchObject({
      code: 'E_AUTH',
      awsErrorName: 'AccessDeniedException',
    });
    expect(operations(server)).toEqual(['StartQuery', 'GetQueryResults', 'StopQuery']);
  });
});
