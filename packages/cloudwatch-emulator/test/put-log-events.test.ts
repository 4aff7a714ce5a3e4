import {
  GetLogEventsCommand,
  type InputLogEvent,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLogGroup, startFileEmulator } from './emulator-fixture.js';
import { failure } from './sdk-clients.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const { emulator, logs } = await startFileEmulator();

beforeEach(async () => {
  emulator.reset();
  await createLogGroup(logs, 'app', ['s']);
});

const put = (logEvents: InputLogEvent[], logGroupName = 'app', logStreamName = 's') =>
  logs.send(new PutLogEventsCommand({ logGroupName, logStreamName, logEvents }));

async function stored() {
  const page = await logs.send(
    new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 's', startFromHead: true }),
  );
  return page.events ?? [];
}

describe('PutLogEvents', () => {
  it('stores a full batch of 10,000 events that read back in order, exactly', async () => {
    const now = Date.now();
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      timestamp: now - 10_000 + i,
      message: `event ${i}`,
    }));
    const result = await put(events);
    expect(result.rejectedLogEventsInfo).toBeUndefined();
    expect(result.nextSequenceToken).toMatch(/^\d+$/);
    const back = await stored();
    expect(back).toHaveLength(10_000);
    expect(back.map((e) => e.message)).toEqual(events.map((e) => e.message));
  });

  it('accepts a later batch with older events and still reads in time order', async () => {
    const now = Date.now();
    await put([{ timestamp: now - 1000, message: 'second' }]);
    await put([{ timestamp: now - 2000, message: 'first' }]);
    expect((await stored()).map((e) => e.message)).toEqual(['first', 'second']);
  });

  it('refuses events out of chronological order within a batch', async () => {
    const now = Date.now();
    const error = await failure(
      put([
        { timestamp: now, message: 'b' },
        { timestamp: now - 1, message: 'a' },
      ]),
    );
    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toContain('chronological order');
    expect(await stored()).toEqual([]);
  });

  it('refuses more than 10,000 events, an empty batch and an empty message', async () => {
    const now = Date.now();
    const many = Array.from({ length: 10_001 }, () => ({ timestamp: now, message: 'x' }));
    const tooMany = await failure(put(many));
    expect(tooMany.name).toBe('InvalidParameterException');
    expect(tooMany.message).toContain('less than or equal to 10000');

    expect((await failure(put([]))).name).toBe('InvalidParameterException');
    const empty = await failure(put([{ timestamp: now, message: '' }]));
    expect(empty.message).toContain("'logEvents.1.member.message'");
  });

  it('counts 26 bytes per event toward the 1,048,576-byte batch limit', async () => {
    const now = Date.now();
    const message = 'x'.repeat(1024 - 26);
    const fits = Array.from({ length: 1024 }, () => ({ timestamp: now, message }));
    await put(fits);
    const over = [...fits, { timestamp: now, message: 'y' }];
    const error = await failure(put(over));
    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toBe('Upload too large: 1048603 bytes exceeds limit of 1048576');
    expect(await stored()).toHaveLength(1024);
  });

  it('rejects events older than 14 days or over 2 hours ahead, keeping the rest', async () => {
    const now = Date.now();
    const result = await put([
      { timestamp: now - 15 * DAY, message: 'too old 1' },
      { timestamp: now - 14 * DAY - MINUTE, message: 'too old 2' },
      { timestamp: now - MINUTE, message: 'kept' },
      { timestamp: now + 3 * 60 * MINUTE, message: 'too new' },
    ]);
    expect(result.rejectedLogEventsInfo).toEqual({
      tooOldLogEventEndIndex: 2,
      tooNewLogEventStartIndex: 3,
    });
    expect((await stored()).map((e) => e.message)).toEqual(['kept']);
  });

  it('rejects events older than the retention period as expired', async () => {
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'app', retentionInDays: 1 }));
    const now = Date.now();
    const result = await put([
      { timestamp: now - 2 * DAY, message: 'expired' },
      { timestamp: now - MINUTE, message: 'kept' },
    ]);
    expect(result.rejectedLogEventsInfo).toEqual({ expiredLogEventEndIndex: 1 });
    expect((await stored()).map((e) => e.message)).toEqual(['kept']);
  });

  it('refuses a batch whose accepted events span more than 24 hours', async () => {
    const now = Date.now();
    const error = await failure(
      put([
        { timestamp: now - 25 * 60 * MINUTE, message: 'a' },
        { timestamp: now, message: 'b' },
      ]),
    );
    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toContain('24 hours');
  });

  it('answers ResourceNotFoundException for a missing group or stream', async () => {
    const event = [{ timestamp: Date.now(), message: 'x' }];
    const noGroup = await failure(put(event, 'nope', 's'));
    expect(noGroup.name).toBe('ResourceNotFoundException');
    expect(noGroup.message).toBe('The specified log group does not exist.');
    const noStream = await failure(put(event, 'app', 'nope'));
    expect(noStream.name).toBe('ResourceNotFoundException');
    expect(noStream.message).toBe('The specified log stream does not exist.');
  });
});
