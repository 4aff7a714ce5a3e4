/** The bytes AWS counts for one event besides its UTF-8 message. */
export const EVENT_OVERHEAD_BYTES = 26;

const INITIAL_CAPACITY = 64;

/**
 * The events of one log stream, stored column by column and kept in (timestamp, sequence) order.
 * Columns cost about 24 bytes per event plus the message, a third of an object per event, and
 * a Float64Array binary search finds a time range without touching the messages.
 */
export class LogStream {
  readonly logStreamName: string;
  readonly creationTime: number;
  timestamps = new Float64Array(INITIAL_CAPACITY);
  ingestionTimes = new Float64Array(INITIAL_CAPACITY);
  /** Store-wide ingestion order: breaks timestamp ties and makes event ids unique. */
  sequences = new Float64Array(INITIAL_CAPACITY);
  messages: string[] = [];
  length = 0;
  storedBytes = 0;
  lastIngestionTime: number | undefined;
  uploadSequence = 0;
  private sorted = true;

  constructor(logStreamName: string, creationTime: number) {
    this.logStreamName = logStreamName;
    this.creationTime = creationTime;
  }

  append(timestamp: number, message: string, ingestionTime: number, sequence: number): void {
    if (this.length === this.timestamps.length) this.grow();
    const i = this.length;
    if (i > 0 && timestamp < this.timestamps[i - 1]!) this.sorted = false;
    this.timestamps[i] = timestamp;
    this.ingestionTimes[i] = ingestionTime;
    this.sequences[i] = sequence;
    this.messages.push(message);
    this.length = i + 1;
    this.storedBytes += Buffer.byteLength(message, 'utf8') + EVENT_OVERHEAD_BYTES;
    this.lastIngestionTime = ingestionTime;
  }

  get firstEventTimestamp(): number | undefined {
    this.ensureSorted();
    return this.length > 0 ? this.timestamps[0] : undefined;
  }

  get lastEventTimestamp(): number | undefined {
    this.ensureSorted();
    return this.length > 0 ? this.timestamps[this.length - 1] : undefined;
  }

  /** First index whose (timestamp, sequence) is at or after the given key. */
  lowerBound(timestamp: number, sequence = Number.NEGATIVE_INFINITY): number {
    this.ensureSorted();
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const t = this.timestamps[mid]!;
      if (t < timestamp || (t === timestamp && this.sequences[mid]! < sequence)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** First index whose (timestamp, sequence) is strictly after the given key. */
  upperBound(timestamp: number, sequence = Number.POSITIVE_INFINITY): number {
    this.ensureSorted();
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const t = this.timestamps[mid]!;
      if (t < timestamp || (t === timestamp && this.sequences[mid]! <= sequence)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * Batches may arrive out of order between calls (AWS accepts any batch within its age limits),
   * so order is restored lazily, once, at the next read.
   */
  ensureSorted(): void {
    if (this.sorted) return;
    const order = Array.from({ length: this.length }, (_, i) => i);
    const { timestamps, sequences } = this;
    order.sort((a, b) => timestamps[a]! - timestamps[b]! || sequences[a]! - sequences[b]!);

    const next = {
      timestamps: new Float64Array(this.timestamps.length),
      ingestionTimes: new Float64Array(this.timestamps.length),
      sequences: new Float64Array(this.timestamps.length),
      messages: new Array<string>(this.length),
    };
    for (let i = 0; i < order.length; i++) {
      const from = order[i]!;
      next.timestamps[i] = this.timestamps[from]!;
      next.ingestionTimes[i] = this.ingestionTimes[from]!;
      next.sequences[i] = this.sequences[from]!;
      next.messages[i] = this.messages[from]!;
    }
    Object.assign(this, next);
    this.sorted = true;
  }

  private grow(): void {
    const capacity = this.timestamps.length * 2;
    const resize = (column: Float64Array) => {
      const bigger = new Float64Array(capacity);
      bigger.set(column);
      return bigger;
    };
    this.timestamps = resize(this.timestamps);
    this.ingestionTimes = resize(this.ingestionTimes);
    this.sequences = resize(this.sequences);
  }
}
