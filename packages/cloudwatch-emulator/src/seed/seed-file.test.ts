import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogsStore } from '../logs/logs-store.js';
import { ingestSeedDocument, readSeedFile } from './seed-file.js';

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seed-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function timestampsOf(store: LogsStore, group: string, stream: string): number[] {
  const events = store.groups.get(group)!.streams.get(stream)!;
  return Array.from(events.timestamps.subarray(0, events.length));
}

describe('seed times', () => {
  it.each([
    [1_717_243_000_000, 1_717_243_000_000],
    ['2024-06-01T11:00:00Z', NOW - 3_600_000],
    ['now', NOW],
    ['-90s', NOW - 90_000],
    ['-15m', NOW - 900_000],
    ['-2h', NOW - 7_200_000],
    ['-1d', NOW - 86_400_000],
    ['-1.5h', NOW - 5_400_000],
  ])('%j → %i', (timestamp, expected) => {
    const store = new LogsStore();
    ingestSeedDocument(
      store,
      { events: [{ logGroupName: 'g', logStreamName: 's', timestamp, message: 'm' }] },
      NOW,
    );
    expect(timestampsOf(store, 'g', 's')).toEqual([expected]);
  });
});

describe('seed documents', () => {
  it('creates groups, retention and streams, sorting each stream by time', () => {
    const store = new LogsStore();
    const added = ingestSeedDocument(
      store,
      {
        logGroups: [
          {
            logGroupName: '/app/api',
            retentionInDays: 7,
            logStreams: [
              {
                logStreamName: 'web-1',
                events: [
                  { timestamp: '-1m', message: 'later' },
                  { timestamp: '-5m', message: 'earlier' },
                ],
              },
              { logStreamName: 'empty' },
            ],
          },
        ],
      },
      NOW,
    );
    expect(added).toBe(2);
    const group = store.groups.get('/app/api')!;
    expect(group.retentionInDays).toBe(7);
    expect([...group.streams.keys()]).toEqual(['web-1', 'empty']);
    expect(group.streams.get('web-1')!.messages).toEqual(['earlier', 'later']);
    const ingestion = group.streams.get('web-1')!.ingestionTimes[0]!;
    expect(ingestion).toBe(NOW - 300_000 + 150);
  });

  it.each([
    [
      { logGroups: [{ logGroupName: 'bad name' }] },
      'seed: logGroups[0].logGroupName: expected a name',
    ],
    [
      { logGroups: [{ logGroupName: 'g', retentionInDays: 2 }] },
      'logGroups[0].retentionInDays: expected one of 1, 3, 5',
    ],
    [
      { events: [{ logGroupName: 'g', logStreamName: 's', timestamp: 'yesterday', message: 'm' }] },
      "events[0].timestamp: expected epoch milliseconds, an ISO 8601 time, 'now' " +
        'or a relative time like \'-15m\', got "yesterday"',
    ],
    [
      { events: [{ logGroupName: 'g', logStreamName: 's', timestamp: 1, message: '' }] },
      'events[0].message: expected a non-empty string',
    ],
    [
      { events: [{ logGroupName: 'g', logStreamName: 'a:b', timestamp: 1, message: 'm' }] },
      'events[0].logStreamName',
    ],
  ])('refuses %j, leaving the store untouched', (document, message) => {
    const store = new LogsStore();
    expect(() => ingestSeedDocument(store, document as never, NOW)).toThrow(message);
    expect(store.groups.size).toBe(0);
  });
});

describe('seed files', () => {
  it('reads NDJSON, a JSON array and a JSON document', async () => {
    const ndjson = join(dir, 'events.ndjson');
    await writeFile(
      ndjson,
      '{"logGroupName":"g","logStreamName":"s","timestamp":"-1m","message":"a"}\n\n' +
        '{"logGroupName":"g","logStreamName":"s","timestamp":"now","message":"b"}\n',
    );
    expect((await readSeedFile(ndjson)).events).toHaveLength(2);

    const array = join(dir, 'events.json');
    await writeFile(
      array,
      '[{"logGroupName":"g","logStreamName":"s","timestamp":1,"message":"a"}]',
    );
    expect((await readSeedFile(array)).events).toHaveLength(1);

    const document = join(dir, 'doc.json');
    await writeFile(document, '{"logGroups":[{"logGroupName":"g"}]}');
    expect((await readSeedFile(document)).logGroups).toEqual([{ logGroupName: 'g' }]);
  });

  it('names the file and line of bad JSON, and a missing file', async () => {
    const broken = join(dir, 'broken.ndjson');
    await writeFile(broken, '{"logGroupName":"g"}\n{oops\n');
    await expect(readSeedFile(broken)).rejects.toThrow(`${broken}:2: not valid JSON`);
    await expect(readSeedFile(join(dir, 'missing.json'))).rejects.toMatchObject({
      code: 'E_SEED',
      message: expect.stringContaining('cannot read the seed file (ENOENT)'),
    });
  });
});
