import { describe, expect, it } from 'vitest';
import { emulatorEnv, lastHours, runCli, useDemoEmulator } from './cli-process.js';

const demo = useDemoEmulator();

describe('metrics and alarms', () => {
  it('list-metrics -N -m lists the checkout Lambda errors metric', async () => {
    const output = await demo.cli.json(['list-metrics', '-N', 'AWS/Lambda', '-m', 'Errors']);
    expect(output).toEqual(
      await demo.tool.listMetrics({ namespace: 'AWS/Lambda', metricName: 'Errors' }),
    );
    expect(output.metrics).toContainEqual({
      namespace: 'AWS/Lambda',
      metricName: 'Errors',
      dimensions: { FunctionName: 'checkout-api' },
    });
  });

  it('get-metric-data prints ascending datapoints with the stat and period used', async () => {
    const { start, end } = lastHours(3);
    const options = {
      namespace: 'AWS/Lambda',
      metricName: 'Errors',
      dimensions: { FunctionName: 'checkout-api' },
    };
    const output = await demo.cli.json([
      'get-metric-data',
      'AWS/Lambda',
      'Errors',
      '-d',
      '{"FunctionName":"checkout-api"}',
      '--stat',
      'Sum',
      '--period',
      '300',
      '-s',
      start,
      '-e',
      end,
    ]);
    expect(output).toEqual(
      await demo.tool.getMetricData({ ...options, stat: 'Sum', period: 300, start, end }),
    );
    expect(output).toMatchObject({ stat: 'Sum', period: 300, status: 'Complete' });
    expect(output.datapoints.length).toBeGreaterThan(20);
    // the incident: checkout errors in the last 40 minutes
    expect(
      Math.max(...output.datapoints.map((point: { value: number }) => point.value)),
    ).toBeGreaterThan(0);
  });

  it('describe-alarms --state ALARM prints only alarms in ALARM, as the client does', async () => {
    const output = await demo.cli.json(['describe-alarms', '--state', 'alarm']);
    expect(output).toEqual(await demo.tool.describeAlarms({ stateValue: 'ALARM' }));
    expect(output.alarms.length).toBeGreaterThan(0);
    for (const alarm of output.alarms) expect(alarm.stateValue).toBe('ALARM');
  });

  it('get-alarm-history -a shows the state changes of one alarm', async () => {
    const output = await demo.cli.json([
      'get-alarm-history',
      '-a',
      'checkout-api-errors',
      '-t',
      'StateUpdate',
    ]);
    expect(output.items.length).toBeGreaterThan(0);
    for (const item of output.items) {
      expect(item).toMatchObject({
        alarmName: 'checkout-api-errors',
        historyItemType: 'StateUpdate',
      });
      expect(item.newState.stateValue).toMatch(/^(OK|ALARM|INSUFFICIENT_DATA)$/);
    }
  });

  it('health is ok against a reachable endpoint', async () => {
    const output = await demo.cli.json(['health']);
    expect(output).toMatchObject({
      ok: true,
      tool: 'cloudwatch',
      error: null,
      details: { auth: 'sdk', region: 'us-east-1', logs: { ok: true }, monitoring: { ok: true } },
    });
  });

  it('health says not ok and exits 3 when the keys are refused', async () => {
    const run = await runCli(['health', '--endpoint', demo.emulator.url, '--auth', 'sdk'], {
      env: { ...emulatorEnv(demo.emulator), AWS_SECRET_ACCESS_KEY: 'wrong' },
    });
    expect(run.status).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      tool: 'cloudwatch',
      error: { code: 'E_AUTH' },
    });
  });
});
