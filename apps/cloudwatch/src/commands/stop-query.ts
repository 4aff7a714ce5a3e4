import { defineToolCommand, valueOutput } from '@keyless/cli-shim';
import { createTool } from '../tool.js';

export const stopQueryCommand = defineToolCommand({
  name: 'stop-query',
  description: 'Stop a running Logs Insights query; prints {"queryId", "success"}.',
  args: { id: { type: 'positional', description: 'The queryId printed by start-query' } },
  examples: ['cloudwatch stop-query 0f5c4a1e-2b7d-4c8e-9a31-7d2f3c1b8e90'],
  async run(context) {
    const queryId = String(context.args.id);
    const tool = await createTool(context);
    const result = await tool.stopQuery({ queryId });
    return valueOutput({ queryId, ...result });
  },
});
