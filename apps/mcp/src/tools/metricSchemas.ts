import * as z from 'zod';

export const NAMESPACE_FIELD = z
  .string()
  .min(1)
  .describe('Metric namespace, e.g. "AWS/Lambda", "AWS/ApplicationELB" or a custom one.');

export const METRIC_NAME_FIELD = z
  .string()
  .min(1)
  .describe('Metric name, e.g. "Errors", "Duration", "RequestCount".');

export const METRIC = z.object({
  namespace: z.string(),
  metricName: z.string(),
  dimensions: z
    .record(z.string(), z.string())
    .describe('Dimension name to value; pass it as is to get_metric_data.'),
});
