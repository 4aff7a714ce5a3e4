import { hex } from '../seeded-random.js';
import type { DemoDay } from './demo-day.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** /aws/lambda/checkout-api: an invocation every 2-4 minutes, a fresh container every ~2 hours. */
export function checkoutApiLogs(day: DemoDay): void {
  const { random, now, events, uuid, iso, inIncident } = day;
  let lambdaStream = '';
  let streamUntil = 0;
  for (let t = now - DAY; t < now; t += (2 + random() * 2) * MINUTE) {
    const at = Math.floor(t);
    const firstInContainer = at >= streamUntil;
    if (firstInContainer) {
      lambdaStream = `${iso(at).slice(0, 10).replaceAll('-', '/')}/[$LATEST]${hex(random, 32)}`;
      streamUntil = at + 2 * 60 * MINUTE;
    }
    const add = (offset: number, message: string) =>
      events.push({
        logGroupName: '/aws/lambda/checkout-api',
        logStreamName: lambdaStream,
        timestamp: at + offset,
        message,
      });
    const requestId = uuid();
    const cartId = `cart_${hex(random, 10)}`;
    const amountCents = 1500 + Math.floor(random() * 20_000);
    add(0, `START RequestId: ${requestId} Version: $LATEST`);
    add(
      12,
      JSON.stringify({
        timestamp: iso(at + 12),
        level: 'INFO',
        requestId,
        message: 'checkout started',
        cartId,
        items: 1 + Math.floor(random() * 5),
        amountCents,
      }),
    );
    let duration: number;
    if (inIncident(at) && random() < 0.65) {
      duration = 30_030;
      add(
        30_010,
        JSON.stringify({
          timestamp: iso(at + 30_010),
          level: 'ERROR',
          requestId,
          message: 'payment authorization failed',
          error: 'UpstreamTimeout',
          upstream: 'payments.internal:8443',
          attempt: 3,
          latencyMs: 30_000,
          cartId,
        }),
      );
      add(30_030, `${iso(at + 30_030)} ${requestId} Task timed out after 30.03 seconds`);
    } else {
      const latencyMs = 90 + Math.floor(random() * (inIncident(at) ? 2500 : 300));
      duration = latencyMs + 60;
      if (random() < 0.03) {
        add(
          40,
          JSON.stringify({
            timestamp: iso(at + 40),
            level: 'WARN',
            requestId,
            message: 'inventory reservation retried',
            cartId,
            attempt: 2,
          }),
        );
      }
      add(
        latencyMs,
        JSON.stringify({
          timestamp: iso(at + latencyMs),
          level: 'INFO',
          requestId,
          message: 'payment authorized',
          paymentId: `pay_${hex(random, 12)}`,
          latencyMs,
        }),
      );
      add(
        latencyMs + 40,
        JSON.stringify({
          timestamp: iso(at + latencyMs + 40),
          level: 'INFO',
          requestId,
          message: 'order placed',
          orderId: `ord_${hex(random, 10)}`,
          amountCents,
        }),
      );
    }
    const memory = 120 + Math.floor(random() * 60);
    const init = firstInContainer ? `\tInit Duration: ${(300 + random() * 200).toFixed(2)} ms` : '';
    add(duration + 1, `END RequestId: ${requestId}`);
    add(
      duration + 2,
      `REPORT RequestId: ${requestId}\tDuration: ${duration.toFixed(2)} ms\t` +
        `Billed Duration: ${Math.ceil(duration)} ms\tMemory Size: 512 MB\t` +
        `Max Memory Used: ${memory} MB${init}${duration >= 30_000 ? '\tStatus: timeout' : ''}`,
    );
  }
}

/** /aws/lambda/inventory-sync: a scheduled job every 15 minutes, one run with a warning. */
export function inventorySyncLogs(day: DemoDay): void {
  const { random, now, events, uuid, iso } = day;
  const syncStream = `${iso(now - DAY)
    .slice(0, 10)
    .replaceAll('-', '/')}/[$LATEST]${hex(random, 32)}`;
  let run = 0;
  for (let at = now - DAY + 5 * MINUTE; at < now; at += 15 * MINUTE, run++) {
    const requestId = uuid();
    const sync = (offset: number, message: string) =>
      events.push({
        logGroupName: '/aws/lambda/inventory-sync',
        logStreamName: syncStream,
        timestamp: at + offset,
        message,
      });
    const seconds = 1.8 + random();
    sync(0, `START RequestId: ${requestId} Version: $LATEST`);
    const skus = 1200 + Math.floor(random() * 80);
    sync(
      900,
      `${iso(at + 900)}\t${requestId}\tINFO\t` +
        `Synced ${skus} SKUs from warehouse-eu in ${seconds.toFixed(2)} s`,
    );
    if (run === 37) {
      sync(
        950,
        `${iso(at + 950)}\t${requestId}\tWARN\t` +
          '3 SKUs skipped: missing price (sku_10442, sku_10443, sku_20117)',
      );
    }
    sync(1000, `END RequestId: ${requestId}`);
    sync(
      1001,
      `REPORT RequestId: ${requestId}\tDuration: ${(seconds * 1000).toFixed(2)} ms\t` +
        `Billed Duration: ${Math.ceil(seconds * 1000)} ms\t` +
        'Memory Size: 256 MB\tMax Memory Used: 88 MB',
    );
  }
}
