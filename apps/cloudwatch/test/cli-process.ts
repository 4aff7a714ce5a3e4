import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type CloudWatchTool, createCloudWatchTool } from '@keyless/cloudwatch';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, expect } from 'vitest';

export const CLI_PATH = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  env?: Record<string, string | undefined>;
  /** Extra node flags before the script (`--import ...`). */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/**
 * Runs the built CLI as a child process. Asynchronous on purpose: the emulator serving it lives
 * in this process, so a synchronous spawn would block the very server the CLI is calling.
 */
export function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI_PATH, ...args], {
      env: { PATH: process.env.PATH, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

interface EmulatorLike {
  url: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

/** The environment that gives the CLI the emulator's own key pair (auth mode sdk). */
export function emulatorEnv(emulator: EmulatorLike): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
    // Nothing from the machine's own AWS setup may leak into a test.
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  };
}

/** The CLI pointed at an emulator; every call must succeed: exit 0 and nothing on stderr. */
export function cliFor(emulator: EmulatorLike) {
  const text = async (args: string[]) => {
    const run = await runCli([...args, '--endpoint', emulator.url, '--auth', 'sdk'], {
      env: emulatorEnv(emulator),
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    return run.stdout;
  };
  return {
    text,
    json: async (args: string[]) => JSON.parse(await text(args)),
    ndjson: async (args: string[]) =>
      (await text(args))
        .trimEnd()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

export interface DemoEmulator {
  emulator: Emulator;
  /** The CLI against the emulator, to compare with what `tool` returns for the same call. */
  cli: ReturnType<typeof cliFor>;
  tool: CloudWatchTool;
}

/**
 * A demo-seeded emulator for the calling test file, started before its tests and closed after
 * them; the fields are set once the file's tests run.
 */
export function useDemoEmulator(): DemoEmulator {
  const demo = {} as DemoEmulator;
  beforeAll(async () => {
    demo.emulator = await startEmulator({ seed: 'demo' });
    demo.cli = cliFor(demo.emulator);
    demo.tool = createCloudWatchTool({
      endpoint: demo.emulator.url,
      auth: 'sdk',
      credentials: demo.emulator.credentials,
      region: 'us-east-1',
    });
  });
  afterAll(async () => {
    demo.tool?.destroy();
    await demo.emulator?.close();
  });
  return demo;
}

/** Absolute bounds, so that the CLI and the client read exactly the same window. */
export function lastHours(hours: number) {
  const end = new Date();
  return {
    start: new Date(end.getTime() - hours * 3_600_000).toISOString(),
    end: end.toISOString(),
  };
}
