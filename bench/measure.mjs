// How a benchmark measures: wall time of whole processes (with peak RSS from /usr/bin/time when
// asked), the moment a process first printed, and the time of calls made in this process. Runs of
// the cases being compared are interleaved so that a change of load on the shared machine during
// the run weighs on every case alike.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

export const TIME = '/usr/bin/time';
export const hasTime = () => existsSync(TIME);

const running = new Set();

/**
 * Ends the commands still running, so that a failed or interrupted run leaves none behind. Each
 * runs in a process group of its own, so the command under /usr/bin/time goes with it.
 */
export function killRunning() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/**
 * Runs a command to its end and rejects unless it exits 0. stdout goes to /dev/null unless
 * `capture` (kept as text, and the moment of its first byte noted: epoch ms, this process's clock)
 * or `stdoutFile` is given. With `rssFile`, the command runs under /usr/bin/time and its peak RSS
 * (KiB) is read back; both sides of a comparison must then run under it, as it adds a fork.
 */
export function runCommand({ command, args, env }, { capture, stdoutFile, rssFile } = {}) {
  const [file, argv] = rssFile
    ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
    : [command, args];
  const stdoutFd = stdoutFile ? openSync(stdoutFile, 'w') : undefined;
  const stdout = capture ? 'pipe' : (stdoutFd ?? 'ignore');

  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(file, argv, { env, stdio: ['ignore', stdout, 'pipe'], detached: true });
    // The child has its own copy of the descriptor by now.
    if (stdoutFd !== undefined) closeSync(stdoutFd);
    running.add(child);
    let stderr = '';
    let text = '';
    let firstOutputAt;
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk) => {
      firstOutputAt ??= Date.now();
      text += chunk;
    });
    child.on('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.on('close', async (code, signal) => {
      const ms = performance.now() - startedAt;
      running.delete(child);
      if (code !== 0) {
        const how = signal ? `was killed by ${signal}` : `exited ${code}`;
        reject(new Error(`${command} ${args.join(' ')} ${how}: ${stderr.trim().slice(-2000)}`));
        return;
      }
      const rssKiB = rssFile
        ? Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop())
        : NaN;
      resolve({ ms, rssKiB, stdout: text, firstOutputAt });
    });
  });
}

export function median(values) {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs each command once uncounted (page cache, compile cache), then `runs` rounds of all of them
 * in turn. Returns, per command, the list of results in round order.
 */
export async function compareCommands(commands, { runs, warmup = true, ...options }) {
  if (warmup) for (const command of commands) await runCommand(command, options);
  const results = commands.map(() => []);
  for (let round = 0; round < runs; round += 1) {
    for (const [index, command] of commands.entries()) {
      results[index].push(await runCommand(command, options));
    }
  }
  return results;
}

/**
 * Times `calls` sequential awaits of each variant's `call`, per round, variants in turn; each
 * variant is called once first, uncounted, so that loading the SDK is not counted as a call.
 * Returns the median ms per call of each variant and how many calls it is over.
 */
export async function compareCalls(variants, { rounds, calls }) {
  for (const variant of variants) await variant.call();
  const timings = variants.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, variant] of variants.entries()) {
      for (let call = 0; call < calls; call += 1) {
        const startedAt = performance.now();
        await variant.call();
        timings[index].push(performance.now() - startedAt);
      }
    }
  }
  return timings.map((list) => ({ ms: median(list), count: list.length }));
}
