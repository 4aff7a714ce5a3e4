/** One AWS call as it arrived and as it was answered. */
export interface RequestLogEntry {
  requestId: string;
  /** ISO 8601 time of arrival. */
  time: string;
  method: string;
  /** Path and query string as received. */
  path: string;
  /** `logs` or `monitoring`, when the request could be told apart. */
  service?: string;
  /** The `X-Amz-Target` header, for the JSON protocols. */
  target?: string;
  /** The `Action` parameter, for the awsQuery protocol. */
  action?: string;
  /** Header name and value pairs in the order and spelling they arrived in. */
  rawHeaders: [string, string][];
  /** The key id the request was signed with, checked or not. */
  accessKeyId?: string;
  region?: string;
  status: number;
  /** The AWS error name answered, if any. */
  errorCode?: string;
  durationMs: number;
}

/** The last requests, oldest first; older entries fall out past the capacity. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  constructor(private readonly capacity: number) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) {
      this.entries.splice(0, this.entries.length - this.capacity);
    }
  }

  /** The newest `limit` entries (all when absent), newest last. */
  list(limit?: number): RequestLogEntry[] {
    return limit === undefined
      ? [...this.entries]
      : this.entries.slice(-limit || this.entries.length);
  }

  clear(): void {
    this.entries = [];
  }
}

export function pairHeaders(rawHeaders: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) pairs.push([rawHeaders[i]!, rawHeaders[i + 1]!]);
  return pairs;
}
