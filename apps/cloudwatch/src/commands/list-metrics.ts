import { defineToolCommand, listOutput, readCursor } from '@keyless/cli-shim';
import {
  DIMENSIONS_ARG,
  limitArg,
  NEXT_TOKEN_ARG,
  numberOrText,
  optionalText,
  parseDimensions,
} from '../command-args.js';
import { createTool } from '../tool.js';

export const listMetricsCommand = defineToolCommand({
  name: 'list-metrics',
  description:
    'List metrics (namespace, name, dimensions), filtered by namespace, name or dimensions.',
  args: {
    namespace: {
      type: 'string',
      alias: 'N',
      valueHint: 'namespace',
      description: 'Namespace, e.g. AWS/Lambda',
    },
    metric: {
      type: 'string',
      alias: 'm',
      valueHint: 'name',
      description: 'Metric name, e.g. Errors',
    },
    dimensions: {
      ...DIMENSIONS_ARG,
      description: 'Dimensions as JSON; null matches any value: \'{"FunctionName":null}\'',
    },
    limit: limitArg('Metrics to return, 1 to 10000 (default 100)'),
    'next-token': NEXT_TOKEN_ARG,
  },
  examples: ['cloudwatch list-metrics -N AWS/Lambda -m Errors'],
  async run(context) {
    const { args } = context;
    const cursor = readCursor(optionalText(args['next-token']));
    const tool = await createTool(context);
    const result = await tool.listMetrics({
      namespace: optionalText(args.namespace),
      metricName: optionalText(args.metric),
      dimensions: await parseDimensions(args.dimensions),
      limit: numberOrText(args.limit),
      nextToken: cursor.token,
    });
    if (result.truncated) {
      context.warn(
        'the limit cut a ListMetrics page, which cannot be resumed; narrow the filter or raise -n',
      );
    }
    return listOutput({
      itemsKey: 'metrics',
      pages: [{ items: result.metrics, nextToken: result.nextToken }],
      cursor,
      fields: result.truncated ? { truncated: true } : undefined,
    });
  },
});
