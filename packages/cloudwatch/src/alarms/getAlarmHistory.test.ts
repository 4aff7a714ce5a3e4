import { describe, expect, it } from 'vitest';
import { toHistoryItem } from './getAlarmHistory.js';

const stateUpdate = JSON.stringify({
  version: '1.0',
  oldState: {
    stateValue: 'OK',
    stateReason: 'Threshold Crossed: 1 datapoint [10.0] was not greater',
  },
  newState: {
    stateValue: 'ALARM',
    stateReason: 'Threshold Crossed: 1 datapoint [95.0] was greater than the threshold (80.0).',
    stateReasonData: { version: '1.0', threshold: 80, recentDatapoints: [95] },
  },
});

describe('toHistoryItem', () => {
  it('parses the states of a StateUpdate from HistoryData', () => {
    const item = toHistoryItem({
      AlarmName: 'cpu-high',
      AlarmType: 'MetricAlarm',
      Timestamp: new Date('2024-05-01T10:40:00Z'),
      HistoryItemType: 'StateUpdate',
      HistorySummary: 'Alarm updated from OK to ALARM',
      HistoryData: stateUpdate,
    });

    expect(item).toEqual({
      alarmName: 'cpu-high',
      alarmType: 'MetricAlarm',
      timestamp: '2024-05-01T10:40:00.000Z',
      historyItemType: 'StateUpdate',
      historySummary: 'Alarm updated from OK to ALARM',
      historyData: stateUpdate,
      oldState: {
        stateValue: 'OK',
        stateReason: 'Threshold Crossed: 1 datapoint [10.0] was not greater',
      },
      newState: {
        stateValue: 'ALARM',
        stateReason: 'Threshold Crossed: 1 datapoint [95.0] was greater than the threshold (80.0).',
        stateReasonData: { version: '1.0', threshold: 80, recentDatapoints: [95] },
      },
    });
  });

  it.each([
    ['not JSON at all', 'StateUpdate'],
    ['{"version":"1.0"}', 'StateUpdate'],
    ['{"oldState":{"stateReason":"no value"}}', 'StateUpdate'],
    [stateUpdate, 'ConfigurationUpdate'],
  ])('HistoryData %s of a %s yields no states but keeps the text', (historyData, type) => {
    const item = toHistoryItem({
      AlarmName: 'a',
      Timestamp: new Date(0),
      HistoryItemType: type as 'StateUpdate',
      HistoryData: historyData,
    });

    expect(item.oldState).toBeUndefined();
    expect(item.newState).toBeUndefined();
    expect(item.historyData).toBe(historyData);
  });
});
