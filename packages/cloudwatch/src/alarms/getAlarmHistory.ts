import type { AlarmHistoryItem as SdkHistoryItem } from '@aws-sdk/client-cloudwatch';
import type { ToolContext } from '../awsClients.js';
import { compact, isoFromDate } from '../clean.js';
import { integerInRange, oneOf, optionalString, requireOptions } from '../input.js';
import { parseTimeRange, type TimeInput } from '../time.js';

export type HistoryItemType =
  | 'ConfigurationUpdate'
  | 'StateUpdate'
  | 'Action'
  | 'AlarmContributorStateUpdate'
  | 'AlarmContributorAction';

export interface GetAlarmHistoryOptions {
  alarmName?: string;
  /** Default: end − 24 h. */
  start?: TimeInput;
  /** Default: now. */
  end?: TimeInput;
  historyItemType?: HistoryItemType;
  /** 1 to 100, default 50. */
  limit?: number;
  nextToken?: string;
}

/** One side of a state change, from the item's HistoryData. */
export interface AlarmStateSnapshot {
  stateValue: string;
  stateReason?: string;
  /** As CloudWatch recorded it (parsed JSON). */
  stateReasonData?: unknown;
}

export interface AlarmHistoryItem {
  alarmName: string;
  alarmType?: string;
  timestamp: string;
  historyItemType: string;
  historySummary?: string;
  /** The raw HistoryData JSON text, kept whole. */
  historyData?: string;
  /** State updates: the states before and after, parsed from historyData. */
  oldState?: AlarmStateSnapshot;
  newState?: AlarmStateSnapshot;
}

export interface GetAlarmHistoryResult {
  items: AlarmHistoryItem[];
  nextToken?: string;
}

const METHOD = 'getAlarmHistory';
const DAY_MS = 86_400_000;
const ITEM_TYPES: readonly HistoryItemType[] = [
  'ConfigurationUpdate',
  'StateUpdate',
  'Action',
  'AlarmContributorStateUpdate',
  'AlarmContributorAction',
];

export async function getAlarmHistory(
  ctx: ToolContext,
  options: GetAlarmHistoryOptions = {},
): Promise<GetAlarmHistoryResult> {
  requireOptions(METHOD, options);
  const { startMs, endMs } = parseTimeRange(options, { now: ctx.now(), defaultDurationMs: DAY_MS });
  const input = compact({
    AlarmName: optionalString(METHOD, 'alarmName', options.alarmName),
    HistoryItemType: oneOf(METHOD, 'historyItemType', options.historyItemType, ITEM_TYPES),
    MaxRecords: integerInRange(METHOD, 'limit', options.limit, { default: 50, min: 1, max: 100 }),
    NextToken: optionalString(METHOD, 'nextToken', options.nextToken),
    StartDate: new Date(startMs),
    EndDate: new Date(endMs),
    ScanBy: 'TimestampDescending' as const,
  });

  const output = await ctx.call('monitoring', 'DescribeAlarmHistory', ({ sdk, client }) =>
    client.send(new sdk.DescribeAlarmHistoryCommand(input)),
  );
  return compact({
    items: (output.AlarmHistoryItems ?? []).map(toHistoryItem),
    nextToken: output.NextToken,
  });
}

export function toHistoryItem(item: SdkHistoryItem): AlarmHistoryItem {
  const states = item.HistoryItemType === 'StateUpdate' ? parseStates(item.HistoryData) : {};
  return compact({
    alarmName: item.AlarmName ?? '',
    alarmType: item.AlarmType,
    timestamp: isoFromDate(item.Timestamp) ?? '',
    historyItemType: item.HistoryItemType ?? '',
    historySummary: item.HistorySummary,
    historyData: item.HistoryData,
    ...states,
  });
}

function parseStates(historyData: string | undefined): {
  oldState?: AlarmStateSnapshot;
  newState?: AlarmStateSnapshot;
} {
  let data: unknown;
  try {
    data = JSON.parse(historyData ?? '');
  } catch {
    return {};
  }
  const record = (data ?? {}) as Record<string, unknown>;
  return compact({ oldState: snapshot(record.oldState), newState: snapshot(record.newState) });
}

function snapshot(value: unknown): AlarmStateSnapshot | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const state = value as Record<string, unknown>;
  if (typeof state.stateValue !== 'string') return undefined;
  return compact({
    stateValue: state.stateValue,
    stateReason: typeof state.stateReason === 'string' ? state.stateReason : undefined,
    stateReasonData: state.stateReasonData,
  });
}
