import { CliError, defineToolCommand, listOutput, readCursor } from '@keyless/cli-shim';
import {
  END_ARG,
  limitArg,
  NEXT_TOKEN_ARG,
  numberOrText,
  optionalText,
  startArg,
} from '../command-args.js';
import { logEventPages } from '../log-event-pages.js';
import { createTool } from '../tool.js';

export const LOG_EVENT_COLUMNS = ['timestamp', 'logStreamName', 'message'];

export const filterLogEventsCommand = defineToolCommand({
  name: 'filter-log-events',
  description:
    'Log events of one group matching a filter pattern in a time window, oldest first; ' +
    'with --all every page (stream it with --output ndjson).',
  args: {
    group: { type: 'positional', description: 'Log group name, e.g. /aws/lambda/checkout' },
    pattern: {
      type: 'string',
      alias: 'f',
      valueHint: 'pattern',
      description: 'CloudWatch Logs filter pattern: ERROR, "timed out", { $.level = "error" }',
    },
    start: startArg('1h'),
    end: END_ARG,
    limit: limitArg('Events to return, 1 to 10000 (default 100)'),
    all: { type: 'boolean', description: 'Read every matching event, page by page (not with -n)' },
    stream: {
      type: 'string',
      valueHint: 'name',
      description: 'Only this log stream',
    },
    'stream-prefix': {
      type: 'string',
      valueHint: 'prefix',
      description: 'Only log streams whose name starts with this',
    },
    'next-token': NEXT_TOKEN_ARG,
  },
  repeatable: ['stream'],
  examples: ['cloudwatch filter-log-events /aws/lambda/checkout -f ERROR -s 30m -n 20'],
  async run(context) {
    const { args } = context;
    if (args.all === true && args.limit !== undefined) {
      throw new CliError('E_USAGE', '--all and -n/--limit exclude each other', {
        hint: 'use --all with --max-items to cap a full read, or -n alone for one batch',
      });
    }
    const cursor = readCursor(optionalText(args['next-token']));
    const streams = context.values('stream');
    const pages = await logEventPages(await createTool(context), {
      filter: {
        logGroupName: String(args.group),
        filterPattern: optionalText(args.pattern),
        logStreamNames: streams.length > 0 ? streams : undefined,
        logStreamNamePrefix: optionalText(args['stream-prefix']),
      },
      start: optionalText(args.start),
      end: optionalText(args.end),
      limit: args.all === true ? 'all' : (numberOrText(args.limit) ?? 100),
      nextToken: cursor.token,
      signal: context.signal,
    });
    return listOutput({ itemsKey: 'events', pages, cursor, columns: LOG_EVENT_COLUMNS });
  },
});
