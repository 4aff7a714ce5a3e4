import * as z from 'zod';
import { END_FIELD, limitField, startField } from '../toolFields.js';

export const QUERY_FIELDS = {
  logGroupNames: z
    .array(z.string().min(1))
    .min(1)
    .max(50)
    .describe('Log groups to query, 1 to 50 names, e.g. ["/aws/lambda/checkout-api"].'),
  queryString: z
    .string()
    .min(1)
    .describe(
      'A Logs Insights query, e.g. "fields @timestamp, @message | filter @message like /ERROR/ ' +
        '| sort @timestamp desc | limit 20" or "stats count(*) by bin(5m)".',
    ),
  start: startField('1 hour'),
  end: END_FIELD,
  limit: limitField('Rows the query may produce (its own "| limit" wins when lower)', 10_000, 100),
};

export const MAX_ROWS_FIELD = z
  .number()
  .int()
  .min(1)
  .max(10_000)
  .default(1_000)
  .describe(
    'Rows to return in this result, 1 to 10000. Default 1000. When it or maxBytes cuts the ' +
      'rows, truncated is true and nextToken reads on with get_query_results.',
  );

export const QUERY_STATUS = z
  .enum(['Scheduled', 'Running', 'Complete', 'Failed', 'Cancelled', 'Timeout', 'Unknown'])
  .describe('Scheduled and Running are not final; rows are complete only with Complete.');

export const QUERY_ROWS = z
  .array(z.record(z.string(), z.string()))
  .describe('One object per result row, field name to value; Logs Insights gives strings.');

export const QUERY_STATISTICS = z
  .object({
    recordsMatched: z.number().optional(),
    recordsScanned: z.number().optional(),
    estimatedRecordsSkipped: z.number().optional(),
    bytesScanned: z.number().optional(),
    estimatedBytesSkipped: z.number().optional(),
    logGroupsScanned: z.number().optional(),
  })
  .optional();
