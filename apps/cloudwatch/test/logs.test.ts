import { describe, expect, it } from 'vitest';
import { emulatorEnv, lastHours, runCli, useDemoEmulator } from './cli-process.js';

const demo = useDemoEmulator();

const DEMO_GROUPS = [
  '/aws/apigateway/access',
  '/aws/lambda/checkout-api',
  '/aws/lambda/inventory-sync',
  '/ecs/payments',
];

describe('logs', () => {
  it('list-log-groups prints what the client returns: the four demo groups', async () => {
    const output = await demo.cli.json(['list-log-groups']);
    expect(output).toEqual(await demo.tool.listLogGroups());
    expect(output.logGroups.map((group: { logGroupName: string }) => group.logGroupName)).toEqual(
      DEMO_GROUPS,
    );
    expect(output.logGroups[1]).toMatchObject({
      logGroupName: '/aws/lambda/checkout-api',
      retentionInDays: 14,
    });
  });

  it('list-log-groups -p filters by prefix', async () => {
    const output = await demo.cli.json(['list-log-groups', '-p', '/aws/lambda/']);
    expect(output.logGroups.map((group: { logGroupName: string }) => group.logGroupName)).toEqual([
      '/aws/lambda/checkout-api',
      '/aws/lambda/inventory-sync',
    ]);
  });

  it('-n pages with nextToken, and --next-token continues', async () => {
    const first = await demo.cli.json(['list-log-groups', '-n', '3']);
    expect(first.logGroups).toHaveLength(3);
    const second = await demo.cli.json([
      'list-log-groups',
      '-n',
      '3',
      '--next-token',
      first.nextToken,
    ]);
    expect(
      [...first.logGroups, ...second.logGroups].map(
        (g: { logGroupName: string }) => g.logGroupName,
      ),
    ).toEqual(DEMO_GROUPS);
    expect(second.nextToken).toBeUndefined();
  });

  it('--max-items cuts the list, says truncated; its nextToken resumes after the cut', async () => {
    const run = await runCli(
      ['list-log-groups', '--max-items', '1', '--endpoint', demo.emulator.url],
      {
        env: { ...emulatorEnv(demo.emulator), KEYLESS_AWS_AUTH: 'sdk' },
      },
    );
    const first = JSON.parse(run.stdout);
    expect(first).toMatchObject({ truncated: true, logGroups: [{ logGroupName: DEMO_GROUPS[0] }] });
    expect(run.stderr).toBe(
      `warning: output cut after 1 items by a cap; continue with --next-token ${first.nextToken}\n`,
    );
    const rest = await demo.cli.json(['list-log-groups', '--next-token', first.nextToken]);
    expect(rest.logGroups.map((g: { logGroupName: string }) => g.logGroupName)).toEqual(
      DEMO_GROUPS.slice(1),
    );
  });

  it('filter-log-events finds the incident errors, oldest first', async () => {
    const { start, end } = lastHours(1);
    const args = [
      'filter-log-events',
      '/ecs/payments',
      '-f',
      '"connection pool exhausted"',
      '-s',
      start,
      '-e',
      end,
    ];
    const output = await demo.cli.json([...args, '-n', '50']);
    expect(output).toEqual(
      await demo.tool.filterLogEvents({
        logGroupName: '/ecs/payments',
        filterPattern: '"connection pool exhausted"',
        start,
        end,
        limit: 50,
      }),
    );
    expect(output.events.length).toBeGreaterThan(5);
    for (const event of output.events) {
      expect(event.message).toContain('connection pool exhausted');
      expect(event.timestamp >= start && event.timestamp <= end).toBe(true);
    }
    const times = output.events.map((event: { timestamp: string }) => event.timestamp);
    expect(times).toEqual([...times].sort());
  });

  it('filter-log-events --all --output ndjson streams every matching event once', async () => {
    const { start, end } = lastHours(24);
    const lines = await demo.cli.ndjson([
      'filter-log-events',
      '/aws/lambda/inventory-sync',
      '-f',
      'Synced',
      '-s',
      start,
      '-e',
      end,
      '--all',
      '--output',
      'ndjson',
    ]);
    let expected = 0;
    for await (const page of demo.tool.iterateLogEvents({
      logGroupName: '/aws/lambda/inventory-sync',
      filterPattern: 'Synced',
      start,
      end,
    })) {
      expected += page.events.length;
    }
    // A scheduled run every 15 minutes over the seeded day.
    expect(expected).toBeGreaterThan(90);
    expect(lines).toHaveLength(expected);
    expect(new Set(lines.map((event) => event.eventId)).size).toBe(expected);
  });

  it('tail prints recent events as ndjson by default', async () => {
    const lines = await demo.cli.ndjson(['tail', '/aws/apigateway/access', '-s', '10m']);
    expect(lines.length).toBeGreaterThan(3);
    const tenMinutesAgo = new Date(Date.now() - 11 * 60_000).toISOString();
    for (const event of lines) {
      expect(event.timestamp >= tenMinutesAgo).toBe(true);
      expect(JSON.parse(event.message)).toHaveProperty('resourcePath');
    }
    expect(new Set(lines.map((event) => event.eventId)).size).toBe(lines.length);
  });

  it('--output table prints aligned columns under a header', async () => {
    const text = await demo.cli.text(['list-log-groups', '--output', 'table']);
    const [header, ...rows] = text.trimEnd().split('\n');
    expect(header).toMatch(/^logGroupName\s+storedBytes\s+retentionInDays/);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(DEMO_GROUPS);
    expect(text).not.toMatch(/\u001B\[/);
  });
});
