import type { LogsStore } from '../logs/logs-store.js';
import { hex, seededRandom } from '../seeded-random.js';
import type { DemoDay } from './demo-day.js';
import { checkoutApiLogs, inventorySyncLogs } from './demo-lambda-logs.js';
import { apiGatewayAccessLogs, paymentsLogs } from './demo-service-logs.js';
import { ingestSeedDocument } from './seed-file.js';

const MINUTE = 60_000;

/**
 * A day of logs from a small shop, ending at load time: a checkout Lambda, the payments service
 * on ECS, the API Gateway access log and a scheduled sync job. Forty minutes ago payments-worker
 * 1.42.0 shipped with a smaller database pool; since then charges time out, checkout fails and
 * the gateway answers 502/504: the kind of incident an agent should be able to find.
 */
export function seedDemoLogs(store: LogsStore, now: number): number {
  const random = seededRandom(20_240_601);
  const incident = { deployAt: now - 42 * MINUTE, start: now - 40 * MINUTE, end: now - 3 * MINUTE };
  const day: DemoDay = {
    random,
    now,
    incident,
    inIncident: (t) => t >= incident.start && t <= incident.end,
    events: [],
    uuid: () =>
      `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-` +
      `a${hex(random, 3)}-${hex(random, 12)}`,
    iso: (t) => new Date(t).toISOString(),
  };
  checkoutApiLogs(day);
  paymentsLogs(day);
  apiGatewayAccessLogs(day);
  inventorySyncLogs(day);

  const events = day.events;
  const inPast = events.filter((event) => (event.timestamp as number) <= now);
  return ingestSeedDocument(
    store,
    {
      logGroups: [
        { logGroupName: '/aws/lambda/checkout-api', retentionInDays: 14 },
        { logGroupName: '/ecs/payments', retentionInDays: 30 },
        { logGroupName: '/aws/apigateway/access', retentionInDays: 7 },
        { logGroupName: '/aws/lambda/inventory-sync' },
      ],
      events: inPast,
    },
    now,
    'demo',
  );
}
