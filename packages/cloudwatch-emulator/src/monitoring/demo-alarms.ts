import { evaluateMetricAlarm } from './alarm-evaluation.js';
import { changeAlarmState } from './alarm-state.js';
import type { AlarmStore } from './alarm-store.js';
import {
  BUSINESS_DIMENSIONS,
  BUSINESS_NAMESPACE,
  CHECKOUT_ALB,
  CHECKOUT_FUNCTION,
  PAYMENTS_FUNCTION,
} from './demo-resources.js';
import type { MetricStore } from './metric-store.js';
import { putCompositeAlarm } from './put-composite-alarm.js';
import { putMetricAlarm } from './put-metric-alarm.js';

const MINUTE = 60_000;
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:checkout-oncall';

const METRIC_ALARMS = [
  {
    AlarmName: 'checkout-api-errors',
    AlarmDescription: 'checkout-api Lambda errors above 50 in 5 minutes',
    Namespace: 'AWS/Lambda',
    MetricName: 'Errors',
    Dimensions: CHECKOUT_FUNCTION,
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 3,
    DatapointsToAlarm: 2,
    Threshold: 50,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching',
  },
  {
    AlarmName: 'checkout-api-duration-p99',
    AlarmDescription: 'checkout-api p99 duration close to the 3 s timeout',
    Namespace: 'AWS/Lambda',
    MetricName: 'Duration',
    Dimensions: CHECKOUT_FUNCTION,
    ExtendedStatistic: 'p99',
    Period: 300,
    EvaluationPeriods: 3,
    Threshold: 3000,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  },
  {
    AlarmName: 'checkout-alb-5xx',
    AlarmDescription: 'Targets behind the checkout ALB answer 5xx',
    Namespace: 'AWS/ApplicationELB',
    MetricName: 'HTTPCode_Target_5XX_Count',
    Dimensions: CHECKOUT_ALB,
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 2,
    Threshold: 40,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching',
  },
  {
    AlarmName: 'checkout-alb-latency',
    AlarmDescription: 'Average target response time of the checkout ALB at or above 1 s',
    Namespace: 'AWS/ApplicationELB',
    MetricName: 'TargetResponseTime',
    Dimensions: CHECKOUT_ALB,
    Statistic: 'Average',
    Period: 300,
    EvaluationPeriods: 3,
    DatapointsToAlarm: 2,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  },
  {
    AlarmName: 'checkout-orders-low',
    AlarmDescription: 'Fewer than 20 orders in 5 minutes',
    Namespace: BUSINESS_NAMESPACE,
    MetricName: 'OrdersPlaced',
    Dimensions: BUSINESS_DIMENSIONS,
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 3,
    Threshold: 20,
    ComparisonOperator: 'LessThanThreshold',
    TreatMissingData: 'breaching',
  },
  {
    // payments-worker has never been throttled, so this alarm never had data to judge.
    AlarmName: 'payments-worker-throttles',
    AlarmDescription: 'payments-worker Lambda throttled',
    Namespace: 'AWS/Lambda',
    MetricName: 'Throttles',
    Dimensions: PAYMENTS_FUNCTION,
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 1,
    Threshold: 0,
    ComparisonOperator: 'GreaterThanThreshold',
  },
];

/**
 * Creates the demo alarms at the start of the data and replays their evaluation minute by minute
 * up to `end`, so each state and history item follows from the seeded datapoints. Children and
 * their composite move in the same loop, so the composite sees its children's states of the time.
 */
export function seedDemoAlarms(metrics: MetricStore, alarms: AlarmStore, end: number): void {
  const createdAt = end - 24 * 60 * MINUTE + 10 * MINUTE;
  for (const alarm of METRIC_ALARMS) {
    putMetricAlarm(alarms, { ...alarm, AlarmActions: [TOPIC], OKActions: [TOPIC] }, createdAt);
  }
  putCompositeAlarm(
    alarms,
    {
      AlarmName: 'checkout-service-health',
      AlarmDescription: 'checkout is failing for customers: Lambda errors or ALB 5xx',
      AlarmRule: 'ALARM("checkout-api-errors") OR ALARM("checkout-alb-5xx")',
      AlarmActions: [TOPIC],
    },
    createdAt,
  );

  for (let at = createdAt + MINUTE; at <= end; at += MINUTE) {
    for (const { AlarmName, Period } of METRIC_ALARMS) {
      if (at % (Period * 1000) !== 0) continue;
      const alarm = alarms.alarms.get(AlarmName)!;
      const next = evaluateMetricAlarm(metrics, alarm, at);
      // The first evaluation replaces the "Unchecked" reason even when the state stays the same.
      if (
        next &&
        (next.value !== alarm.state.value || alarm.state.reason.startsWith('Unchecked'))
      ) {
        changeAlarmState(alarms, alarm, next, at);
      }
    }
  }
}
