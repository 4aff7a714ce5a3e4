import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startProgress } from './progress.js';

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) > 0 };
}

describe('startProgress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws nothing for a wait shorter than the delay', () => {
    const stream = terminal(true);
    const progress = startProgress('waiting', { stream, delayMs: 1000 });
    vi.advanceTimersByTime(900);
    progress.stop();
    expect(stream.writes).toEqual([]);
  });

  it('on a terminal, draws one line after the delay, updates it, and clears it on stop', () => {
    const stream = terminal(true);
    const progress = startProgress('waiting for Logs Insights', { stream, delayMs: 1000 });
    vi.advanceTimersByTime(1000);
    expect(stream.writes.at(-1)).toMatch(/^\r\u001B\[2K\| waiting for Logs Insights \(1\.0s\)$/);
    progress.update('status Running');
    vi.advanceTimersByTime(120);
    expect(stream.writes.at(-1)).toMatch(/status Running \(1\.1s\)$/);
    progress.stop();
    expect(stream.writes.at(-1)).toBe('\r\u001B[2K');
    const count = stream.writes.length;
    vi.advanceTimersByTime(5000);
    expect(stream.writes).toHaveLength(count);
  });

  it('never draws when stderr is not a terminal', () => {
    const stream = terminal(false);
    const progress = startProgress('waiting', { stream, delayMs: 10 });
    vi.advanceTimersByTime(5000);
    progress.stop();
    expect(stream.writes).toEqual([]);
  });
});
