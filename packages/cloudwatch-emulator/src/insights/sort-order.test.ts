import { describe, expect, it } from 'vitest';
import { compareSortKeys, toSortKey } from './sort-order.js';
import { Instant } from './values.js';

describe('compareSortKeys', () => {
  it('orders values ascending as Logs Insights documents its natural sort', () => {
    const ascending = [
      '!:',
      '#',
      '*%04',
      '0#',
      '5A',
      '111A',
      '2345_',
      '@',
      '@_',
      'A',
      'A9876fghj',
      'a12345hfh',
      '0',
      '1',
      '2',
      '3',
    ];
    const shuffled = [...ascending].reverse();
    shuffled.push(shuffled.shift()!);
    const keys = shuffled.map(toSortKey).sort(compareSortKeys);
    expect(keys).toEqual(ascending.map(toSortKey));
  });

  it.each<[unknown, unknown, number]>([
    [10, 9, 1],
    ['10', 9, 1],
    ['-2.5', '1', -1],
    ['b10', 'b9', 1],
    ['abc', 5, -1],
    [null, 'a', 1],
    ['a', null, -1],
    [new Instant(2000), new Instant(1000), 1],
  ])('%j against %j', (a, b, sign) => {
    const order = compareSortKeys(toSortKey(a as never), toSortKey(b as never));
    expect(Math.sign(order)).toBe(sign);
  });
});
