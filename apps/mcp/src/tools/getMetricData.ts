import * as z from 'zod';
import { capHeldList } from '../cappedResult.js';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken } from '../nextToken.js';
import {
  CAPPED_OUTPUT,
  END_FIELD,
  isoWindow,
  MAX_BYTES_FIELD,
  NEXT_TOKEN_FIELD,
  resolveWindow,
  startField,
  WINDOW_OUTPUT,
} from '../toolFields.js';
import { METRIC_NAME_FIELD, NAMESPACE_FIELD } from './metricSchemas.js';

const THREE_HOURS_MS = 3 * 3_600_000;

export const getMetricDataTool = defineCloudWatchTool({
  name: 'get_metric_data',
  title: 'Get metric datapoints',
  description:
    'Datapoints of one CloudWatch metric over a time window, oldest first, at one statistic. ' +
    'Without period, one is chosen that gives at most 100 datapoints.',
  input: z.strictObject({
    namespace: NAMESPACE_FIELD,
    metricName: METRIC_NAME_FIELD,
    dimensions: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .describe(
        'The dimensions of the one metric to read, name to value, exactly as list_metrics ' +
          'shows them, e.g. {"FunctionName": "checkout-api"}. Default: none.',
      ),
    stat: z
      .string()
      .min(1)
      .default('Average')
      .describe(
        'Statistic: Average, Sum, Minimum, Maximum, SampleCount, or a percentile such as p99 ' +
          'or p99.9. Default Average.',
      ),
    period: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'Seconds per datapoint: 60 or a multiple of 60 (1, 5, 10 or 30 for high-resolution ' +
          'metrics), e.g. 300. Default: the smallest giving at most 100 datapoints.',
      ),
    start: startField('3 hours'),
    end: END_FIELD,
    maxItems: z
      .number()
      .int()
      .min(1)
      .max(100_800)
      .default(1_440)
      .describe('Datapoints to return in this result, 1 to 100800. Default 1440.'),
    maxBytes: MAX_BYTES_FIELD,
    nextToken: NEXT_TOKEN_FIELD,
  }),
  output: z.object({
    label: z.string(),
    status: z.string().describe('Complete, or PartialData when CloudWatch had more to give.'),
    stat: z.string(),
    period: z.number().int().describe('Seconds per datapoint.'),
    ...WINDOW_OUTPUT,
    datapoints: z.array(z.object({ timestamp: z.string(), value: z.number() })),
    messages: z
      .array(z.object({ code: z.string().optional(), value: z.string().optional() }))
      .optional(),
    ...CAPPED_OUTPUT,
  }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const cursor = readNextToken('get_metric_data', input.nextToken);
    const window = resolveWindow(cursor, input, THREE_HOURS_MS);
    const data = await cloudwatch.getMetricData({
      namespace: input.namespace,
      metricName: input.metricName,
      dimensions: input.dimensions,
      stat: input.stat,
      period: cursor.period ?? input.period,
      start: window.startMs,
      end: window.endMs,
    });

    const caps = { skip: cursor.skip, ...input };
    const datapoints = capHeldList(data.datapoints, caps, { window, period: data.period });
    return {
      ...data,
      ...isoWindow(window),
      datapoints: datapoints.items,
      nextToken: datapoints.nextToken,
      truncated: datapoints.truncated,
    };
  },
});
