import { isInteractive, type TerminalStream } from './output/terminal.js';

export interface Progress {
  /** Replaces the text shown after the spinner. */
  update(label: string): void;
  /** Clears the line; safe to call more than once. */
  stop(): void;
}

export interface ProgressOptions {
  stream?: (TerminalStream & { write(text: string): boolean }) | undefined;
  /** Quick waits show nothing; only a wait longer than this draws the line. */
  delayMs?: number | undefined;
  /** Override TTY detection (tests). */
  enabled?: boolean | undefined;
}

const FRAMES = ['|', '/', '-', '\\'];
const FRAME_MS = 120;

/**
 * A one-line progress indicator on stderr for waits longer than about a second (an Insights query).
 * Drawn only on a terminal, so piped stderr that an agent reads stays clean JSON lines.
 */
export function startProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? isInteractive(stream);
  if (!enabled) return { update() {}, stop() {} };

  const startedAt = Date.now();
  let text = label;
  let frame = 0;
  let drawn = false;
  let ticker: NodeJS.Timeout | undefined;

  const draw = () => {
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    stream.write(`\r\u001B[2K${FRAMES[frame++ % FRAMES.length]} ${text} (${seconds}s)`);
    drawn = true;
  };
  const delay = setTimeout(() => {
    draw();
    ticker = setInterval(draw, FRAME_MS);
    ticker.unref();
  }, options.delayMs ?? 1000);
  delay.unref();

  let stopped = false;
  return {
    update(next) {
      text = next;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(delay);
      if (ticker) clearInterval(ticker);
      if (drawn) stream.write('\r\u001B[2K');
    },
  };
}
