import { ALARM_OPERATION_SHAPES } from './query-alarm-shapes.js';
import { METRIC_OPERATION_SHAPES } from './query-metric-shapes.js';
import type { OperationShapes } from './query-shapes.js';

/** Input and output shapes of every operation the awsQuery protocol serves. */
export const QUERY_SHAPES: Record<string, OperationShapes> = {
  ...METRIC_OPERATION_SHAPES,
  ...ALARM_OPERATION_SHAPES,
};
