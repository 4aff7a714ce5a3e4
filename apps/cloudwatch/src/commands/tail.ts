import { defineToolCommand, type ListPage, listOutput } from '@keyless/cli-shim';
import type { CloudWatchTool, LogEvent, LogEventsFilter } from '@keyless/cloudwatch';
import { optionalText, parseDuration } from '../command-args.js';
import { logEventPages } from '../log-event-pages.js';
import { createTool } from '../tool.js';
import { LOG_EVENT_COLUMNS } from './filter-log-events.js';

async function* followPages(
  tool: CloudWatchTool,
  filter: LogEventsFilter,
  start: string,
  pollIntervalMs: number | undefined,
  signal: AbortSignal,
): AsyncIterable<ListPage<LogEvent>> {
  const events = tool.tailLogEvents({
    ...filter,
    start,
    signal,
    ...(pollIntervalMs === undefined ? {} : { pollIntervalMs }),
  });
  for await (const event of events) yield { items: [event] };
}

export const tailCommand = defineToolCommand({
  name: 'tail',
  description:
    'Recent log events of a group, one JSON object per line; with --follow keep printing new ' +
    'events (each once) until Ctrl-C.',
  args: {
    group: { type: 'positional', description: 'Log group name' },
    pattern: {
      type: 'string',
      alias: 'f',
      valueHint: 'pattern',
      description: 'CloudWatch Logs filter pattern, e.g. ERROR',
    },
    start: {
      type: 'string',
      alias: 's',
      valueHint: 'time',
      description: 'Show events from this time on (default: 10m)',
    },
    follow: { type: 'boolean', description: 'Keep polling for new events until interrupted' },
    'poll-interval': {
      type: 'string',
      valueHint: 'duration',
      description: 'Pause between polls with --follow, e.g. 2s (default 2s, at least 500ms)',
    },
  },
  defaultOutput: 'ndjson',
  examples: ['cloudwatch tail /aws/lambda/checkout -f ERROR -s 5m --follow'],
  async run(context) {
    const { args, signal } = context;
    const tool = await createTool(context);
    const filter = { logGroupName: String(args.group), filterPattern: optionalText(args.pattern) };
    const start = optionalText(args.start) ?? '10m';
    const pollIntervalMs = parseDuration('--poll-interval', args['poll-interval']);

    if (args.follow === true) {
      // One small read first, so that a missing group or a bad pattern fails before any output.
      await tool.filterLogEvents({ ...filter, start, limit: 1 });
      return listOutput({
        itemsKey: 'events',
        pages: followPages(tool, filter, start, pollIntervalMs, signal),
        columns: LOG_EVENT_COLUMNS,
        follow: true,
      });
    }
    const pages = await logEventPages(tool, {
      filter,
      start,
      end: undefined,
      limit: 'all',
      nextToken: undefined,
      signal,
    });
    return listOutput({ itemsKey: 'events', pages, columns: LOG_EVENT_COLUMNS });
  },
});
