import type { AlarmStore, HistoryItem } from './alarm-store.js';
import { readAlarmTypes } from './describe-alarms.js';
import { invalidNextToken, invalidParameterCombination } from './errors.js';
import { decodeNextToken, encodeNextToken } from './pagination.js';
import {
  type Input,
  optionalEnum,
  optionalInteger,
  optionalString,
  optionalTimestamp,
} from './read-input.js';

const HISTORY_ITEM_TYPES = [
  'ConfigurationUpdate',
  'StateUpdate',
  'Action',
  'AlarmContributorStateUpdate',
  'AlarmContributorAction',
] as const;

/** History outlives its alarm, as at AWS: a deleted alarm's items can still be read. */
export function describeAlarmHistory(store: AlarmStore, input: Input): Input {
  const alarmName = optionalString(input, 'AlarmName');
  const itemType = optionalEnum(input, 'HistoryItemType', HISTORY_ITEM_TYPES);
  const startDate = optionalTimestamp(input, 'StartDate');
  const endDate = optionalTimestamp(input, 'EndDate');
  if (startDate !== undefined && endDate !== undefined && startDate > endDate) {
    throw invalidParameterCombination(
      'The parameter StartDate must not be later than the parameter EndDate.',
    );
  }
  const maxRecords = optionalInteger(input, 'MaxRecords', { min: 1, max: 100 }) ?? 100;
  const scanBy = optionalEnum(input, 'ScanBy', [
    'TimestampDescending',
    'TimestampAscending',
  ] as const);
  const types = readAlarmTypes(input);
  const token = optionalString(input, 'NextToken');
  const after = token === undefined ? undefined : decodeNextToken('DescribeAlarmHistory', token);

  const ascending = scanBy === 'TimestampAscending';
  const items = store.history.filter(
    (item) =>
      types.has(item.alarmType) &&
      (alarmName === undefined || item.alarmName === alarmName) &&
      (itemType === undefined || item.historyItemType === itemType) &&
      (startDate === undefined || item.timestamp >= startDate) &&
      (endDate === undefined || item.timestamp <= endDate),
  );
  if (!ascending) items.reverse();

  // The token holds the sequence number of the last item handed out.
  const start = after === undefined ? 0 : items.findIndex((item) => item.sequence === after) + 1;
  if (after !== undefined && start === 0) throw invalidNextToken();
  const page = items.slice(start, start + maxRecords);
  const output: Input = { AlarmHistoryItems: page.map(renderHistoryItem) };
  if (start + maxRecords < items.length) {
    output.NextToken = encodeNextToken('DescribeAlarmHistory', page.at(-1)!.sequence);
  }
  return output;
}

function renderHistoryItem(item: HistoryItem): Input {
  return {
    AlarmName: item.alarmName,
    AlarmType: item.alarmType,
    Timestamp: item.timestamp / 1000,
    HistoryItemType: item.historyItemType,
    HistorySummary: item.summary,
    HistoryData: item.data,
  };
}
