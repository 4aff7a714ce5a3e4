import { describe, expect, it } from 'vitest';
import { writeNextToken } from './nextToken.js';
import { capItems, type Page, readCapped } from './readCapped.js';

// A listing of 23 items of growing size, served in pages of the requested size; the token of a
// page is the position it starts at, as AWS tokens point at page starts.
const SOURCE = Array.from({ length: 23 }, (_, index) => ({ id: index, pad: 'x'.repeat(index) }));

function readPage(token: string | undefined, pageSize: number): Promise<Page<(typeof SOURCE)[0]>> {
  const start = Number(token ?? 0);
  const end = Math.min(start + pageSize, SOURCE.length);
  return Promise.resolve({
    items: SOURCE.slice(start, end),
    nextToken: end < SOURCE.length ? String(end) : undefined,
  });
}

/** Every call of a listing, each resuming where the last one said, until nothing is left. */
async function readToEnd(caps: { pageSize: number; maxItems: number; maxBytes: number }) {
  const calls = [];
  let from: { token?: string | undefined; skip: number; pageSize?: number } = { skip: 0 };
  for (let call = 0; call < 100; call++) {
    const result = await readCapped({ from, readPage, ...caps });
    calls.push(result);
    if (!result.resume) break;
    from = result.resume;
  }
  return calls;
}

describe('readCapped', () => {
  it.each([
    { pageSize: 5, maxItems: 5, maxBytes: 1e6 },
    { pageSize: 5, maxItems: 7, maxBytes: 1e6 },
    { pageSize: 10, maxItems: 10, maxBytes: 120 },
    { pageSize: 4, maxItems: 9, maxBytes: 200 },
    { pageSize: 23, maxItems: 23, maxBytes: 1e6 },
    { pageSize: 50, maxItems: 50, maxBytes: 30 },
  ])('%j returns every item once, in order, within the caps', async (caps) => {
    const calls = await readToEnd(caps);
    expect(calls.flatMap((call) => call.items)).toEqual(SOURCE);
    for (const call of calls) {
      expect(call.items.length).toBeLessThanOrEqual(caps.maxItems);
      const bytes = call.items.reduce((sum, item) => sum + JSON.stringify(item).length, 0);
      if (call.items.length > 1) expect(bytes).toBeLessThanOrEqual(caps.maxBytes);
      expect(call.items.length).toBeGreaterThan(0);
    }
    expect(calls.at(-1)!.resume).toBeUndefined();
  });

  it('names the byte cap when it cut the result, the item cap otherwise', async () => {
    const bytes = await readCapped({
      from: { skip: 0 },
      readPage,
      pageSize: 10,
      maxItems: 10,
      maxBytes: 100,
    });
    expect(bytes.cutBy).toBe('maxBytes');
    const items = await readCapped({
      from: { skip: 0 },
      readPage,
      pageSize: 10,
      maxItems: 10,
      maxBytes: 1e6,
    });
    expect(items).toMatchObject({ cutBy: 'maxItems', resume: { token: '10', skip: 0 } });
    // A cut at a page end resumes from the plain AWS token.
    expect(writeNextToken(items.resume!)).toBe('10');
  });
});

describe('capItems', () => {
  it('cuts a list held whole and resumes by position', () => {
    const first = capItems(SOURCE, { skip: 0, maxItems: 8, maxBytes: 1e6 });
    expect(first).toMatchObject({ cutBy: 'maxItems', resume: { skip: 8 } });
    const second = capItems(SOURCE, { skip: 8, maxItems: 100, maxBytes: 1e6 });
    expect([...first.items, ...second.items]).toEqual(SOURCE);
    expect(second.resume).toBeUndefined();
  });

  it('returns the first item even when it alone passes maxBytes', () => {
    const result = capItems([{ big: 'y'.repeat(500) }, { small: 1 }], {
      skip: 0,
      maxItems: 10,
      maxBytes: 100,
    });
    expect(result.items).toHaveLength(1);
    expect(result).toMatchObject({ cutBy: 'maxBytes', resume: { skip: 1 } });
  });
});
