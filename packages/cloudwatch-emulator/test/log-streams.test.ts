import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogStreamCommand,
  DescribeLogStreamsCommand,
  type LogStream,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { beforeEach, describe, expect, it } from 'vitest';
import { startFileEmulator } from './emulator-fixture.js';
import { failure } from './sdk-clients.js';

const { emulator, logs } = await startFileEmulator();

beforeEach(async () => {
  emulator.reset();
  await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
});

async function put(logStreamName: string, timestamp: number) {
  await logs.send(
    new PutLogEventsCommand({
      logGroupName: 'app',
      logStreamName,
      logEvents: [{ timestamp, message: `event of ${logStreamName}` }],
    }),
  );
}

async function describeAll(
  input: Omit<ConstructorParameters<typeof DescribeLogStreamsCommand>[0], 'nextToken'>,
) {
  const streams: LogStream[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logs.send(new DescribeLogStreamsCommand({ ...input, nextToken }));
    streams.push(...(page.logStreams ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return streams;
}

describe('CreateLogStream and DescribeLogStreams', () => {
  it('describes a stream with its event times, ARN and stored bytes', async () => {
    const now = Date.now();
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'web-1' }));
    await put('web-1', now - 5000);
    await put('web-1', now - 1000);
    const { logStreams } = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'app' }));
    expect(logStreams).toHaveLength(1);
    expect(logStreams![0]).toMatchObject({
      logStreamName: 'web-1',
      firstEventTimestamp: now - 5000,
      lastEventTimestamp: now - 1000,
      arn: 'arn:aws:logs:eu-west-1:123456789012:log-group:app:log-stream:web-1',
      storedBytes: 2 * ('event of web-1'.length + 26),
    });
    expect(logStreams![0]!.lastIngestionTime).toBeGreaterThanOrEqual(now);
    expect(logStreams![0]!.uploadSequenceToken).toMatch(/^\d+$/);
  });

  it('pages 75 streams by name, ascending and descending, without loss or duplicate', async () => {
    const names = Array.from({ length: 75 }, (_, i) => `s-${String(i).padStart(2, '0')}`);
    for (const name of names) {
      await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: name }));
    }
    const ascending = await describeAll({ logGroupName: 'app', limit: 20 });
    expect(ascending.map((s) => s.logStreamName)).toEqual(names);
    const descending = await describeAll({ logGroupName: 'app', limit: 7, descending: true });
    expect(descending.map((s) => s.logStreamName)).toEqual([...names].reverse());
    const prefixed = await describeAll({ logGroupName: 'app', logStreamNamePrefix: 's-1' });
    expect(prefixed).toHaveLength(10);
  });

  it('orders by LastEventTime and pages through ties', async () => {
    const now = Date.now();
    const order = ['c', 'a', 'd', 'b', 'e'];
    for (const [i, name] of order.entries()) {
      await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: name }));
      await put(name, now - 10_000 + Math.floor(i / 2) * 1000);
    }
    const newestFirst = await describeAll({
      logGroupName: 'app',
      orderBy: 'LastEventTime',
      descending: true,
      limit: 2,
    });
    expect(newestFirst.map((s) => s.logStreamName)).toEqual(['e', 'd', 'b', 'c', 'a']);
  });

  it('answers AWS errors for duplicates, unknown groups, time order with a prefix', async () => {
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'x' }));
    const duplicate = await failure(
      logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'x' })),
    );
    expect(duplicate.name).toBe('ResourceAlreadyExistsException');

    const noGroup = await failure(
      logs.send(new CreateLogStreamCommand({ logGroupName: 'nope', logStreamName: 'x' })),
    );
    expect(noGroup.name).toBe('ResourceNotFoundException');

    const badName = await failure(
      logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'a:b' })),
    );
    expect(badName.name).toBe('InvalidParameterException');

    const prefixAndTime = await failure(
      logs.send(
        new DescribeLogStreamsCommand({
          logGroupName: 'app',
          logStreamNamePrefix: 'x',
          orderBy: 'LastEventTime',
        }),
      ),
    );
    expect(prefixAndTime.name).toBe('InvalidParameterException');
    expect(prefixAndTime.message).toContain('LastEventTime');
  });

  it('accepts a log group ARN as logGroupIdentifier', async () => {
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'x' }));
    const { logStreams } = await logs.send(
      new DescribeLogStreamsCommand({
        logGroupIdentifier: 'arn:aws:logs:eu-west-1:123456789012:log-group:app:*',
      }),
    );
    expect(logStreams!.map((s) => s.logStreamName)).toEqual(['x']);
  });
});

describe('DeleteLogStream', () => {
  it('deletes a stream and then answers ResourceNotFoundException', async () => {
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'x' }));
    await logs.send(new DeleteLogStreamCommand({ logGroupName: 'app', logStreamName: 'x' }));
    const again = await failure(
      logs.send(new DeleteLogStreamCommand({ logGroupName: 'app', logStreamName: 'x' })),
    );
    expect(again.name).toBe('ResourceNotFoundException');
    expect(again.message).toBe('The specified log stream does not exist.');
  });
});
