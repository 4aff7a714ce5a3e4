import { describe, expect, it } from 'vitest';
import { listOutput, valueOutput } from './command-output.js';
import { readCursor } from './cursor.js';
import { type RenderOptions, renderOutput } from './render-output.js';
import { createMemorySink } from './stdout-sink.js';

const pages = [
  { items: [{ id: 1 }, { id: 2 }, { id: 3 }], nextToken: 'page-2' },
  { items: [{ id: 4 }, { id: 5 }], nextToken: 'page-3' },
  { items: [{ id: 6 }] },
];

async function render(options: Partial<RenderOptions>, cursorToken?: string) {
  const sink = createMemorySink();
  const cursor = readCursor(cursorToken);
  // Pages as AWS would serve them from the cursor's token on.
  const start = cursor.token === undefined ? 0 : Number(cursor.token.split('-')[1]) - 1;
  const output = listOutput({
    itemsKey: 'events',
    pages: pages.slice(start),
    cursor,
    fields: { q: 'x' },
  });
  const end = await renderOutput(output, sink, {
    mode: 'json',
    pretty: false,
    table: { color: false },
    ...options,
  });
  return { text: sink.text(), end };
}

describe('renderOutput for listings', () => {
  it('prints every page as one compact JSON document', async () => {
    const { text } = await render({});
    expect(text).toBe(
      '{"q":"x","events":[{"id":1},{"id":2},{"id":3},{"id":4},{"id":5},{"id":6}]}\n',
    );
  });

  it('indents for a terminal and stays valid JSON', async () => {
    const { text } = await render({ pretty: true, maxItems: 2 });
    expect(text).toContain('\n  "events": [\n    {\n      "id": 1\n    },');
    expect(JSON.parse(text)).toMatchObject({ events: [{ id: 1 }, { id: 2 }], truncated: true });
  });

  it('a cap inside a page says truncated and resumes exactly after the last item', async () => {
    const first = await render({ maxItems: 4 });
    const firstJson = JSON.parse(first.text);
    expect(firstJson).toMatchObject({
      truncated: true,
      events: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }],
    });

    const second = await render({ maxItems: 4 }, firstJson.nextToken);
    const secondJson = JSON.parse(second.text);
    expect(secondJson.events).toEqual([{ id: 5 }, { id: 6 }]);
    expect(secondJson.truncated).toBeUndefined();
  });

  it('a cap at a page end hands back the AWS token of the next page', async () => {
    const { text } = await render({ maxItems: 3 });
    expect(JSON.parse(text)).toMatchObject({ nextToken: 'page-2', truncated: true });
  });

  it('a skip longer than the first page carries over into the next token', async () => {
    const sink = createMemorySink();
    const skipFive = readCursor(`kl1~${Buffer.from('{"t":null,"s":5}').toString('base64url')}`);
    const end = await renderOutput(
      listOutput({ itemsKey: 'events', pages: pages.slice(0, 1), cursor: skipFive }),
      sink,
      { mode: 'json', pretty: false, table: { color: false } },
    );
    expect(JSON.parse(sink.text()).events).toEqual([]);
    expect(readCursor(end?.nextToken)).toEqual({ token: 'page-2', skip: 2 });
  });

  it('--max-bytes counts compact JSON of the items', async () => {
    // each item {"id":n} is 8 bytes
    const { text, end } = await render({ maxBytes: 20 });
    expect(JSON.parse(text).events).toEqual([{ id: 1 }, { id: 2 }]);
    expect(end).toMatchObject({ count: 2, truncated: true });
  });

  it('ndjson prints one item per line and a last line when cut', async () => {
    const { text } = await render({ mode: 'ndjson', maxItems: 2 });
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.slice(0, 2)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(lines[2]).toEqual({ truncated: true, nextToken: expect.stringMatching(/^kl1~/) });
  });

  it('table aligns columns under a header', async () => {
    const sink = createMemorySink();
    const rows = [
      { name: 'a', size: 1 },
      { name: 'longer', size: 22 },
    ];
    await renderOutput(listOutput({ itemsKey: 'groups', pages: [{ items: rows }] }), sink, {
      mode: 'table',
      pretty: false,
      table: { color: false },
    });
    expect(sink.text()).toBe('name    size\na       1\nlonger  22\n');
  });
});

describe('renderOutput for values', () => {
  it.each([
    ['json', false, '{"ok":true,"tool":"t"}\n'],
    ['ndjson', false, '{"ok":true,"tool":"t"}\n'],
    ['table', false, 'ok    true\ntool  t\n'],
  ] as const)('%s', async (mode, pretty, expected) => {
    const sink = createMemorySink();
    await renderOutput(valueOutput({ ok: true, tool: 't' }), sink, {
      mode,
      pretty,
      table: { color: false },
    });
    expect(sink.text()).toBe(expected);
  });
});
