import { defineToolCommand, listOutput } from '@keyless/cli-shim';
import {
  DIMENSIONS_ARG,
  END_ARG,
  numberOrText,
  optionalText,
  parseDimensions,
  startArg,
} from '../command-args.js';
import { createTool } from '../tool.js';

export const getMetricDataCommand = defineToolCommand({
  name: 'get-metric-data',
  description:
    'Datapoints ({timestamp, value}, oldest first) of one metric over a time window, with the ' +
    'label, statistic and period used.',
  args: {
    namespace: { type: 'positional', description: 'Namespace, e.g. AWS/Lambda' },
    metric: { type: 'positional', description: 'Metric name, e.g. Errors' },
    dimensions: DIMENSIONS_ARG,
    stat: {
      type: 'string',
      valueHint: 'stat',
      description: 'Average (default), Sum, Minimum, Maximum, SampleCount or pNN like p99',
    },
    period: {
      type: 'string',
      valueHint: 'seconds',
      description: '1, 5, 10, 30 or a multiple of 60 (default: about 100 points over the window)',
    },
    start: startArg('3h'),
    end: END_ARG,
  },
  examples: [
    'cloudwatch get-metric-data AWS/Lambda Errors -d \'{"FunctionName":"checkout"}\' ' +
      '--stat Sum -s 6h',
  ],
  async run(context) {
    const { args } = context;
    const tool = await createTool(context);
    const result = await tool.getMetricData({
      namespace: String(args.namespace),
      metricName: String(args.metric),
      dimensions: await parseDimensions(args.dimensions),
      stat: optionalText(args.stat),
      period: numberOrText(args.period),
      start: optionalText(args.start),
      end: optionalText(args.end),
    });
    const { datapoints, ...fields } = result;
    return listOutput({ itemsKey: 'datapoints', fields, pages: [{ items: datapoints }] });
  },
});
