import * as z from 'zod';
import { readListing } from '../cappedResult.js';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken } from '../nextToken.js';
import { CAPPED_OUTPUT, listingFields, truncatedWhen } from '../toolFields.js';
import { METRIC, METRIC_NAME_FIELD, NAMESPACE_FIELD } from './metricSchemas.js';

// ListMetrics has no page size: it answers 500 metrics a page.
const LIST_METRICS_PAGE = 500;

export const listMetricsTool = defineCloudWatchTool({
  name: 'list_metrics',
  title: 'List metrics',
  description:
    'List CloudWatch metrics (namespace, name, dimensions) that had data in the last two weeks, ' +
    'to find what get_metric_data can read. Narrow it with namespace, metricName or dimensions.',
  input: z.strictObject({
    namespace: NAMESPACE_FIELD.optional(),
    metricName: METRIC_NAME_FIELD.optional(),
    dimensions: z
      .record(z.string().min(1), z.string().min(1).nullable())
      .optional()
      .describe(
        'Only metrics with these dimensions, name to value; null matches any value of that ' +
          'dimension. E.g. {"FunctionName": "checkout-api"} or {"InstanceId": null}.',
      ),
    ...listingFields('Metrics to return', 10_000, 100),
  }),
  output: z.object({ metrics: z.array(METRIC), ...CAPPED_OUTPUT }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const cursor = readNextToken('list_metrics', input.nextToken);
    let pageCut = false;
    const request = { ...input, pageSize: LIST_METRICS_PAGE };
    const listing = await readListing(cursor, request, async (nextToken) => {
      const page = await cloudwatch.listMetrics({
        namespace: input.namespace,
        metricName: input.metricName,
        dimensions: input.dimensions,
        limit: LIST_METRICS_PAGE,
        nextToken,
      });
      // TODO(list_metrics): a page longer than 500 (AWS sends none) would be cut by the client
      // with no token to resume from; it is reported as truncated, without a nextToken.
      pageCut ||= page.truncated === true;
      return { items: page.metrics, nextToken: page.nextToken };
    });
    return {
      metrics: listing.items,
      nextToken: listing.nextToken,
      truncated: truncatedWhen(listing.truncated === true || pageCut),
    };
  },
});
