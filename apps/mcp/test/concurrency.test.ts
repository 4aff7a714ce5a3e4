import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callTool, connectMcpServer, emulatorEnv, type McpSession } from './mcpSession.js';

const LATENCY_MS = 1_500;
let emulator: Emulator;
let session: McpSession;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'demo' });
  session = await connectMcpServer({
    args: ['--endpoint', emulator.url],
    env: emulatorEnv(emulator),
  });
  // One warm-up call, so that loading the SDK does not stagger the calls measured below.
  await callTool(session, 'list_log_groups', { limit: 1 });
  emulator.setFaults({ latencyMs: LATENCY_MS });
});
afterAll(async () => {
  await session.close();
  await emulator.close();
});

it('serves concurrent calls at the same time, none waiting for another', async () => {
  const before = emulator.requests().length;
  const results = await Promise.all([
    callTool(session, 'list_log_groups', {}),
    callTool(session, 'list_metrics', { namespace: 'AWS/Lambda' }),
    callTool(session, 'describe_alarms', {}),
    callTool(session, 'filter_log_events', { logGroupName: '/ecs/payments', limit: 5 }),
  ]);
  expect(results).toHaveLength(4);

  // Every AWS call arrived before the first one was answered: all four were in flight together.
  const calls = emulator.requests().slice(before);
  expect(calls).toHaveLength(4);
  const arrivals = calls.map((call) => Date.parse(call.time));
  const firstAnswer = Math.min(...calls.map((call, i) => arrivals[i]! + call.durationMs));
  expect(Math.max(...arrivals)).toBeLessThan(firstAnswer);
  expect(Math.min(...calls.map((call) => call.durationMs))).toBeGreaterThanOrEqual(LATENCY_MS);
});
