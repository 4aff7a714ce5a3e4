import {
  ListMetricsCommand,
  PutMetricDataCommand,
  paginateListMetrics,
} from '@aws-sdk/client-cloudwatch';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFileEmulator } from './emulator-fixture.js';

const { cloudwatch } = await startFileEmulator({ seed: 'none' }, { region: 'ap-southeast-2' });

beforeAll(async () => {
  await cloudwatch.send(
    new PutMetricDataCommand({
      Namespace: 'Shop/Recent',
      MetricData: [
        { MetricName: 'Latency', Value: 1 },
        { MetricName: 'Queue', Value: 2 },
      ],
    }),
  );
});

describe('ListMetrics', () => {
  beforeAll(async () => {
    // 1,200 metrics: three pages of at most 500. Each batch is over 10 KB, which the SDK sends
    // gzip-compressed.
    for (let batch = 0; batch < 3; batch++) {
      await cloudwatch.send(
        new PutMetricDataCommand({
          Namespace: 'Fleet/Hosts',
          MetricData: Array.from({ length: 400 }, (_, i) => ({
            MetricName: 'CPUUtilization',
            Dimensions: [
              { Name: 'Host', Value: `host-${batch * 400 + i}` },
              { Name: 'Zone', Value: i % 2 === 0 ? 'a' : 'b' },
            ],
            Value: i,
            Unit: 'Percent' as const,
          })),
        }),
      );
    }
  });

  it('pages through every metric once, 500 at a time', async () => {
    const pages: number[] = [];
    const hosts = new Set<string>();
    for await (const page of paginateListMetrics(
      { client: cloudwatch },
      { Namespace: 'Fleet/Hosts' },
    )) {
      pages.push(page.Metrics!.length);
      for (const metric of page.Metrics!)
        hosts.add(metric.Dimensions!.find((d) => d.Name === 'Host')!.Value!);
    }
    expect(pages).toEqual([500, 500, 200]);
    expect(hosts.size).toBe(1200);
  });

  it.each([
    [{ Namespace: 'Fleet/Hosts', Dimensions: [{ Name: 'Host', Value: 'host-7' }] }, 1],
    [{ Namespace: 'Fleet/Hosts', Dimensions: [{ Name: 'Zone', Value: 'a' }] }, 600],
    [
      {
        Namespace: 'Fleet/Hosts',
        Dimensions: [{ Name: 'Zone' }, { Name: 'Host', Value: 'host-8' }],
      },
      1,
    ],
    [{ Namespace: 'Fleet/Hosts', Dimensions: [{ Name: 'Rack' }] }, 0],
    [{ Namespace: 'Shop/Recent', MetricName: 'Queue' }, 1],
    [{ Namespace: 'Shop/Recent', RecentlyActive: 'PT3H' as const }, 2],
    [{ Namespace: 'Shop/Recent', MetricName: 'Nothing' }, 0],
  ])('filters %j to %i metrics', async (filter, expected) => {
    let count = 0;
    for await (const page of paginateListMetrics({ client: cloudwatch }, filter))
      count += page.Metrics!.length;
    expect(count).toBe(expected);
  });

  it('returns a metric as it was written', async () => {
    const result = await cloudwatch.send(
      new ListMetricsCommand({
        Namespace: 'Fleet/Hosts',
        Dimensions: [{ Name: 'Host', Value: 'host-3' }],
      }),
    );
    expect(result.Metrics).toEqual([
      {
        Namespace: 'Fleet/Hosts',
        MetricName: 'CPUUtilization',
        Dimensions: [
          { Name: 'Host', Value: 'host-3' },
          { Name: 'Zone', Value: 'b' },
        ],
      },
    ]);
  });
});
