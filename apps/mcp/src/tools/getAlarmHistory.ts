import type { AlarmHistoryItem } from '@keyless/cloudwatch';
import * as z from 'zod';
import { readListing } from '../cappedResult.js';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken } from '../nextToken.js';
import {
  CAPPED_OUTPUT,
  END_FIELD,
  isoWindow,
  listingFields,
  resolveWindow,
  startField,
  WINDOW_OUTPUT,
} from '../toolFields.js';

const DAY_MS = 86_400_000;

const STATE_SNAPSHOT = z.object({
  stateValue: z.string(),
  stateReason: z.string().optional(),
  stateReasonData: z.unknown().optional(),
});

const HISTORY_ITEM = z.object({
  alarmName: z.string(),
  alarmType: z.string().optional(),
  timestamp: z.string().describe('ISO 8601 UTC.'),
  historyItemType: z.string(),
  historySummary: z.string().optional(),
  oldState: STATE_SNAPSHOT.optional().describe('State updates: the state before.'),
  newState: STATE_SNAPSHOT.optional().describe('State updates: the state after.'),
  historyData: z
    .string()
    .optional()
    .describe('Raw JSON of other item types; state updates give oldState/newState instead.'),
});

export const getAlarmHistoryTool = defineCloudWatchTool({
  name: 'get_alarm_history',
  title: 'Get alarm history',
  description:
    'State changes, configuration updates and actions of CloudWatch alarms, newest first: ' +
    'when an alarm fired, recovered or flapped.',
  input: z.strictObject({
    alarmName: z
      .string()
      .min(1)
      .optional()
      .describe('Only this alarm, e.g. "checkout-api-errors". Default: every alarm.'),
    historyItemType: z
      .enum([
        'StateUpdate',
        'ConfigurationUpdate',
        'Action',
        'AlarmContributorStateUpdate',
        'AlarmContributorAction',
      ])
      .optional()
      .describe('Only items of this type. Default: every type.'),
    start: startField('24 hours'),
    end: END_FIELD,
    ...listingFields('History items to return', 100, 50),
  }),
  output: z.object({ items: z.array(HISTORY_ITEM), ...WINDOW_OUTPUT, ...CAPPED_OUTPUT }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const cursor = readNextToken('get_alarm_history', input.nextToken);
    const window = resolveWindow(cursor, input, DAY_MS);
    const listing = await readListing(cursor, { ...input, window }, async (nextToken, limit) => {
      const page = await cloudwatch.getAlarmHistory({
        alarmName: input.alarmName,
        historyItemType: input.historyItemType,
        start: window.startMs,
        end: window.endMs,
        limit,
        nextToken,
      });
      return { items: page.items.map(withoutParsedData), nextToken: page.nextToken };
    });
    return {
      items: listing.items,
      ...isoWindow(window),
      nextToken: listing.nextToken,
      truncated: listing.truncated,
    };
  },
});

/** historyData of a state update repeats oldState and newState; it would double the bytes. */
function withoutParsedData(item: AlarmHistoryItem): AlarmHistoryItem {
  if (!item.oldState && !item.newState) return item;
  const { historyData: _raw, ...rest } = item;
  return rest;
}
