import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callToolError, connectMcpServer, emulatorEnv, type McpSession } from './mcpSession.js';

let emulator: Emulator;
let session: McpSession;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo' });
  session = await connectMcpServer({
    args: ['--endpoint', emulator.url],
    env: emulatorEnv(emulator),
  });
});
afterAll(async () => {
  await session.close();
  await emulator.close();
});

const group = { logGroupName: '/ecs/payments' };
const metric = { namespace: 'AWS/Lambda', metricName: 'Errors' };
const query = { logGroupNames: ['/ecs/payments'], queryString: 'fields @message' };

// tool, arguments, code, what the message says, the fields named (schema errors only)
const CASES: [string, Record<string, unknown>, string, RegExp, string[]?][] = [
  [
    'filter_log_events',
    { ...group, start: 'yesterday' },
    'E_TIME',
    /Invalid start time "yesterday"/,
  ],
  ['filter_log_events', { ...group, start: '1h', end: '2h' }, 'E_TIME', /is not before end time/],
  ['get_alarm_history', { end: '2024-02-30' }, 'E_TIME', /Invalid end time "2024-02-30"/],
  ['get_metric_data', { ...metric, start: '10 minutes' }, 'E_TIME', /"10 minutes"/],
  ['filter_log_events', { ...group, start: true }, 'E_INPUT', /start: expected a time/, ['start']],
  [
    'describe_alarms',
    { stateValue: 'FIRING' },
    'E_INPUT',
    /stateValue: invalid option: expected one of "OK"\|"ALARM"\|"INSUFFICIENT_DATA", got "FIRING"/,
    ['stateValue'],
  ],
  [
    'get_alarm_history',
    { historyItemType: 'State' },
    'E_INPUT',
    /historyItemType/,
    ['historyItemType'],
  ],
  ['list_log_groups', { limit: 51 }, 'E_INPUT', /limit: too big: .*<=50, got 51/, ['limit']],
  [
    'filter_log_events',
    { ...group, limit: 0 },
    'E_INPUT',
    /limit: too small: .*>=1, got 0/,
    ['limit'],
  ],
  [
    'list_metrics',
    { limit: 2.5 },
    'E_INPUT',
    /limit: invalid input: expected int, .*got 2.5/,
    ['limit'],
  ],
  ['recent_log_events', { ...group, minutes: 2_000 }, 'E_INPUT', /minutes: too big/, ['minutes']],
  ['list_log_groups', { maxBytes: 10 }, 'E_INPUT', /maxBytes: too small/, ['maxBytes']],
  [
    'query',
    { ...query, timeoutSeconds: 0 },
    'E_INPUT',
    /timeoutSeconds: too small/,
    ['timeoutSeconds'],
  ],
  [
    'start_query',
    { ...query, logGroupNames: [] },
    'E_INPUT',
    /logGroupNames: too small/,
    ['logGroupNames'],
  ],
  ['filter_log_events', {}, 'E_INPUT', /logGroupName is required/, ['logGroupName']],
  [
    'filter_log_events',
    { logGroup: '/ecs/payments' },
    'E_INPUT',
    /logGroupName is required; unknown argument "logGroup" \(accepted: logGroupName, /,
    ['logGroupName', 'logGroup'],
  ],
  [
    'get_metric_data',
    { ...metric, dimensions: ['FunctionName'] },
    'E_INPUT',
    /dimensions/,
    ['dimensions'],
  ],
  ['get_metric_data', { ...metric, stat: 'Median' }, 'E_INPUT', /stat must be Average, Sum/],
  [
    'get_metric_data',
    { ...metric, period: 45 },
    'E_INPUT',
    /period must be 1, 5, 10, 30 or a multiple of 60/,
  ],
  [
    'filter_log_events',
    { ...group, logStreamNames: ['a'], logStreamNamePrefix: 'b' },
    'E_INPUT',
    /logStreamNames or logStreamNamePrefix, not both/,
  ],
  [
    'list_log_groups',
    { nextToken: 'cwmcp1.bm90IGpzb24' },
    'E_INPUT',
    /not a token this server returned/,
  ],
  [
    'recent_log_events',
    { ...group, followToken: 'abc' },
    'E_INPUT',
    /not a followToken this server/,
  ],
  [
    'filter_log_events',
    { logGroupName: '/no/such/group' },
    'E_NOT_FOUND',
    /\/no\/such\/group|does not exist/,
  ],
];

describe('bad input', () => {
  it.each(CASES)('%s %j is a tool error %s', async (tool, args, code, message, fields) => {
    const error = await callToolError(session, tool, args);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    if (fields) {
      expect(error.fields).toEqual(fields);
      expect(error.hint).toMatch(/^Fix /);
    }
  });

  it('an unknown tool is refused, by name', async () => {
    const result = await session.client.callTool({ name: 'delete_log_group', arguments: {} });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/Tool delete_log_group not found/);
  });
});
