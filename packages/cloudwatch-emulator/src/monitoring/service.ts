import { AlarmStore } from './alarm-store.js';
import { deleteAlarms } from './delete-alarms.js';
import { seedDemoData } from './demo-seed.js';
import { describeAlarmHistory } from './describe-alarm-history.js';
import { describeAlarms } from './describe-alarms.js';
import { MonitoringError } from './errors.js';
import { seedGeneratedMetrics } from './generated-seed.js';
import { getMetricData } from './get-metric-data.js';
import { getMetricStatistics } from './get-metric-statistics.js';
import { listMetrics } from './list-metrics.js';
import { MetricStore } from './metric-store.js';
import { putCompositeAlarm } from './put-composite-alarm.js';
import { putMetricAlarm } from './put-metric-alarm.js';
import { putMetricData } from './put-metric-data.js';
import type { Input } from './read-input.js';
import { setAlarmState } from './set-alarm-state.js';

export interface MonitoringService {
  /**
   * Runs one CloudWatch operation. Input and output are the JSON 1.0 shapes of the API, member
   * names as in its reference, timestamps as epoch seconds. Throws MonitoringError.
   */
  call(operation: string, input: Record<string, unknown>): Record<string, unknown>;
  /** Forgets all metrics, alarms and alarm history. */
  reset(): void;
  /** Adds the demo metrics and alarms: the 24 hours before `now` (epoch ms). */
  seedDemo(now: number): void;
  /**
   * Adds `metrics` generated metrics (100 by default) of 24 hours each, the same for the same
   * `seed`.
   */
  seedGenerated(spec: { metrics?: number; seed?: number; now: number }): void;
}

interface Stores {
  metrics: MetricStore;
  alarms: AlarmStore;
}

type Operation = (stores: Stores, input: Input, now: number) => Input;

const OPERATIONS: Record<string, Operation> = {
  ListMetrics: (s, input, now) => listMetrics(s.metrics, input, now),
  GetMetricData: (s, input, now) => getMetricData(s.metrics, input, now),
  GetMetricStatistics: (s, input, now) => getMetricStatistics(s.metrics, input, now),
  PutMetricData: (s, input, now) => putMetricData(s.metrics, input, now),
  DescribeAlarms: (s, input) => describeAlarms(s.alarms, input),
  DescribeAlarmHistory: (s, input) => describeAlarmHistory(s.alarms, input),
  PutMetricAlarm: (s, input, now) => putMetricAlarm(s.alarms, input, now),
  PutCompositeAlarm: (s, input, now) => putCompositeAlarm(s.alarms, input, now),
  SetAlarmState: (s, input, now) => setAlarmState(s.alarms, input, now),
  DeleteAlarms: (s, input, now) => deleteAlarms(s.alarms, input, now),
};

/** The operations `call` serves. */
export const MONITORING_OPERATIONS: readonly string[] = Object.keys(OPERATIONS);

export function createMonitoringService(options: { now?: () => number } = {}): MonitoringService {
  const now = options.now ?? Date.now;
  const stores: Stores = { metrics: new MetricStore(), alarms: new AlarmStore() };

  return {
    call(operation, input) {
      const run = OPERATIONS[operation];
      if (!run) {
        throw new MonitoringError(
          'UnknownOperationException',
          `The operation ${operation} is not served by this CloudWatch emulator; ` +
            `it serves ${MONITORING_OPERATIONS.join(', ')}.`,
        );
      }
      return run(stores, input ?? {}, now());
    },
    reset() {
      stores.metrics.clear();
      stores.alarms.clear();
    },
    seedDemo(at) {
      seedDemoData(stores.metrics, stores.alarms, at);
    },
    seedGenerated(spec) {
      seedGeneratedMetrics(stores.metrics, spec);
    },
  };
}
