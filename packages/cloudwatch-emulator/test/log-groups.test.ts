import {
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  type LogGroup,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLogGroup, startFileEmulator } from './emulator-fixture.js';
import { failure } from './sdk-clients.js';

const { emulator, logs } = await startFileEmulator();

beforeEach(() => emulator.reset());

async function describeAll(input: { logGroupNamePrefix?: string; limit?: number } = {}) {
  const groups: LogGroup[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const page = await logs.send(new DescribeLogGroupsCommand({ ...input, nextToken }));
    groups.push(...(page.logGroups ?? []));
    nextToken = page.nextToken;
    pages++;
  } while (nextToken);
  return { groups, pages };
}

describe('CreateLogGroup and DescribeLogGroups', () => {
  it('creates a group that DescribeLogGroups returns with its ARN, class and size', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/api' }));
    const { logGroups } = await logs.send(new DescribeLogGroupsCommand({}));
    expect(logGroups).toHaveLength(1);
    expect(logGroups![0]).toMatchObject({
      logGroupName: '/app/api',
      arn: 'arn:aws:logs:eu-west-1:123456789012:log-group:/app/api:*',
      logGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:/app/api',
      logGroupClass: 'STANDARD',
      storedBytes: 0,
      metricFilterCount: 0,
    });
    expect(logGroups![0]!.retentionInDays).toBeUndefined();
    expect(Math.abs(logGroups![0]!.creationTime! - Date.now())).toBeLessThan(60_000);
  });

  it('pages through 123 groups in name order with no loss and no duplicate', async () => {
    const names = Array.from({ length: 123 }, (_, i) => `/svc/${String(i).padStart(3, '0')}`);
    for (const name of [...names].reverse()) {
      await logs.send(new CreateLogGroupCommand({ logGroupName: name }));
    }
    const { groups, pages } = await describeAll({ limit: 50 });
    expect(groups.map((g) => g.logGroupName)).toEqual(names);
    expect(pages).toBe(3);
  });

  it('filters by prefix and by case-insensitive pattern, and refuses both at once', async () => {
    for (const name of ['/aws/lambda/Checkout', '/aws/lambda/cart', '/ecs/checkout-worker']) {
      await logs.send(new CreateLogGroupCommand({ logGroupName: name }));
    }
    const byPrefix = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/lambda/' }),
    );
    expect(byPrefix.logGroups!.map((g) => g.logGroupName)).toEqual([
      '/aws/lambda/Checkout',
      '/aws/lambda/cart',
    ]);
    const byPattern = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePattern: 'checkout' }),
    );
    expect(byPattern.logGroups!.map((g) => g.logGroupName)).toEqual([
      '/aws/lambda/Checkout',
      '/ecs/checkout-worker',
    ]);

    const both = await failure(
      logs.send(
        new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws', logGroupNamePattern: 'x' }),
      ),
    );
    expect(both.name).toBe('InvalidParameterException');
    expect(both.message).toMatch(/mutually exclusive/);
  });

  it('refuses a duplicate group, a bad name, a limit over 50 and a foreign token', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'dup' }));
    const duplicate = await failure(logs.send(new CreateLogGroupCommand({ logGroupName: 'dup' })));
    expect(duplicate.name).toBe('ResourceAlreadyExistsException');
    expect(duplicate.$metadata.httpStatusCode).toBe(400);

    const badName = await failure(
      logs.send(new CreateLogGroupCommand({ logGroupName: 'has space' })),
    );
    expect(badName.name).toBe('InvalidParameterException');
    expect(badName.message).toContain("Value 'has space' at 'logGroupName'");

    const tooLong = await failure(
      logs.send(new CreateLogGroupCommand({ logGroupName: 'a'.repeat(513) })),
    );
    expect(tooLong.message).toContain('length less than or equal to 512');

    const limit = await failure(logs.send(new DescribeLogGroupsCommand({ limit: 51 })));
    expect(limit.name).toBe('InvalidParameterException');
    expect(limit.message).toContain('less than or equal to 50');

    const token = await failure(logs.send(new DescribeLogGroupsCommand({ nextToken: 'garbage' })));
    expect(token.name).toBe('InvalidParameterException');
    expect(token.message).toContain('nextToken');
  });
});

describe('DeleteLogGroup', () => {
  it('deletes a group with its streams, then answers ResourceNotFoundException', async () => {
    await createLogGroup(logs, 'gone', ['s']);
    await logs.send(new DeleteLogGroupCommand({ logGroupName: 'gone' }));
    expect((await logs.send(new DescribeLogGroupsCommand({}))).logGroups).toEqual([]);

    const again = await failure(logs.send(new DeleteLogGroupCommand({ logGroupName: 'gone' })));
    expect(again.name).toBe('ResourceNotFoundException');
    expect(again.message).toBe('The specified log group does not exist.');
  });
});

describe('PutRetentionPolicy and DeleteRetentionPolicy', () => {
  it('sets and removes retention, and refuses a value AWS does not offer', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'kept' }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'kept', retentionInDays: 30 }));
    let [group] = (await logs.send(new DescribeLogGroupsCommand({}))).logGroups!;
    expect(group!.retentionInDays).toBe(30);

    const odd = await failure(
      logs.send(new PutRetentionPolicyCommand({ logGroupName: 'kept', retentionInDays: 2 })),
    );
    expect(odd.name).toBe('InvalidParameterException');
    expect(odd.message).toContain('enum value set: [1, 3, 5, 7, 14, 30');

    const missing = await failure(
      logs.send(new PutRetentionPolicyCommand({ logGroupName: 'nope', retentionInDays: 7 })),
    );
    expect(missing.name).toBe('ResourceNotFoundException');

    await logs.send(new DeleteRetentionPolicyCommand({ logGroupName: 'kept' }));
    [group] = (await logs.send(new DescribeLogGroupsCommand({}))).logGroups!;
    expect(group!.retentionInDays).toBeUndefined();
  });
});

describe('storedBytes', () => {
  it('counts UTF-8 message bytes plus 26 bytes per event', async () => {
    await createLogGroup(logs, 'sized', ['s']);
    const now = Date.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'sized',
        logStreamName: 's',
        logEvents: [
          { timestamp: now, message: 'hello' },
          { timestamp: now, message: 'héllo' },
        ],
      }),
    );
    const [group] = (await logs.send(new DescribeLogGroupsCommand({}))).logGroups!;
    expect(group!.storedBytes).toBe(5 + 6 + 2 * 26);
  });
});
