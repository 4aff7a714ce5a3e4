import { hex, pick } from '../seeded-random.js';
import type { DemoDay } from './demo-day.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** /ecs/payments: two tasks; the deploy replaces them with tasks running the new version. */
export function paymentsLogs(day: DemoDay): void {
  const { random, now, events, iso, incident, inIncident } = day;
  const oldTasks = [hex(random, 32), hex(random, 32)];
  const newTasks = [hex(random, 32), hex(random, 32)];
  const payments = (t: number, task: string, line: string) =>
    events.push({
      logGroupName: '/ecs/payments',
      logStreamName: `payments/payments-worker/${task}`,
      timestamp: t,
      message: `${iso(t)} ${line}`,
    });
  newTasks.forEach((task, i) => {
    payments(
      incident.deployAt + i * 900,
      task,
      'INFO  [payments-worker] starting payments-worker version=1.42.0 db.pool.max=5 (was 20)',
    );
    payments(
      incident.deployAt + i * 900 + 400,
      task,
      'INFO  [payments-worker] connected to db-primary:5432',
    );
  });
  for (let t = now - DAY; t < now; t += (0.5 + random()) * MINUTE) {
    const at = Math.floor(t);
    const task = pick(random, at < incident.deployAt ? oldTasks : newTasks);
    const order = `ord_${hex(random, 10)}`;
    if (inIncident(at) && random() < 0.6) {
      const waiting = 20 + Math.floor(random() * 40);
      payments(
        at,
        task,
        'ERROR [payments-worker] connection pool exhausted ' +
          `(active=5, max=5, waiting=${waiting}) acquiring connection to db-primary:5432`,
      );
      payments(
        at + 30_000,
        task,
        `ERROR [payments-worker] charge failed order=${order}: ` +
          'timeout acquiring connection after 30000 ms',
      );
    } else if (random() < 0.04) {
      payments(
        at,
        task,
        `WARN  [payments-worker] slow query on charges (${600 + Math.floor(random() * 900)} ms)`,
      );
    } else {
      const amount = (15 + random() * 200).toFixed(2);
      const durationMs = 40 + Math.floor(random() * 160);
      payments(
        at,
        task,
        `INFO  [payments-worker] charge captured order=${order} amount=${amount} ` +
          `currency=EUR duration_ms=${durationMs}`,
      );
    }
  }
}

/** /aws/apigateway/access: JSON access log lines; checkout turns into 502/504 in the incident. */
export function apiGatewayAccessLogs(day: DemoDay): void {
  const { random, now, events, uuid, iso, inIncident } = day;
  const accessStream = `prod-${hex(random, 16)}`;
  const routes = [
    ['GET', '/products'],
    ['GET', '/cart'],
    ['POST', '/cart/items'],
    ['POST', '/checkout'],
  ] as const;
  for (let t = now - DAY; t < now; t += (10 + random() * 40) * 1000) {
    const at = Math.floor(t);
    const [httpMethod, resourcePath] = pick(random, routes);
    let status = random() < 0.01 ? 404 : 200;
    let integrationLatency = 20 + Math.floor(random() * 250);
    if (resourcePath === '/checkout' && inIncident(at) && random() < 0.7) {
      status = random() < 0.8 ? 504 : 502;
      integrationLatency = status === 504 ? 29_000 : 30_030;
    }
    events.push({
      logGroupName: '/aws/apigateway/access',
      logStreamName: accessStream,
      timestamp: at,
      message: JSON.stringify({
        requestId: uuid(),
        ip: `203.0.113.${1 + Math.floor(random() * 250)}`,
        requestTime: iso(at),
        httpMethod,
        resourcePath,
        status,
        protocol: 'HTTP/1.1',
        responseLength: status === 200 ? 200 + Math.floor(random() * 4000) : 36,
        integrationLatency,
      }),
    });
  }
}
