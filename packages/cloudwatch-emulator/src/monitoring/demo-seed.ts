import { seededRandom } from '../seeded-random.js';
import type { AlarmStore } from './alarm-store.js';
import { seedDemoAlarms } from './demo-alarms.js';
import {
  BUSINESS_DIMENSIONS,
  BUSINESS_NAMESPACE,
  CHECKOUT_ALB,
  CHECKOUT_FUNCTION,
  PAYMENTS_FUNCTION,
} from './demo-resources.js';
import type { Dimension, MetricSeries, MetricStore } from './metric-store.js';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
/** The incident: errors, 5xx and latency up for the last 75 minutes, still going on. */
const INCIDENT_MINUTES = 75;
/** A short latency blip in the night, 14 hours ago, that the ALB latency alarm caught. */
const BLIP_START = 14 * 60;
const BLIP_MINUTES = 20;

// A latency histogram: multiples of the median and the share of requests at each.
const LATENCY_SHAPE: Array<[number, number]> = [
  [0.55, 0.08],
  [0.75, 0.14],
  [0.9, 0.18],
  [1, 0.2],
  [1.15, 0.16],
  [1.4, 0.12],
  [2, 0.07],
  [3.2, 0.04],
  [5, 0.01],
];

/**
 * The demo's metrics at one-minute resolution over the 24 hours before `now`: traffic that follows
 * the time of day and grows through the day, a latency blip in the night and an ongoing incident,
 * then the alarms that watched it. The same `now` always gives the same data.
 */
export function seedDemoData(metrics: MetricStore, alarms: AlarmStore, now: number): void {
  const random = seededRandom(20_240_501);
  const noise = (spread: number) => 1 + (random() * 2 - 1) * spread;
  const end = Math.floor(now / MINUTE) * MINUTE;
  const series = (namespace: string, metricName: string, dimensions: Dimension[]) =>
    metrics.getOrCreate({ namespace, metricName, dimensions });

  const lambda = {
    invocations: series('AWS/Lambda', 'Invocations', CHECKOUT_FUNCTION),
    errors: series('AWS/Lambda', 'Errors', CHECKOUT_FUNCTION),
    duration: series('AWS/Lambda', 'Duration', CHECKOUT_FUNCTION),
    paymentsInvocations: series('AWS/Lambda', 'Invocations', PAYMENTS_FUNCTION),
    paymentsErrors: series('AWS/Lambda', 'Errors', PAYMENTS_FUNCTION),
    paymentsDuration: series('AWS/Lambda', 'Duration', PAYMENTS_FUNCTION),
  };
  const alb = {
    requests: series('AWS/ApplicationELB', 'RequestCount', CHECKOUT_ALB),
    responseTime: series('AWS/ApplicationELB', 'TargetResponseTime', CHECKOUT_ALB),
    target5xx: series('AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count', CHECKOUT_ALB),
  };
  const business = {
    orders: series(BUSINESS_NAMESPACE, 'OrdersPlaced', BUSINESS_DIMENSIONS),
    paymentFailures: series(BUSINESS_NAMESPACE, 'PaymentFailures', BUSINESS_DIMENSIONS),
    cartValue: series(BUSINESS_NAMESPACE, 'CartValue', BUSINESS_DIMENSIONS),
    queueDepth: series(BUSINESS_NAMESPACE, 'QueueDepth', BUSINESS_DIMENSIONS),
  };

  for (let minutesAgo = DAY_MINUTES - 1; minutesAgo >= 0; minutesAgo--) {
    const t = end - minutesAgo * MINUTE;
    const date = new Date(t);
    const hourOfDay = date.getUTCHours() + date.getUTCMinutes() / 60;
    const daily = 1 + 0.35 * Math.sin(((hourOfDay - 9) / 24) * 2 * Math.PI);
    const trend = 1 + 0.3 * (1 - minutesAgo / DAY_MINUTES);
    const incident = minutesAgo < INCIDENT_MINUTES;
    const blip = minutesAgo >= BLIP_START && minutesAgo < BLIP_START + BLIP_MINUTES;

    const invocations = Math.round(180 * daily * trend * noise(0.08));
    addValue(lambda.invocations, t, invocations, 'Count');
    const errors = incident ? 18 + Math.floor(random() * 12) : random() < 0.3 ? 1 : 0;
    addValue(lambda.errors, t, errors, 'Count');
    const latencyFactor = incident ? 3.2 : 1;
    addHistogram(
      lambda.duration,
      t,
      95 * trend * latencyFactor * noise(0.05),
      invocations,
      'Milliseconds',
    );

    const payments = Math.round(40 * daily * noise(0.1));
    addValue(lambda.paymentsInvocations, t, payments, 'Count');
    addValue(lambda.paymentsErrors, t, random() < 0.05 ? 1 : 0, 'Count');
    addHistogram(lambda.paymentsDuration, t, 240 * noise(0.05), payments, 'Milliseconds');

    const requests = Math.round(invocations * 1.15);
    addValue(alb.requests, t, requests, 'Count');
    const albFactor = blip ? 12 : incident ? 2.5 : 1;
    addHistogram(alb.responseTime, t, 0.12 * trend * albFactor * noise(0.05), requests, 'Seconds');
    addValue(
      alb.target5xx,
      t,
      incident ? Math.round(errors * 0.8) : random() < 0.1 ? 1 : 0,
      'Count',
    );

    addValue(business.orders, t, Math.round(invocations * 0.28 * (incident ? 0.7 : 1)), 'Count');
    addValue(business.paymentFailures, t, incident ? 5 + Math.floor(random() * 5) : 0, 'Count');
    addHistogram(
      business.cartValue,
      t,
      62 * noise(0.1),
      Math.max(1, Math.round(invocations * 0.28)),
      'None',
    );
    // Queue depth arrives as a statistic set, as an agent that pre-aggregates would send it.
    const depth = (incident ? 140 : 12) * daily * noise(0.2);
    const queue = business.queueDepth;
    queue.add(
      { timestamp: t, count: 4, sum: depth * 4, min: depth * 0.6, max: depth * 1.5, unit: 'Count' },
      t,
    );
  }

  seedDemoAlarms(metrics, alarms, end);
}

function addValue(series: MetricSeries, timestamp: number, value: number, unit: string): void {
  series.add({ timestamp, value, count: 1, sum: value, min: value, max: value, unit }, timestamp);
}

/** Values with counts, as PutMetricData's Values/Counts, so that percentiles can be read. */
function addHistogram(
  series: MetricSeries,
  timestamp: number,
  median: number,
  total: number,
  unit: string,
): void {
  for (const [multiple, share] of LATENCY_SHAPE) {
    const value = Number((median * multiple).toFixed(unit === 'Seconds' ? 4 : 2));
    const count = Math.max(1, Math.round(total * share));
    series.add(
      { timestamp, value, count, sum: value * count, min: value, max: value, unit },
      timestamp,
    );
  }
}
