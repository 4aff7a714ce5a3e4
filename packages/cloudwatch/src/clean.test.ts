import { describe, expect, it } from 'vitest';
import {
  camelCase,
  compact,
  dimensionsToObject,
  fromCloudWatchShape,
  isoFromEpochMs,
} from './clean.js';

describe('camelCase', () => {
  it.each([
    ['AlarmName', 'alarmName'],
    ['OKActions', 'okActions'],
    ['StateReasonData', 'stateReasonData'],
    ['ARN', 'arn'],
    ['Id', 'id'],
    ['alreadyCamel', 'alreadyCamel'],
    ['Metrics', 'metrics'],
  ])('%s → %s', (key, expected) => {
    expect(camelCase(key)).toBe(expected);
  });
});

describe('isoFromEpochMs', () => {
  it.each([
    [0, '1970-01-01T00:00:00.000Z'],
    [1714560000123, '2024-05-01T10:40:00.123Z'],
    [undefined, undefined],
    [Number.NaN, undefined],
  ])('%s → %s', (ms, expected) => {
    expect(isoFromEpochMs(ms)).toBe(expected);
  });
});

describe('compact', () => {
  it('drops undefined, keeps null, false, 0 and empty strings', () => {
    const out = compact({ a: undefined, b: null, c: false, d: 0, e: '' });
    expect(out).toEqual({ b: null, c: false, d: 0, e: '' });
    expect(Object.keys(out)).not.toContain('a');
  });
});

describe('dimensionsToObject', () => {
  it.each([
    [[{ Name: 'InstanceId', Value: 'i-1' }], { InstanceId: 'i-1' }],
    [
      [
        { Name: 'A', Value: '1' },
        { Name: 'B', Value: '2' },
      ],
      { A: '1', B: '2' },
    ],
    [[{ Name: 'A' }], { A: '' }],
    [[{ Value: 'orphan' }], {}],
    [undefined, {}],
  ])('%j → %j', (dimensions, expected) => {
    expect(dimensionsToObject(dimensions)).toEqual(expected);
  });
});

describe('fromCloudWatchShape', () => {
  it('gives camelCase JSON with ISO times and dimension objects', () => {
    const sdkAlarm = {
      $metadata: { httpStatusCode: 200 },
      AlarmName: 'cpu-high',
      OKActions: ['arn:a'],
      StateUpdatedTimestamp: new Date('2024-05-01T10:40:00Z'),
      Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }],
      Threshold: 80,
      Unit: undefined,
      Metrics: [
        {
          Id: 'm1',
          MetricStat: { Metric: { Dimensions: [{ Name: 'Q', Value: 'x' }] }, Period: 60 },
        },
      ],
    };

    const out = fromCloudWatchShape(sdkAlarm);

    expect(out).toEqual({
      alarmName: 'cpu-high',
      okActions: ['arn:a'],
      stateUpdatedTimestamp: '2024-05-01T10:40:00.000Z',
      dimensions: { InstanceId: 'i-1' },
      threshold: 80,
      metrics: [{ id: 'm1', metricStat: { metric: { dimensions: { Q: 'x' } }, period: 60 } }],
    });
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [null, null],
    ['text', 'text'],
  ])('keeps %s as %j, which JSON can carry', (value, expected) => {
    expect(fromCloudWatchShape({ Value: value })).toEqual({ value: expected });
  });
});
