import type { QueryStatus } from './types.js';

/** AWS ends a query that runs longer than an hour with status Timeout. */
export const QUERY_TIMEOUT_MS = 60 * 60 * 1000;
/** The first part of a query's run time it spends Scheduled, before it starts Running. */
const SCHEDULED_SHARE = 0.2;

export interface QueryTiming {
  createTime: number;
  runTimeMs: number;
  stoppedAt: number | undefined;
  failed: boolean;
}

/**
 * Where a query stands at `now`, driven by the clock alone: its status, and how much of its
 * result (0 to 1) a client sees. Results are computed at start; time only reveals them.
 */
export function queryProgress(
  timing: QueryTiming,
  now: number,
): { status: QueryStatus; progress: number } {
  const scheduledFor = timing.runTimeMs * SCHEDULED_SHARE;
  const progressAt = (elapsed: number) => {
    const running = timing.runTimeMs - scheduledFor;
    return running <= 0 ? 1 : Math.min(1, Math.max(0, (elapsed - scheduledFor) / running));
  };

  if (timing.stoppedAt !== undefined) {
    const elapsed = timing.stoppedAt - timing.createTime;
    return { status: 'Cancelled', progress: progressAt(elapsed) };
  }
  const elapsed = Math.max(0, now - timing.createTime);
  if (timing.runTimeMs > QUERY_TIMEOUT_MS && elapsed >= QUERY_TIMEOUT_MS) {
    return { status: 'Timeout', progress: progressAt(QUERY_TIMEOUT_MS) };
  }
  if (elapsed >= timing.runTimeMs) {
    return timing.failed ? { status: 'Failed', progress: 0 } : { status: 'Complete', progress: 1 };
  }
  if (elapsed < scheduledFor) return { status: 'Scheduled', progress: 0 };
  return { status: 'Running', progress: progressAt(elapsed) };
}

export function isActive(status: QueryStatus): boolean {
  return status === 'Scheduled' || status === 'Running';
}
