import { DescribeQueriesCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedEmulator, startLoadedEmulator, webEvents } from './emulatorFixture.js';

// Logs Insights through the tool against the emulator's query engine; each query runs for
// `runTimeMs` there (Scheduled, then Running, then Complete), so polling is exercised for real.

const RUN_TIME_MS = 600;
const window = { start: '1h' };

let loaded: LoadedEmulator;
beforeAll(async () => {
  loaded = await startLoadedEmulator({ runTimeMs: RUN_TIME_MS, maxConcurrentQueries: 4 });
});
afterAll(() => loaded.close());

async function emulatorStatus(queryId: string): Promise<string | undefined> {
  const { queries } = await loaded.logs.send(
    new DescribeQueriesCommand({ logGroupName: '/keyless/web' }),
  );
  return queries?.find((query) => query.queryId === queryId)?.status;
}

describe('query', () => {
  it('returns the loaded events that match, as rows, once the query completes', async () => {
    const polls: string[] = [];
    const result = await loaded.tool.query({
      logGroupNames: ['/keyless/web'],
      queryString:
        'fields @timestamp, @message | filter @message like /ERROR/ | sort @timestamp asc',
      ...window,
      onPoll: (poll) => polls.push(poll.status),
    });

    expect(polls.at(-1)).toBe('Complete');
    expect(polls.slice(0, -1).every((status) => /Scheduled|Running/.test(status))).toBe(true);
    const errors = webEvents.filter((event) => event.message.startsWith('ERROR'));
    expect(result.status).toBe('Complete');
    expect(result.stoppedBy).toBeUndefined();
    expect(result.rows.map((row) => row['@message'])).toEqual(errors.map((event) => event.message));
    expect(result.rows.every((row) => !('@ptr' in row))).toBe(true);
    expect(result.statistics?.recordsMatched).toBe(errors.length);
  });

  it('aggregates with stats', async () => {
    const result = await loaded.tool.query({
      logGroupNames: ['/keyless/web'],
      queryString: 'stats count(*) as events by @logStream | sort @logStream asc',
      ...window,
    });

    const count = (stream: string) => webEvents.filter((event) => event.stream === stream).length;
    expect(result.rows).toEqual([
      { '@logStream': 'web-1', events: String(count('web-1')) },
      { '@logStream': 'web-2', events: String(count('web-2')) },
    ]);
  });

  it('keeps @ptr when asked', async () => {
    const result = await loaded.tool.query({
      logGroupNames: ['/keyless/web'],
      queryString: 'fields @message | limit 2',
      includePtr: true,
      ...window,
    });
    expect(result.rows).toHaveLength(2);
    expect(result.rows.every((row) => typeof row['@ptr'] === 'string')).toBe(true);
  });

  it('stops a query that outlasts timeoutMs, and the emulator sees it cancelled', async () => {
    const result = await loaded.tool.query({
      logGroupNames: ['/keyless/web'],
      queryString: 'fields @message',
      timeoutMs: Math.floor(RUN_TIME_MS / 3),
      ...window,
    });

    expect(result).toMatchObject({ status: 'Timeout', stoppedBy: 'timeout' });
    expect(await emulatorStatus(result.queryId)).toBe('Cancelled');
  });

  it('stops the query when the signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), RUN_TIME_MS / 3);
    const result = await loaded.tool.query({
      logGroupNames: ['/keyless/web'],
      queryString: 'fields @message',
      signal: controller.signal,
      ...window,
    });

    expect(result).toMatchObject({ status: 'Cancelled', stoppedBy: 'signal' });
    expect(await emulatorStatus(result.queryId)).toBe('Cancelled');
  });

  it('a malformed query is E_INPUT with the AWS error name', async () => {
    await expect(
      loaded.tool.query({ logGroupNames: ['/keyless/web'], queryString: 'fields | | nonsense(' }),
    ).rejects.toMatchObject({ code: 'E_INPUT', awsErrorName: 'MalformedQueryException' });
  });
});

describe('startQuery, getQueryResults and stopQuery', () => {
  it('report the query running, then stopped', async () => {
    const { queryId } = await loaded.tool.startQuery({
      logGroupNames: ['/keyless/web', '/keyless/worker'],
      queryString: 'fields @message',
      ...window,
    });
    const running = await loaded.tool.getQueryResults({ queryId });
    const stopped = await loaded.tool.stopQuery({ queryId });
    const after = await loaded.tool.getQueryResults({ queryId });

    expect(['Scheduled', 'Running']).toContain(running.status);
    expect(stopped).toEqual({ success: true });
    expect(after.status).toBe('Cancelled');
  });

  it('getQueryResults of an unknown query is E_NOT_FOUND', async () => {
    await expect(
      loaded.tool.getQueryResults({ queryId: '00000000-0000-0000-0000-000000000000' }),
    ).rejects.toMatchObject({ code: 'E_NOT_FOUND', awsErrorName: 'ResourceNotFoundException' });
  });
});
