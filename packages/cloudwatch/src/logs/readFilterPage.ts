import type {
  FilterLogEventsCommandInput,
  FilterLogEventsCommandOutput,
} from '@aws-sdk/client-cloudwatch-logs';
import type { ToolContext } from '../awsClients.js';
import { CloudWatchError } from '../errors.js';

/** One FilterLogEvents page, or undefined when `signal` aborted the call. */
export async function readFilterPage(
  ctx: ToolContext,
  input: FilterLogEventsCommandInput,
  signal?: AbortSignal,
): Promise<FilterLogEventsCommandOutput | undefined> {
  if (signal?.aborted) return undefined;
  try {
    return await ctx.call('logs', 'FilterLogEvents', ({ sdk, client }) => {
      const command = new sdk.FilterLogEventsCommand(input);
      return client.send(command, signal ? { abortSignal: signal } : {});
    });
  } catch (error) {
    if (signal?.aborted && error instanceof CloudWatchError) return undefined;
    throw error;
  }
}
