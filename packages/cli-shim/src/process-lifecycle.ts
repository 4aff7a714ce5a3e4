import type { TerminalStream } from './output/terminal.js';

export interface CliWritable extends TerminalStream {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  once(event: 'drain', listener: () => void): unknown;
  on?(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

export interface CliStreams {
  stdout: CliWritable;
  stderr: CliWritable;
}

/**
 * `cloudwatch ... | head -1`: once the reader is gone there is nobody to tell, so the process
 * ends at once and quietly instead of dying on an unhandled EPIPE with a stack trace.
 */
export function guardBrokenPipe(streams: CliStreams): void {
  for (const stream of [streams.stdout, streams.stderr]) {
    stream.on?.('error', (error) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}

// A command that ignores the abort (a call already in flight) still ends this long after Ctrl-C.
const GRACE_MS = 3000;

/**
 * The first SIGINT/SIGTERM aborts the command's signal so it can clean up (stop an Insights query,
 * end a tail) and finish normally; a second one, or the grace period running out, exits with 130.
 */
export function trapInterrupts(enabled: boolean): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  if (!enabled) return { signal: controller.signal, release() {} };

  let forced: NodeJS.Timeout | undefined;
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort(new Error('interrupted'));
    forced = setTimeout(() => process.exit(130), GRACE_MS);
    forced.unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release() {
      if (forced) clearTimeout(forced);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
