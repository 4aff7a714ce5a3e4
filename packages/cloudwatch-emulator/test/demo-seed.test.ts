import {
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { startFileEmulator } from './emulator-fixture.js';

const { logs } = await startFileEmulator({ seed: 'demo' });

const HOUR = 3_600_000;

async function count(logGroupName: string, filterPattern: string, startTime: number) {
  let total = 0;
  let nextToken: string | undefined;
  do {
    const page = await logs.send(
      new FilterLogEventsCommand({ logGroupName, filterPattern, startTime, nextToken }),
    );
    total += page.events!.length;
    nextToken = page.nextToken;
  } while (nextToken);
  return total;
}

describe('demo seed', () => {
  it('holds four services with retention set like real ones', async () => {
    const { logGroups } = await logs.send(new DescribeLogGroupsCommand({}));
    expect(logGroups!.map((g) => [g.logGroupName, g.retentionInDays])).toEqual([
      ['/aws/apigateway/access', 7],
      ['/aws/lambda/checkout-api', 14],
      ['/aws/lambda/inventory-sync', undefined],
      ['/ecs/payments', 30],
    ]);
    expect(logGroups!.every((g) => g.storedBytes! > 10_000)).toBe(true);
  });

  it('has an incident in the last hour that filter patterns find, a quiet day before', async () => {
    const now = Date.now();
    const recentErrors = await count(
      '/aws/lambda/checkout-api',
      '{ $.level = "ERROR" }',
      now - HOUR,
    );
    const earlierErrors =
      (await count('/aws/lambda/checkout-api', '{ $.level = "ERROR" }', now - 24 * HOUR)) -
      recentErrors;
    expect(recentErrors).toBeGreaterThan(3);
    expect(earlierErrors).toBe(0);

    expect(await count('/ecs/payments', '"connection pool exhausted"', now - HOUR)).toBeGreaterThan(
      3,
    );
    expect(await count('/ecs/payments', '"version=1.42.0"', now - HOUR)).toBe(2);
    expect(
      await count('/aws/apigateway/access', '{ $.status >= 500 }', now - HOUR),
    ).toBeGreaterThan(3);
    expect(await count('/aws/lambda/checkout-api', '"Task timed out"', now - HOUR)).toBeGreaterThan(
      0,
    );
  });

  it('mixes Lambda platform lines, JSON and plain text', async () => {
    const { events } = await logs.send(
      new FilterLogEventsCommand({ logGroupName: '/aws/lambda/checkout-api', limit: 20 }),
    );
    const messages = events!.map((e) => e.message!);
    expect(messages.some((m) => m.startsWith('START RequestId: '))).toBe(true);
    expect(
      messages.some((m) => m.startsWith('REPORT RequestId: ') && m.includes('Billed Duration')),
    ).toBe(true);
    expect(messages.some((m) => m.startsWith('{'))).toBe(true);

    const { logStreams } = await logs.send(
      new DescribeLogStreamsCommand({ logGroupName: '/ecs/payments' }),
    );
    expect(logStreams!.every((s) => s.logStreamName!.startsWith('payments/payments-worker/'))).toBe(
      true,
    );
    expect(logStreams!.every((s) => s.lastEventTimestamp! <= Date.now())).toBe(true);
  });
});
