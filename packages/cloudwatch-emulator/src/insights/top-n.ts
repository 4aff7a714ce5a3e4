/**
 * Keeps the first `capacity` items of a stream in `compare` order, in O(log capacity) per
 * item: a heap whose root is the worst item kept, replaced when a better one comes.
 */
export class BoundedHeap<T> {
  private readonly items: T[] = [];

  constructor(
    private readonly capacity: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  push(item: T): void {
    if (this.items.length < this.capacity) {
      this.items.push(item);
      this.siftUp(this.items.length - 1);
    } else if (this.compare(item, this.items[0]!) < 0) {
      this.items[0] = item;
      this.siftDown(0);
    }
  }

  /** The kept items, best first. */
  drain(): T[] {
    return this.items.splice(0).sort(this.compare);
  }

  /** The root holds the item that sorts last, so parents sort after their children. */
  private siftUp(index: number): void {
    const items = this.items;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) <= 0) return;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  private siftDown(index: number): void {
    const items = this.items;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < items.length && this.compare(items[left]!, items[largest]!) > 0) largest = left;
      if (right < items.length && this.compare(items[right]!, items[largest]!) > 0) largest = right;
      if (largest === i) return;
      [items[i], items[largest]] = [items[largest]!, items[i]!];
      i = largest;
    }
  }
}
