import { ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { beforeEach, describe, expect, it } from 'vitest';
import { startFileEmulator } from './emulator-fixture.js';
import { signedRequest } from './raw-http.js';
import { cloudWatchClient, failure, logsClient } from './sdk-clients.js';

const { emulator } = await startFileEmulator();

beforeEach(() => emulator.reset());

describe('faults', () => {
  it('throttles every Nth call in the shape of each protocol', async () => {
    emulator.setFaults({ throttleEvery: 2 });
    const logs = logsClient(emulator);
    await logs.send(new DescribeLogGroupsCommand({}));
    const throttled = await failure(logs.send(new DescribeLogGroupsCommand({})));
    expect(throttled.name).toBe('ThrottlingException');
    expect(throttled.message).toBe('Rate exceeded');
    expect(throttled.$metadata.httpStatusCode).toBe(400);

    const cloudWatch = cloudWatchClient(emulator);
    await cloudWatch.send(new ListMetricsCommand({}));
    const json = await failure(cloudWatch.send(new ListMetricsCommand({})));
    expect(json.Code).toBe('Throttling');

    await signedRequest(emulator, queryCall());
    const xml = await signedRequest(emulator, queryCall());
    expect(xml.status).toBe(400);
    expect(xml.body).toContain('<Code>Throttling</Code>');
  });

  it('answers 503 ServiceUnavailable or 500 InternalFailure every Nth call', async () => {
    emulator.setFaults({ errorEvery: 1 });
    const unavailable = await failure(logsClient(emulator).send(new DescribeLogGroupsCommand({})));
    expect(unavailable.name).toBe('ServiceUnavailableException');
    expect(unavailable.$metadata.httpStatusCode).toBe(503);
    const query = await signedRequest(emulator, queryCall());
    expect(query.status).toBe(503);
    expect(query.body).toContain('<Code>ServiceUnavailable</Code><Message>');
    expect(query.body).toContain('<Type>Receiver</Type>');

    emulator.setFaults({ errorEvery: 1, errorStatus: 500 });
    const internal = await failure(logsClient(emulator).send(new DescribeLogGroupsCommand({})));
    expect(internal.name).toBe('InternalFailure');
    expect(internal.$metadata.httpStatusCode).toBe(500);
  });

  it('lets the SDK retry through intermittent faults', async () => {
    emulator.setFaults({ throttleEvery: 2, errorEvery: 3 });
    const logs = logsClient(emulator, { maxAttempts: 5 });
    for (let i = 0; i < 4; i++) await logs.send(new DescribeLogGroupsCommand({}));
    const statuses = emulator.requests().map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses).toContain(503);
    expect(statuses).toContain(400);
  });

  it('adds latency to AWS calls', async () => {
    emulator.setFaults({ latencyMs: 300 });
    const started = Date.now();
    await logsClient(emulator).send(new DescribeLogGroupsCommand({}));
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(emulator.requests(1)[0]!.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('refuses fault settings it cannot apply', () => {
    expect(() => emulator.setFaults({ throttleEvery: 1.5 })).toThrow(
      /throttleEvery: expected an integer/,
    );
    expect(() => emulator.setFaults({ errorStatus: 502 as 500 })).toThrow(/expected 500 or 503/);
  });
});

function queryCall() {
  return {
    service: 'monitoring' as const,
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: 'Action=ListMetrics&Version=2010-08-01',
  };
}
