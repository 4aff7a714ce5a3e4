import { setTimeout as sleep } from 'node:timers/promises';

/** Waits `ms`; resolves false instead of waiting when the signal aborts. */
export async function delay(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return false;
  try {
    await sleep(ms, undefined, signal ? { signal } : {});
    return true;
  } catch {
    return false;
  }
}
