import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface ErrorLine {
  code: string;
  message: string;
  hint: string | null;
}

/** Runs the built `keyless` in the fixtures directory, so paths in its output are relative. */
export function runKeyless(args: readonly string[], cwd = FIXTURES): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

/**
 * Runs `keyless` expecting a refusal: the exit code, nothing on stdout. Resolves to the error
 * line, for the test to check its code and message.
 */
export async function runRefused(args: readonly string[], exitCode: number): Promise<ErrorLine> {
  const run = await runKeyless(args);
  expect(run.exitCode).toBe(exitCode);
  expect(run.stdout).toBe('');
  return errorLine(run);
}

export function expected(name: string): Promise<string> {
  return readFile(new URL(`./fixtures/expected/${name}`, import.meta.url), 'utf8');
}

/** The `{"error":{...}}` line a failed run leaves on stderr (the last line). */
export function errorLine(run: CliRun): ErrorLine {
  const lines = run.stderr.trimEnd().split('\n');
  return (JSON.parse(lines.at(-1) ?? '') as { error: ErrorLine }).error;
}

const temporary: string[] = [];

/** A fresh directory, removed by removeTemporaryDirs (run it after each test). */
export async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'keyless-cli-'));
  temporary.push(dir);
  return dir;
}

export async function removeTemporaryDirs(): Promise<void> {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
